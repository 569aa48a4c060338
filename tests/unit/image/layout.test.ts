import { describe, expect, it } from 'vitest';
import { analyseImage } from '../../../utils/image/analyse';
import { findLayout } from '../../../utils/image/layout';
import { lumaPlane } from '../../../utils/image/raster';
import type { RgbaImage } from '../../../utils/image/types';
import { arranged, framed, label, pair, sideBySide } from './fixtures';

function layoutOf(image: RgbaImage): ReturnType<typeof findLayout> {
  return findLayout(lumaPlane(image), image.width, image.height);
}

describe('layout finder', () => {
  const p = pair(11, 200, 220);

  it('finds a side-by-side composite without a gap, split in the middle', () => {
    const found = layoutOf(sideBySide(p.before, p.after));
    expect(found.layout).toBe('side-by-side');
    const [before, after] = found.pairs[0]!;
    expect(Math.abs(before.x + before.width - 200)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.x - 200)).toBeLessThanOrEqual(2);
  });

  it('finds a side-by-side composite with a white gap and cuts the gap out', () => {
    const found = layoutOf(sideBySide(p.before, p.after, 10));
    expect(found.layout).toBe('side-by-side');
    const [before, after] = found.pairs[0]!;
    expect(before.x + before.width).toBeLessThanOrEqual(200);
    expect(after.x).toBeGreaterThanOrEqual(210);
  });

  it('finds a top-bottom composite with a dark gap', () => {
    const found = layoutOf(arranged([p.before, p.after], 'top-bottom', 8));
    expect(found.layout).toBe('top-bottom');
    expect(found.pairs[0]![1].y).toBeGreaterThanOrEqual(228);
  });

  it('finds a 2x2 grid of two pairs, each row read before → after', () => {
    const q = pair(12, 200, 220);
    const found = layoutOf(arranged([p.before, p.after, q.before, q.after], 'grid', 6));
    expect(found.layout).toBe('grid');
    expect(found.pairs).toHaveLength(2);
    expect(found.pairs[1]![0].y).toBeGreaterThanOrEqual(226);
  });

  it('sees through an outer border and text labels on each half', () => {
    const image = framed(sideBySide(p.before, p.after, 8), 12);
    label(image, 20, 20);
    label(image, 20 + 208, 20);
    const found = layoutOf(image);
    expect(found.layout).toBe('side-by-side');
    const [before, after] = found.pairs[0]!;
    expect(before.x).toBeGreaterThanOrEqual(12);
    expect(after.x + after.width).toBeLessThanOrEqual(12 + 408);
  });

  it('reads one photo as single, also a wide one', () => {
    expect(layoutOf(p.before).layout).toBe('single');
    expect(layoutOf(pair(13, 420, 200).before).layout).toBe('single');
    expect(analyseImage(p.before).verdict).toBe('not-before-after');
  });

  it('does not read two unrelated photos side by side as a before/after', () => {
    // Different skin, framing and background: a gap, but not the same subject twice.
    const other = pair(99, 200, 220);
    expect(layoutOf(sideBySide(p.before, other.before, 10)).layout).toBe('single');
  });
});
