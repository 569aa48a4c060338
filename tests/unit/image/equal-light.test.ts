import { describe, expect, it } from 'vitest';
import { analyseImage } from '../../../utils/image/analyse';
import { matchToBefore, renderEqualLight } from '../../../utils/image/equal-light';
import { editExposure, editWhiteBalance } from '../../../utils/image/synthetic/edits';
import type { RgbaImage } from '../../../utils/image/types';
import { pair, sideBySide } from './fixtures';

function channelMean(image: RgbaImage, channel: number): number {
  let sum = 0;
  for (let i = channel; i < image.data.length; i += 4) sum += image.data[i]!;
  return sum / (image.width * image.height);
}

describe('see it in equal light', () => {
  const p = pair(51, 160, 160);

  it('brings a brighter, warmer after back to the before’s light', () => {
    const edited = editWhiteBalance(editExposure(p.after, 1.3), 0.08);
    const matched = matchToBefore(p.before, edited);
    for (const channel of [0, 1, 2]) {
      const before = channelMean(p.before, channel);
      expect(Math.abs(channelMean(matched, channel) - before) / before).toBeLessThan(0.04);
      expect(Math.abs(channelMean(edited, channel) - before) / before).toBeGreaterThan(0.1);
    }
  });

  it('renders before | matched after at the asked height', () => {
    const view = renderEqualLight(p.before, editExposure(p.after, 1.3), 100);
    expect(view.height).toBe(100);
    expect(view.width).toBe(100 + 4 + 100);
  });

  it('once matched, the exposure signal is gone', () => {
    const edited = editExposure(p.after, 1.3);
    expect(analyseImage(sideBySide(p.before, edited, 8)).signals.map((s) => s.id)).toContain('exposure');
    const matched = matchToBefore(p.before, edited);
    expect(analyseImage(sideBySide(p.before, matched, 8)).signals.map((s) => s.id)).not.toContain('exposure');
  });
});
