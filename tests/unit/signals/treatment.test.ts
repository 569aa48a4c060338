import { describe, expect, it } from 'vitest';
import { detectTreatment } from '../../../utils/signals/treatment';
import { CONCERN_IDS, TREATMENT_IDS } from '../../../utils/treatments';
import { HOSTILE_NOTHING, post } from './make-input';

/** [caption, hashtags, treatment, a word the evidence must quote] */
const TREATMENTS: readonly [string, string[], string, string][] = [
  ['Dermapen session #3 done, face still warm', [], 'microneedling', 'Dermapen'],
  ['Collagen induction therapy: what nobody tells you', [], 'microneedling', 'Collagen induction therapy'],
  ['Microagulhamento: terceira sessão ✔️', [], 'microneedling', 'Microagulhamento'],
  ['Micropuntura facial en la clínica', [], 'microneedling', 'Micropuntura'],
  ['Ma deuxième séance de micro-aiguilles', [], 'microneedling', 'micro-aiguilles'],
  ['Tag 2 nach dem Microneedling', [], 'microneedling', 'Microneedling'],
  ['First time trying micro needling', [], 'microneedling', 'micro needling'],
  ['RF microneedling (Morpheus8) on my jawline', [], 'microneedling-rf', 'Morpheus8'],
  ['Microneedling with radiofrequency, week 2', [], 'microneedling-rf', 'Microneedling with radiofrequency'],
  ['Microneedling + RF today 💉', ['microneedling'], 'microneedling-rf', 'RF'],
  ['Vampire facial aka microneedling with PRP', [], 'microneedling-prp', 'Vampire facial'],
  ['Microagulhamento com PRP 🩸', [], 'microneedling-prp', 'PRP'],
  ['Derma roller at home, 0.25 mm, twice a week', [], 'at-home-roller', 'Derma roller at home'],
  ['Home microneedling with my dermaroller', [], 'at-home-roller', 'Home microneedling'],
  ['Dermaroller en casa: mi experiencia', [], 'at-home-roller', 'Dermaroller en casa'],
  ['Microdermoabrasión con punta de diamante', [], 'microdermabrasion', 'Microdermoabrasión'],
  ['Microdermabrasão e limpeza de pele', [], 'microdermabrasion', 'Microdermabrasão'],
  ['Baby botox for my forehead lines', [], 'botox', 'Baby botox'],
  ['Toxine botulique : mon avis', [], 'botox', 'Toxine botulique'],
  ['TCA peel, day 4: the peeling begins', [], 'chemical-peel', 'TCA peel'],
  ['Peeling químico para las manchas', [], 'chemical-peel', 'Peeling químico'],
  ['CO2 laser resurfacing, recovery day 5', [], 'laser', 'CO2 laser'],
  ['Fraxel for my acne scars', [], 'laser', 'Fraxel'],
];

/** [caption, concern, a word the evidence must quote] */
const CONCERNS: readonly [string, string, string][] = [
  ['microneedling for acne scars', 'acne-scars', 'acne scars'],
  ['Aknenarben adé?', 'acne-scars', 'Aknenarben'],
  ['fine lines and wrinkles around my eyes', 'fine-lines', 'fine lines'],
  ['arrugas y líneas de expresión', 'fine-lines', 'arrugas'],
  ['poros dilatados en la nariz', 'large-pores', 'poros dilatados'],
  ['rough texture on my cheeks', 'rough-texture', 'rough texture'],
  ['melasma and dark spots', 'pigmentation', 'melasma'],
  ['teint terne en hiver', 'dullness', 'teint terne'],
  ['points noirs sur le nez', 'blackheads', 'points noirs'],
  ['Mitesser auf der Nase', 'blackheads', 'Mitesser'],
];

const NO_TREATMENT: readonly string[] = [
  'Laser hair removal, session 4',
  'Detox smoothie recipe 🥤',
  'Jade roller and gua sha routine',
  'My morning skincare routine: cleanser, serum, SPF',
  'Hair transplant, month 6',
  'Peeling skin after a sunburn 😭',
  'RF means radio frequency in my ham radio hobby',
  'Home workout with resistance bands',
  'That toxic relationship era',
  'Chemical exfoliant vs physical scrub',
  'ليزر',
  ...HOSTILE_NOTHING,
];

describe('detectTreatment', () => {
  it.each(TREATMENTS)('names the treatment: %s', (caption, hashtags, treatment, word) => {
    const match = detectTreatment(post(caption, hashtags));
    expect(match.treatment).toBe(treatment);
    expect(match.evidence.some((item) => item.includes(word))).toBe(true);
  });

  it.each(CONCERNS)('names the concern: %s', (caption, concern, word) => {
    const match = detectTreatment(post(caption));
    expect(match.concern).toBe(concern);
    expect(match.evidence).toContain(word);
  });

  it.each(NO_TREATMENT.map((caption) => [caption.slice(0, 40), caption]))('names no treatment: %s', (_, caption) => {
    expect(detectTreatment(post(caption)).treatment).toBeNull();
  });

  it('lets the most specific microneedling win, wherever it is named', () => {
    expect(detectTreatment(post('Microneedling diary, part 3: this time RF microneedling')).treatment).toBe('microneedling-rf');
    expect(detectTreatment(post('Microneedling, then PRP on top')).treatment).toBe('microneedling-prp');
  });

  it('picks the most mentioned treatment, and the first on a tie', () => {
    expect(detectTreatment(post('Microneedling vs Botox: why I chose microneedling')).treatment).toBe('microneedling');
    expect(detectTreatment(post('Botox and microneedling on the same day?')).treatment).toBe('botox');
  });

  it('returns only known ids', () => {
    const match = detectTreatment(post('Fraxel, Botox, PRP, dermapen, acne scars, melasma, pores', ['peelingquimico']));
    expect(TREATMENT_IDS).toContain(match.treatment);
    expect(CONCERN_IDS).toContain(match.concern);
  });

  it('returns on 100 KB adversarial captions', () => {
    expect(detectTreatment(post('at home '.repeat(13_000))).treatment).toBeNull();
    expect(detectTreatment(post('derma roller '.repeat(8_000))).treatment).toBe('microneedling');
    expect(detectTreatment(post('microneedling '.repeat(8_000) + 'at home')).treatment).toBe('microneedling');
  });
});
