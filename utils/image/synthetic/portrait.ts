import { rgbToLab } from '../color';
import { createImage } from '../raster';
import { isSkinLab } from '../skin-mask';
import type { RgbaImage } from '../types';
import type { ShotPair } from './pairs';
import { between, gaussian, seeded, type Random } from './prng';

/**
 * Honest pairs cut from one real portrait (benchmark only; the portraits are never committed): two
 * crops with their own framing, sensor noise and ±3% exposure. Both crops come from one photograph,
 * so they line up pixel for pixel once the shift is undone: an honest pair here is "the same photo
 * shot twice from the same spot", which the analysis must not call retouched.
 */
export function portraitPair(photo: RgbaImage, seed: number, random: Random): ShotPair {
  const width = Math.round(photo.width * 0.8);
  const height = Math.round(photo.height * 0.8);
  const cropShot = (ox: number, oy: number, noise: number, exposure: number, noiseSeed: number): RgbaImage => {
    const out = createImage(width, height);
    const r = seeded(noiseSeed);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = ((y + oy) * photo.width + x + ox) * 4;
        const o = (y * width + x) * 4;
        for (let c = 0; c < 3; c++) out.data[o + c] = photo.data[i + c]! * exposure + noise * gaussian(r);
        out.data[o + 3] = 255;
      }
    }
    return out;
  };
  const mx = photo.width - width;
  const my = photo.height - height;
  const bx = Math.round(mx / 2 + between(random, -3, 3));
  const by = Math.round(my / 2 + between(random, -3, 3));
  const before = cropShot(bx, by, between(random, 1, 2.5), 1, seed * 2 + 1);
  const ax = Math.min(mx, Math.max(0, bx + Math.round(between(random, -5, 5))));
  const ay = Math.min(my, Math.max(0, by + Math.round(between(random, -5, 5))));
  const after = cropShot(ax, ay, between(random, 1, 2.5), between(random, 0.97, 1.03), seed * 2 + 2);
  const afterSkin = new Uint8Array(width * height);
  const lab = { l: 0, a: 0, b: 0 };
  for (let p = 0; p < width * height; p++) {
    afterSkin[p] = isSkinLab(rgbToLab(after.data[p * 4]!, after.data[p * 4 + 1]!, after.data[p * 4 + 2]!, lab)) ? 1 : 0;
  }
  return { scene: null as never, before, after, afterSkin };
}
