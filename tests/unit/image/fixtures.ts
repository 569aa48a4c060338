// Generated test images (seeded, so every run sees the same pixels).
import { createImage } from '../../../utils/image/raster';
import { composite, type Arrangement } from '../../../utils/image/synthetic/edits';
import { honestPair, type ShotPair } from '../../../utils/image/synthetic/pairs';
import type { RgbaImage } from '../../../utils/image/types';

export function pair(seed = 3, width = 200, height = 220): ShotPair {
  return honestPair(seed, width, height);
}

export function sideBySide(before: RgbaImage, after: RgbaImage, gap = 0): RgbaImage {
  return composite([before, after], 'side-by-side', gap);
}

export function arranged(images: RgbaImage[], arrangement: Arrangement, gap = 0): RgbaImage {
  return composite(images, arrangement, gap);
}

/** Surrounds an image with a plain frame of `size` px. */
export function framed(image: RgbaImage, size: number, value = 255): RgbaImage {
  const out = createImage(image.width + 2 * size, image.height + 2 * size);
  out.data.fill(value);
  for (let y = 0; y < image.height; y++) {
    out.data.set(image.data.subarray(y * image.width * 4, (y + 1) * image.width * 4), ((y + size) * out.width + size) * 4);
  }
  return out;
}

/** Paints a "BEFORE"-like label: a white box with dark letter strokes, at (x, y). */
export function label(image: RgbaImage, x: number, y: number, width = 44, height = 14): RgbaImage {
  for (let yy = y; yy < y + height; yy++) {
    for (let xx = x; xx < x + width; xx++) {
      const letter = (xx - x) % 7 < 2 && yy > y + 2 && yy < y + height - 2;
      const o = (yy * image.width + xx) * 4;
      image.data.fill(letter ? 20 : 255, o, o + 3);
      image.data[o + 3] = 255;
    }
  }
  return image;
}

export function solid(width: number, height: number, rgba: [number, number, number, number]): RgbaImage {
  const out = createImage(width, height);
  for (let i = 0; i < out.data.length; i += 4) out.data.set(rgba, i);
  return out;
}

/**
 * A photo-like picture with what real portraits have and synthetic skin lacks: hard edges and
 * strongly coloured areas (a dark suit, a red curtain, a blue flag, a bright collar) around an
 * area of skin. Generated, so no real photo is committed.
 */
export function portraitLike(seed = 5, width = 300, height = 340): RgbaImage {
  const image = honestPair(seed, width, height, undefined, { background: 0 }).before;
  const paint = (x0: number, y0: number, x1: number, y1: number, rgb: [number, number, number], stripes = 0): void => {
    for (let y = Math.round(y0 * height); y < Math.round(y1 * height); y++) {
      for (let x = Math.round(x0 * width); x < Math.round(x1 * width); x++) {
        const o = (y * width + x) * 4;
        const shade = stripes && Math.floor(y / stripes) % 2 ? 0.55 : 1;
        image.data[o] = rgb[0] * shade;
        image.data[o + 1] = rgb[1] * shade;
        image.data[o + 2] = rgb[2] * shade;
      }
    }
  };
  paint(0.75, 0, 1, 0.6, [150, 40, 35]); // curtain
  paint(0, 0, 0.12, 0.7, [40, 50, 140], 7); // flag, striped
  paint(0, 0.62, 1, 1, [25, 28, 40]); // suit
  paint(0.42, 0.62, 0.58, 0.8, [235, 235, 240]); // collar
  paint(0.47, 0.66, 0.53, 1, [50, 70, 170], 4); // tie
  return image;
}
