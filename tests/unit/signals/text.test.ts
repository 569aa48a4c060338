import { describe, expect, it } from 'vitest';
import { MAX_CAPTION_CHARS, evidenceOf, findAll, isNegated, isQuestion, prepare, prepareSource, words } from '../../../utils/signals/text';
import { post } from './make-input';

describe('prepare', () => {
  it('lowers case, strips accents and invisible marks, collapses whitespace', () => {
    expect(prepareSource('Antes  y   DESPUÉS\u200f de la Sesión').text).toBe('antes y despues de la sesion');
    expect(prepareSource('Vorher\n\n  Nachher').text).toBe('vorher\nnachher');
    expect(prepareSource('before ➡️ after').text).toBe('before ➡ after'); // emoji variation selector dropped
    expect(prepareSource('don’t').text).toBe("don't");
  });

  it('maps matches back to the words as the page wrote them', () => {
    const p = prepareSource('✨ ANTES Y DESPUÉS ✨ sesión');
    const [hit] = findAll(p, words(['antes y despues']));
    expect(hit?.raw).toBe('ANTES Y DESPUÉS');
    const [emoji] = findAll(p, /➡|✨/gu);
    expect(emoji?.raw).toBe('✨');
  });

  it('reads hashtags from the list (with or without #) and from the caption', () => {
    const p = prepare(post('Glow #SkinCare', ['#Microneedling', 'acné']));
    expect(p.tags.map((tag) => tag.norm)).toEqual(['skincare', 'microneedling', 'acne']);
    expect(p.tags.map((tag) => tag.raw)).toEqual(['#SkinCare', '#Microneedling', '#acné']);
  });

  it(`reads only the first ${MAX_CAPTION_CHARS} characters of a caption, but every listed hashtag`, () => {
    const p = prepare(post(`${'x '.repeat(MAX_CAPTION_CHARS)} #late`, ['listed']));
    expect(p.text.includes('late')).toBe(false);
    expect(p.tags.map((tag) => tag.norm)).toEqual(['listed']);
  });

  it('survives inputs that break the type (missing parts from a broken page)', () => {
    const broken = { caption: undefined, hashtags: 'nope', labels: null } as unknown as Parameters<typeof prepare>[0];
    expect(prepare(broken).text).toBe('');
    expect(prepare(post('ok', [42 as unknown as string])).tags).toEqual([]);
  });
});

describe('isNegated / isQuestion', () => {
  const at = (caption: string, phrase: string): { neg: boolean; question: boolean } => {
    const p = prepareSource(caption);
    const start = p.text.indexOf(phrase);
    return { neg: isNegated(p, start), question: isQuestion(p, start + phrase.length) };
  };
  it('sees a negation in the last words of the same clause only', () => {
    expect(at('results are not permanent', 'permanent').neg).toBe(true);
    expect(at("it won't happen overnight", 'overnight').neg).toBe(true);
    expect(at('les resultats ne sont pas immediats', 'immediats').neg).toBe(true);
    expect(at('no filter, instant results', 'instant').neg).toBe(false);
    expect(at('not kidding. permanent results', 'permanent').neg).toBe(false);
  });
  it('sees a question', () => {
    expect(at('permanent results? not really', 'permanent results').question).toBe(true);
    expect(at('permanent results! yes', 'permanent results').question).toBe(false);
  });
});

describe('evidenceOf', () => {
  it('drops duplicates that differ only in case, accents or a leading #', () => {
    expect(evidenceOf(['Werbung', '#werbung', 'Después', 'despues', ' '])).toEqual(['Werbung', 'Después']);
  });
  it('keeps evidence short and few', () => {
    const out = evidenceOf(Array.from({ length: 20 }, (_, i) => `word${i} ${'x'.repeat(200)}`));
    expect(out.length).toBe(6);
    expect(out.every((item) => item.length <= 80)).toBe(true);
  });
});
