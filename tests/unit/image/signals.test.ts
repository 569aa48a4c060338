import { describe, expect, it } from 'vitest';
import { analyseImage, analysePair } from '../../../utils/image/analyse';
import {
  editBilateral, editExposure, editGaussian, editLocalExposure, editResolution, editSaturation, editWhiteBalance,
} from '../../../utils/image/synthetic/edits';
import { honestPair } from '../../../utils/image/synthetic/pairs';
import type { ImageSignal, ImageSignalId, RgbaImage } from '../../../utils/image/types';
import { sideBySide } from './fixtures';

function signalsOf(before: RgbaImage, after: RgbaImage): ImageSignal[] {
  const analysis = analyseImage(sideBySide(before, after, 8));
  expect(analysis.layout).toBe('side-by-side');
  return analysis.signals;
}

function strength(signals: ImageSignal[], id: ImageSignalId): number {
  return signals.find((s) => s.id === id)?.strength ?? 0;
}

describe('image signals on generated pairs', () => {
  const withBackground = honestPair(21, 220, 220, undefined, { background: 0.3 });
  const skinOnly = honestPair(4, 220, 220, undefined, { background: 0 });

  it('an honest pair (new shot, same light) raises no doubtful signal', () => {
    for (const p of [withBackground, skinOnly]) {
      const signals = signalsOf(p.before, p.after);
      expect(signals.filter((s) => s.strength >= 0.5)).toEqual([]);
    }
  });

  it('exposure: a 35% brighter after is reported with its size', () => {
    const signals = signalsOf(withBackground.before, editExposure(withBackground.after, 1.35));
    expect(strength(signals, 'exposure')).toBeGreaterThanOrEqual(0.9);
    const detail = signals.find((s) => s.id === 'exposure')!.detail;
    expect(detail).toMatch(/3\d% brighter/);
    expect(strength(signals, 'white-balance')).toBeLessThan(0.5);
  });

  it('exposure: a darker after is reported as darker', () => {
    const signals = signalsOf(skinOnly.before, editExposure(skinOnly.after, 0.75));
    expect(signals.find((s) => s.id === 'exposure')?.detail).toMatch(/darker/);
  });

  it('white balance: a warmer after, and not mistaken for exposure', () => {
    const signals = signalsOf(withBackground.before, editWhiteBalance(withBackground.after, 0.08));
    expect(strength(signals, 'white-balance')).toBeGreaterThanOrEqual(0.9);
    expect(signals.find((s) => s.id === 'white-balance')!.detail).toMatch(/warmer/);
    expect(strength(signals, 'exposure')).toBeLessThan(0.5);
  });

  it('white balance: a cooler after', () => {
    const signals = signalsOf(skinOnly.before, editWhiteBalance(skinOnly.after, -0.08));
    expect(signals.find((s) => s.id === 'white-balance')?.detail).toMatch(/cooler/);
  });

  it('saturation: a more saturated after', () => {
    const signals = signalsOf(skinOnly.before, editSaturation(skinOnly.after, 1.4));
    expect(strength(signals, 'saturation')).toBeGreaterThan(0.5);
    expect(strength(signals, 'exposure')).toBeLessThan(0.5);
  });

  it('smoothing: a skin filter (Gaussian or edge-preserving) on the after', () => {
    for (const after of [editGaussian(withBackground.after, 1.5, withBackground.afterSkin), editBilateral(withBackground.after, 25, withBackground.afterSkin)]) {
      const signals = signalsOf(withBackground.before, after);
      expect(strength(signals, 'smoothing')).toBeGreaterThanOrEqual(0.5);
      expect(strength(signals, 'exposure')).toBeLessThan(0.5);
    }
  });

  it('sharpness: an after at a third of the resolution, scaled back up', () => {
    const signals = signalsOf(skinOnly.before, editResolution(skinOnly.after, 0.33));
    expect(strength(signals, 'sharpness')).toBeGreaterThanOrEqual(0.5);
    expect(signals.find((s) => s.id === 'sharpness')!.detail).toMatch(/after is much softer/);
  });

  it('a softer before is reported too (either half may be the blurry one)', () => {
    const signals = signalsOf(editResolution(skinOnly.before, 0.33), skinOnly.after);
    expect(signals.find((s) => s.id === 'sharpness')?.detail).toMatch(/before is much softer/);
  });

  it('a treatment-like change (spots fainter) is not read as light or colour', () => {
    for (const seed of [31, 32, 33]) {
      const p = honestPair(seed, 200, 200, undefined, { spotFactor: 0.5 });
      const signals = signalsOf(p.before, p.after);
      expect(strength(signals, 'exposure')).toBeLessThan(0.5);
      expect(strength(signals, 'white-balance')).toBeLessThan(0.5);
    }
  });

  it('skin made brighter while the surroundings stay: said to be the skin, not the light', () => {
    const after = editLocalExposure(withBackground.after, 1.35, withBackground.afterSkin);
    const exposure = signalsOf(withBackground.before, after).find((s) => s.id === 'exposure');
    expect(exposure?.detail).toMatch(/surroundings are not/);
  });

  it('a carousel pair (two images) is analysed as a pair', () => {
    const analysis = analysePair(withBackground.before, editExposure(withBackground.after, 1.3));
    expect(analysis.layout).toBe('pair');
    expect(analysis.verdict).toBe('doubtful');
    const unrelated = analysePair(withBackground.before, honestPair(77, 220, 220).before);
    expect(unrelated.layout).toBe('single');
  });
});
