import { describe, expect, it } from 'vitest';
import { analyseImage, analysePair } from '../../../utils/image/analyse';
import { createImage } from '../../../utils/image/raster';
import { solid } from './fixtures';

describe('hostile images', () => {
  it('1x1 is a single image with nothing to say', () => {
    expect(analyseImage(solid(1, 1, [200, 150, 120, 255]))).toMatchObject({ layout: 'single', signals: [], verdict: 'not-before-after' });
  });

  it('20000x10 does not throw and is single', () => {
    const analysis = analyseImage(solid(20000, 10, [90, 90, 90, 255]));
    expect(analysis.layout).toBe('single');
  });

  it('a fully transparent image is single', () => {
    expect(analyseImage(createImage(300, 200)).layout).toBe('single');
  });

  it('a single colour is single, also when pretending to be a composite with a gap', () => {
    expect(analyseImage(solid(400, 200, [210, 160, 130, 255])).layout).toBe('single');
  });

  it('mismatched sizes and data are refused without throwing', () => {
    const broken = { width: 100, height: 100, data: new Uint8ClampedArray(10) };
    expect(analyseImage(broken).layout).toBe('single');
    expect(analyseImage({ width: -5, height: 2, data: new Uint8ClampedArray(0) }).layout).toBe('single');
    expect(analysePair(broken, solid(20, 20, [1, 2, 3, 255])).layout).toBe('single');
  });

  it('tiny halves in a pair are single, not an error', () => {
    expect(analysePair(solid(3, 3, [100, 80, 60, 255]), solid(3, 3, [120, 80, 60, 255])).layout).toBe('single');
  });
});
