import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../utils/signals/claims';
import { KB_SECTIONS } from '../../../utils/knowledge/sources';
import type { TreatmentId } from '../../../utils/treatments';
import { HOSTILE_NOTHING, post } from './make-input';

type Case = [caption: string, treatment: TreatmentId | null, id: string, evidence: string, kb: string];

const POSITIVE: readonly Case[] = [
  ['Results after 1 session 😱', 'microneedling', 'claims.one-session', 'after 1 session', 'course'],
  ['En una sola sesión, mira esto', null, 'claims.one-session', 'En una sola sesión', 'course'],
  ['Resultado após uma sessão de microagulhamento', 'microneedling', 'claims.one-session', 'após uma sessão', 'course'],
  ['Nach nur einer Sitzung!', 'microneedling-rf', 'claims.one-session', 'Nach nur einer Sitzung', 'course'],
  ['1 session of microneedling 😱', 'microneedling', 'claims.one-session', '1 session', 'course'],
  ['POV: 1 microneedling session later 🤯', null, 'claims.one-session', '1 microneedling session', 'course'],
  ['Microneedling results after 1 sesh', 'microneedling', 'claims.one-session', 'after 1 sesh', 'course'],
  ['3 days post 😍 skin is flawless', 'microneedling', 'claims.within-days', '3 days post', 'timeline'],
  ['3 días después 😍', null, 'claims.within-days', '3 días después', 'timeline'],
  ['Resultados inmediatos 😍', null, 'claims.instant', 'Resultados inmediatos', 'timeline'],
  ['Microneedling before and after. Wrinkles erased 😍', 'microneedling', 'claims.erase-100', 'Wrinkles erased', 'limits'],
  ['Microneedling: one and done 😍', 'microneedling', 'claims.one-session', 'one and done', 'course'],
  // The post's own promises stand; only someone else's, quoted, do not
  ['We promise permanent results', 'microneedling', 'claims.permanent', 'permanent', 'course'],
  ['Expect results in 3 days!', 'microneedling', 'claims.within-days', 'in 3 days', 'timeline'],
  ["You won't believe the results after just one session", 'microneedling', 'claims.one-session', 'after just one session', 'course'],
  // "non-" and "zero" negate only the word right after them
  ['Non-surgical permanent results', null, 'claims.permanent', 'permanent', 'course'],
  ['Zero downtime, instant results', 'microneedling', 'claims.instant', 'instant', 'timeline'],
  ['Glowing skin in 3 days!', 'microneedling', 'claims.within-days', 'in 3 days', 'timeline'],
  ['48 hours later and look at this', null, 'claims.within-days', '48 hours later', 'timeline'],
  ['Scars gone after 5 days 😍', 'microneedling-prp', 'claims.within-days', 'after 5 days', 'timeline'],
  ['En quelques jours seulement', null, 'claims.within-days', 'En quelques jours', 'timeline'],
  ['Overnight transformation', 'microneedling', 'claims.overnight', 'Overnight', 'timeline'],
  ['Du jour au lendemain, ma peau !', null, 'claims.overnight', 'Du jour au lendemain', 'timeline'],
  ['Instantly smoother skin', 'at-home-roller', 'claims.instant', 'Instantly', 'timeline'],
  ['You see the results right away', 'microneedling', 'claims.instant', 'results right away', 'timeline'],
  ['Resultados inmediatos 🔥', null, 'claims.instant', 'Resultados inmediatos', 'timeline'],
  ['Résultats immédiats garantis', 'microneedling', 'claims.instant', 'immédiats', 'timeline'],
  ['Sofort sichtbare Ergebnisse', 'microneedling', 'claims.instant', 'Sofort', 'timeline'],
  ['Resultado imediato!', null, 'claims.instant', 'imediato', 'timeline'],
  ['Permanent results, my acne is gone forever', 'microneedling', 'claims.permanent', 'gone forever', 'course'],
  ['Dauerhaft glatte Haut', null, 'claims.permanent', 'Dauerhaft', 'course'],
  ['Resultados permanentes con Botox', 'botox', 'claims.permanent', 'permanentes', 'course'],
  ['No downtime at all!', 'microneedling', 'claims.no-downtime', 'No downtime', 'timeline'],
  ['Sin tiempo de recuperación 🙌', 'microneedling-rf', 'claims.no-downtime', 'Sin tiempo de recuperación', 'timeline'],
  ['Keine Ausfallzeit', 'microneedling-prp', 'claims.no-downtime', 'Keine Ausfallzeit', 'timeline'],
  ['I look 18 again!', 'microneedling', 'claims.look-younger', 'look 18 again', 'limits'],
  ['Look 10 years younger 😍', null, 'claims.look-younger', '10 years younger', 'limits'],
  ['literally a face transplant', null, 'claims.look-younger', 'face transplant', 'limits'],
  ['Parece 10 años menos', null, 'claims.look-younger', '10 años menos', 'limits'],
  ['Erase acne scars 100%', 'microneedling', 'claims.erase-100', 'Erase acne scars 100%', 'limits'],
  ['100% gone 🙌', null, 'claims.erase-100', '100% gone', 'limits'],
  ['Adiós cicatrices 👋', 'microneedling', 'claims.erase-100', 'Adiós cicatrices', 'limits'],
];

/** Honest posts, negated claims, questions, and claims the knowledge base does not contradict. */
const NEGATIVE: readonly [caption: string, treatment: TreatmentId | null][] = [
  ['Results are not permanent, you need maintenance sessions', 'microneedling'],
  ['Not overnight: this took 6 months', null],
  ['No instant results, be patient', 'microneedling'],
  ['This is NOT after one session, it is after five', 'microneedling'],
  ["It won't happen overnight, trust the process", null],
  ['Week 12 update: slow progress, 3 sessions 6 weeks apart', 'microneedling'],
  ['After 3 months the texture is so much better', 'microneedling'],
  ['In 6 weeks you start to see it', null],
  ['No downtime at all', 'microdermabrasion'],
  ['Instant glow after microdermabrasion', 'microdermabrasion'],
  ['Visible in 3 days', 'botox'],
  // A week or more: around days 7–10 some people glow [S0], weeks 1–2 a first glow [S2].
  ['After a week 😍 my skin', 'microneedling-prp'],
  ['Glow after 2 weeks', 'microneedling'],
  ['10 days later, redness gone and a little glow', 'microneedling'],
  // Our sources' limits are microneedling's: nothing said of other treatments.
  ['Look 10 years younger with Botox', 'botox'],
  ['Erase acne scars 100%', 'laser'],
  ['Instant results?', 'microneedling'],
  ['Los resultados no son inmediatos', null],
  ['Les résultats ne sont pas immédiats', 'microneedling'],
  ['Die Ergebnisse sind nicht sofort sichtbar', 'microneedling'],
  ['Não é permanente, precisa de manutenção', 'microneedling'],
  ['Immediately after the session my skin was red', 'microneedling'],
  ['I will forever be grateful to my derm', null],
  ['Definitiv empfehlenswert', null],
  ['Use sunscreen for good results', null],
  ['Redness lasted 2 days, totally normal', 'microneedling'],
  ['Booked my next session right away', 'microneedling'],
  // Aftercare instructions and redness right after the session, in every language
  ['Microneedling aftercare: what to avoid 3 days after your session', 'microneedling'],
  ["Pro tip: don't use retinol for 3 days after", 'microneedling'],
  ['Redness is normal for 2 days after', 'microneedling'],
  ['Imediatamente após fica vermelho', 'microneedling'],
  ['Immédiatement après la séance la peau est rouge', 'microneedling'],
  ['Sofort nach der Behandlung ist die Haut rot', 'microneedling'],
  // Not claims: another session still to come, a schedule, instructions with a range or "the first"
  ['One more session to go', 'microneedling'],
  ['Before and after 3 sessions, one session every 6 weeks', 'microneedling'],
  ['Avoid the sun for a few days after', 'microneedling'],
  ['No retinol for 2-3 days after', 'microneedling'],
  ['For the first 3 days after, skip makeup', 'microneedling'],
  ['I make a day post every week', null],
  // A claim quoted to debunk it
  ["Don't believe posts promising instant results, it took 6 months", 'microneedling'],
  ['Anyone who promises overnight results is lying', 'microneedling'],
  ['Stop expecting results in 3 days! Took me 6 months', 'microneedling'],
  ['If you want instant results, this is not for you', 'microneedling'],
  // Words that only look like claims
  ['Rollers at home can cause permanent scarring', 'at-home-roller'],
  ['Started with a treatment plan from my derm', 'microneedling'],
  ['Trying a new face serum tonight', null],
  ...HOSTILE_NOTHING.map((caption): [string, null] => [caption, null]),
];

describe('detectClaims', () => {
  it.each(POSITIVE)('finds the claim in: %s', (caption, treatment, id, evidence, kb) => {
    const reasons = detectClaims(post(caption), { treatment });
    const reason = reasons.find((r) => r.id === id);
    expect(reason, JSON.stringify(reasons)).toBeDefined();
    expect(reason?.evidence).toContain(evidence);
    expect(reason?.kb).toBe(kb);
    expect(reason?.signal).toBe('claims');
    expect(reason?.reason.length).toBeGreaterThan(20);
  });

  it.each(NEGATIVE.map(([caption, t]) => [caption.slice(0, 50), caption, t] as const))('finds no claim: %s', (_, caption, treatment) => {
    expect(detectClaims(post(caption), { treatment })).toEqual([]);
  });

  it('reads the claims hashtags make, for the treatments our sources cover', () => {
    const ids = (tags: string[], t: TreatmentId | null): string[] => detectClaims(post('Microneedling before and after', tags), { treatment: t }).map((r) => r.id).sort();
    expect(ids(['microneedling', 'beforeandafter', 'onesession', 'instantresults'], 'microneedling')).toEqual(['claims.instant', 'claims.one-session']);
    expect(detectClaims(post('Day 2', ['OneSession']), { treatment: null })[0]?.evidence).toEqual(['#OneSession']);
    expect(ids(['instantresults'], 'microdermabrasion')).toEqual([]);
    expect(ids(['sessionone', 'results', 'permanentmakeup'], 'microneedling')).toEqual([]);
  });

  it('says "no downtime" only of clinic microneedling', () => {
    const claim = (t: TreatmentId | null): string[] => detectClaims(post('No downtime!'), { treatment: t }).map((r) => r.id);
    expect(claim('microneedling')).toEqual(['claims.no-downtime']);
    expect(claim('microneedling-rf')).toEqual(['claims.no-downtime']);
    for (const t of ['microdermabrasion', 'botox', 'laser', 'at-home-roller', null] as const) expect(claim(t)).toEqual([]);
  });

  it('gives one reason per kind of claim, quoting every place it was made', () => {
    const reasons = detectClaims(post('Instant results! Instantly smoother. Resultados inmediatos. Permanent.'), { treatment: null });
    expect(reasons.map((r) => r.id).sort()).toEqual(['claims.instant', 'claims.permanent']);
    expect(reasons.find((r) => r.id === 'claims.instant')?.evidence).toEqual(['Instant', 'Instantly', 'Resultados inmediatos']);
  });

  it('ties every reason to a knowledge-base section and a strength in 0..1', () => {
    const reasons = POSITIVE.flatMap(([caption, treatment]) => detectClaims(post(caption), { treatment }));
    for (const reason of reasons) {
      expect(Object.keys(KB_SECTIONS)).toContain(reason.kb);
      expect(reason.strength).toBeGreaterThan(0);
      expect(reason.strength).toBeLessThanOrEqual(1);
    }
  });

  it('returns on 100 KB adversarial captions', () => {
    expect(detectClaims(post('after 1 '.repeat(13_000)), { treatment: null })).toEqual([]);
    expect(detectClaims(post('erase '.repeat(17_000) + '100%'), { treatment: null })).toEqual([]);
    const flood = detectClaims(post('overnight '.repeat(10_000)), { treatment: null });
    expect(flood.map((r) => r.id)).toEqual(['claims.overnight']);
    expect(flood[0]?.evidence).toEqual(['overnight']);
  });
});
