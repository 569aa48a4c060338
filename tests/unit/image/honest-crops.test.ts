import { describe, expect, it } from 'vitest';
import { analyseImage } from '../../../utils/image/analyse';
import { editBilateral, editExposure, editGaussian, ellipseMask } from '../../../utils/image/synthetic/edits';
import { portraitPair } from '../../../utils/image/synthetic/portrait';
import { seeded } from '../../../utils/image/synthetic/prng';
import { arranged, portraitLike, sideBySide } from './fixtures';

// Second pass on issue 6: two crops of one photo (the bench's honest portrait pairs) line up as one
// photograph, so the local comparison sees them; tiny misalignments at hard edges, new sensor noise
// and a reframing that takes in more of a coloured area must not read as retouching or a colour change.
describe('honest crops of one photo with hard edges', () => {
  const photo = portraitLike(5);

  it('are not called retouched, relit or recoloured, and raise no doubtful signal', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const p = portraitPair(photo, 100 + seed, seeded(seed));
      for (const gap of [0, 8]) {
        const analysis = analyseImage(sideBySide(p.before, p.after, gap));
        expect(analysis.layout).toBe('side-by-side');
        expect(analysis.signals.find((s) => s.id === 'retouched')).toBeUndefined();
        expect(analysis.signals.filter((s) => s.strength >= 0.5)).toEqual([]);
        expect(analysis.verdict).not.toBe('doubtful');
      }
    }
  });

  it('stacked top and bottom without a gap are split in the middle, not at the suit’s edge', () => {
    const p = portraitPair(photo, 200, seeded(9));
    const found = analyseImage(arranged([p.before, p.after], 'top-bottom', 0));
    expect(found.layout).toBe('top-bottom');
    // The composite is 2 x 272 px tall, so the analysis works on it scaled to 512 px: the split is at 256.
    const [, after] = found.pairs[0]!.rects!;
    expect(Math.abs(after.y - 256)).toBeLessThanOrEqual(3);
    expect(found.verdict).not.toBe('doubtful');
  });

  it('a crop of the photo alone is one photo, not a composite split at an edge in it', () => {
    for (const seed of [1, 2, 3]) expect(analyseImage(portraitPair(photo, 300 + seed, seeded(seed)).before).layout).toBe('single');
  });

  it('still finds a real edit on such a pair: a brighter after, a smoothed after, a locally smoothed copy', () => {
    const p = portraitPair(photo, 400, seeded(4));
    const brighter = analyseImage(sideBySide(p.before, editExposure(p.after, 1.3), 8));
    expect(brighter.signals.find((s) => s.id === 'exposure')?.strength).toBeGreaterThanOrEqual(0.5);
    const smoothed = analyseImage(sideBySide(p.before, editBilateral(p.after, 20, p.afterSkin), 0));
    expect(smoothed.verdict).toBe('doubtful');
    const mask = ellipseMask(p.before.width, p.before.height, 0.5, 0.3, 0.12);
    const retouched = analyseImage(sideBySide(p.before, editGaussian(p.before, 2, mask), 8));
    expect(retouched.signals.find((s) => s.id === 'retouched')?.strength).toBeGreaterThanOrEqual(0.5);
  });
});
