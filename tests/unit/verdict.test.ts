import { describe, expect, it } from 'vitest';
import { COMPOSITE_REASON_ID, type Reason } from '../../utils/signals/types';
import { DECISIVE_STRENGTH, THRESHOLDS, VERDICT_LEVELS, judgePost, verdictScore, type Sensitivity } from '../../utils/verdict';
import { post } from './signals/make-input';

const balanced = { sensitivity: 'balanced' } as const;
const image = (id: string, strength: number, evidence = ['the after is 35% brighter']): Reason => ({
  signal: 'image', id, strength, evidence, reason: 'The two photos were taken in different light.', kb: 'social-posts',
});
const composite = image(COMPOSITE_REASON_ID, 0, ['side-by-side photo']);
const levelAt = (sensitivity: Sensitivity, caption: string, hashtags: readonly string[] = [], labels = {}): string =>
  judgePost(post(caption, hashtags, labels), { sensitivity }).level;

describe('judgePost', () => {
  it('lists its levels', () => {
    expect(VERDICT_LEVELS).toEqual(['none', 'doubtful', 'unsure', 'no-red-flags']);
  });

  it.each([
    ['Garden makeover before and after #ad', ['garden']],
    ['Overnight results!! #ad', ['skincare']],
    ['Haircut before and after, link in bio', ['barber']],
    ['', []],
  ])('is none, with no reasons, for a post that is no before/after of skin: %s', (caption, hashtags) => {
    const verdict = judgePost(post(caption, hashtags, { paidPartnership: true }), balanced, [image('image.exposure', 0.8)]);
    expect(verdict.level).toBe('none');
    expect(verdict.reasons).toEqual([]);
  });

  it('finds no red flags in an honest before/after', () => {
    const verdict = judgePost(post('Microneedling before and after: 4 sessions, 6 months, same light. Results are not permanent!'), balanced);
    expect(verdict).toMatchObject({ level: 'no-red-flags', treatment: 'microneedling', reasons: [] });
    expect(verdict.beforeAfterEvidence).toContain('before and after');
  });

  it('is unsure on one contradicting claim', () => {
    const verdict = judgePost(post('Dermapen before/after, overnight glow ✨ #acnescars'), balanced);
    expect(verdict.level).toBe('unsure');
    expect(verdict.treatment).toBe('microneedling');
    expect(verdict.concern).toBe('acne-scars');
    expect(verdict.reasons.map((r) => [r.id, r.evidence, r.kb])).toEqual([['claims.overnight', ['overnight'], 'timeline']]);
  });

  it('is doubtful on a contradicting claim plus sponsorship', () => {
    const verdict = judgePost(post('Microneedling before and after 1 session 😍 #ad'), balanced);
    expect(verdict.level).toBe('doubtful');
    expect(verdict.reasons.map((r) => r.id)).toEqual(['claims.one-session', 'sponsorship.disclosure']);
  });

  it('is doubtful on two different contradicting claims', () => {
    expect(levelAt('balanced', 'Antes y después: resultados inmediatos y permanentes con microneedling')).toBe('doubtful');
  });

  it('is doubtful on an effect or AI label at every sensitivity', () => {
    for (const sensitivity of ['relaxed', 'balanced', 'strict'] as const) {
      expect(levelAt(sensitivity, 'Acne scars before and after', [], { effects: ['Smooth Skin'] })).toBe('doubtful');
      expect(levelAt(sensitivity, 'Acne scars before and after', [], { aiGenerated: true })).toBe('doubtful');
    }
  });

  it('does not doubt a post for sponsorship alone at the default sensitivity', () => {
    const verdict = judgePost(post('Microneedling before and after #ad #sponsored code GLOW20 link in bio', [], { paidPartnership: true, sponsored: true }), balanced);
    expect(verdict.level).toBe('unsure');
    expect(verdict.reasons).toHaveLength(5);
  });

  it('moves with the sensitivity', () => {
    const adOnly = ['Microneedling before and after', ['ad']] as const;
    expect(levelAt('relaxed', ...adOnly)).toBe('no-red-flags');
    expect(levelAt('balanced', ...adOnly)).toBe('unsure');
    expect(levelAt('strict', ...adOnly)).toBe('unsure');

    const oneStrongClaim = 'Microneedling before and after: overnight glow';
    expect(levelAt('relaxed', oneStrongClaim)).toBe('unsure');
    expect(levelAt('balanced', oneStrongClaim)).toBe('unsure');
    expect(levelAt('strict', oneStrongClaim)).toBe('doubtful');

    const linkOnly = 'Microneedling before and after, link in bio';
    expect(levelAt('balanced', linkOnly)).toBe('no-red-flags');
    expect(levelAt('strict', linkOnly)).toBe('unsure');

    const claimAndLabel = ['Microneedling before and after: instant results!', [], { paidPartnership: true }] as const;
    expect(levelAt('relaxed', ...claimAndLabel)).toBe('unsure');
    expect(levelAt('balanced', ...claimAndLabel)).toBe('doubtful');
  });

  it('documents thresholds that rise from strict to relaxed', () => {
    expect(THRESHOLDS.strict.unsure).toBeLessThan(THRESHOLDS.balanced.unsure);
    expect(THRESHOLDS.balanced.unsure).toBeLessThan(THRESHOLDS.relaxed.unsure);
    expect(THRESHOLDS.strict.doubtful).toBeLessThan(THRESHOLDS.balanced.doubtful);
    expect(THRESHOLDS.balanced.doubtful).toBeLessThan(THRESHOLDS.relaxed.doubtful);
    expect(DECISIVE_STRENGTH).toBeGreaterThan(THRESHOLDS.relaxed.unsure);
  });

  it('merges image reasons into the same scoring, strongest first', () => {
    const caption = 'Microneedling before and after, 3 sessions';
    expect(judgePost(post(caption), balanced).level).toBe('no-red-flags');
    const withImage = judgePost(post(caption), balanced, [image('image.exposure', 0.5)]);
    expect(withImage.level).toBe('unsure');
    expect(withImage.reasons.map((r) => r.signal)).toEqual(['image']);
    const both = judgePost(post(`${caption} #ad`), balanced, [image('image.exposure', 0.5)]);
    expect(both.level).toBe('doubtful');
    expect(both.reasons.map((r) => r.id)).toEqual(['image.exposure', 'sponsorship.disclosure']);
  });

  it('takes an image composite as a before/after when the text does not say so', () => {
    const skinPost = post('3 months of dermapen 🙏', ['skincare']);
    expect(judgePost(skinPost, balanced).level).toBe('none');
    const verdict = judgePost(skinPost, balanced, [composite, image('image.warmth', 0.6)]);
    expect(verdict.level).toBe('unsure');
    expect(verdict.beforeAfterEvidence).toContain('side-by-side photo');
    expect(verdict.reasons.map((r) => r.id)).toEqual(['image.warmth']); // the composite is a fact, not a reason
    expect(judgePost(post('', []), balanced, [composite]).level).toBe('no-red-flags');
  });

  it('does not take a composite of something else as one of ours', () => {
    expect(judgePost(post('Kitchen renovation 🏠', ['homedecor']), balanced, [composite, image('image.exposure', 0.9)]).level).toBe('none');
  });

  it('scores by signal, capping sponsorship and ignoring broken strengths', () => {
    const r = (signal: Reason['signal'], strength: number): Reason => ({ ...image('x', strength), signal });
    expect(verdictScore([r('claims', 0.6), r('claims', 0.5)])).toBe(1);
    expect(verdictScore([r('sponsorship', 0.5), r('sponsorship', 0.45), r('sponsorship', 0.4)])).toBe(0.6);
    expect(verdictScore([r('claims', 0.1), r('filters', 0.2)])).toBe(0.3);
    expect(verdictScore([r('image', Number.NaN), r('image', -3), r('image', 7)])).toBe(1);
    expect(verdictScore([])).toBe(0);
  });

  it('survives hostile and broken posts', () => {
    const broken = { caption: null, hashtags: null, labels: undefined } as unknown as Parameters<typeof judgePost>[0];
    expect(judgePost(broken, balanced).level).toBe('none');
    expect(judgePost(post('<img src=x onerror=alert(1)> before and after acne'), balanced).level).toBe('no-red-flags');
    expect(judgePost(post('before and after acne overnight #ad '.repeat(3_000)), balanced).level).toBe('doubtful');
    expect(judgePost(post('a'.repeat(100_000)), balanced).level).toBe('none');
  });
});
