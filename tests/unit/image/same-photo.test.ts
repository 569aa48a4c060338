import { describe, expect, it } from 'vitest';
import { alignHalves } from '../../../utils/image/align';
import { analyseImage } from '../../../utils/image/analyse';
import { crop } from '../../../utils/image/raster';
import { editExposure, editGaussian, editRemoveBlemishes, ellipseMask } from '../../../utils/image/synthetic/edits';
import { copyImage, honestPair } from '../../../utils/image/synthetic/pairs';
import { pair, sideBySide } from './fixtures';

describe('the same photograph, edited', () => {
  const p = pair(41, 220, 220);

  it('a new shot of the same skin is the same scene but not the same photograph', () => {
    const alignment = alignHalves(p.before, p.after);
    expect(alignment).not.toBeNull();
    expect(alignment!.samePhoto).toBe(false);
  });

  it('an after cut from the before with a small shift lines up as one photograph', () => {
    const shifted = crop(p.before, { x: 3, y: 2, width: 210, height: 210 });
    const base = crop(p.before, { x: 0, y: 0, width: 210, height: 210 });
    const alignment = alignHalves(base, shifted);
    expect(alignment?.samePhoto).toBe(true);
  });

  it('an untouched copy is said to show no result at all', () => {
    const analysis = analyseImage(sideBySide(p.before, copyImage(p.before), 8));
    expect(analysis.signals.map((s) => s.id)).toEqual(['same-photo']);
    expect(analysis.signals[0]!.detail).toMatch(/no result/);
  });

  it('a locally smoothed copy is reported as retouched, with where', () => {
    const mask = ellipseMask(p.before.width, p.before.height, 0.3, 0.3, 0.12);
    const analysis = analyseImage(sideBySide(p.before, editGaussian(p.before, 2, mask), 8));
    const retouched = analysis.signals.find((s) => s.id === 'retouched');
    expect(retouched?.strength).toBeGreaterThanOrEqual(0.5);
    expect(retouched!.detail).toMatch(/smoothed/);
    expect(retouched!.detail).toMatch(/top left/);
    expect(analysis.verdict).toBe('doubtful');
  });

  it('blemishes removed from one area of a copy are reported as retouched there', () => {
    const clean = honestPair(42, 220, 220, undefined, { background: 0 });
    const cheek = ellipseMask(220, 220, 0.7, 0.7, 0.08);
    const analysis = analyseImage(sideBySide(clean.before, editRemoveBlemishes(clean.before, 12, cheek), 8));
    const retouched = analysis.signals.find((s) => s.id === 'retouched');
    expect(retouched?.detail).toMatch(/bottom right/);
  });

  it('a relit copy is exposure, and its local comparison finds nothing else changed', () => {
    const analysis = analyseImage(sideBySide(p.before, editExposure(p.before, 1.25), 8));
    const ids = analysis.signals.filter((s) => s.strength >= 0.5).map((s) => s.id);
    expect(ids).toContain('exposure');
    expect(ids).not.toContain('retouched');
    expect(analysis.pairs[0]!.measures.local).not.toBeNull();
  });
});
