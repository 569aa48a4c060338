import { createImage, resizeArea } from '../raster';
import type { RgbaImage } from '../types';

/** Known edits for building labelled before/after pairs (tests and benchmark only). */

function mapPixels(image: RgbaImage, fn: (r: number, g: number, b: number, out: number[]) => void): RgbaImage {
  const out = createImage(image.width, image.height);
  const rgb = [0, 0, 0];
  for (let i = 0; i < image.data.length; i += 4) {
    fn(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!, rgb);
    out.data[i] = rgb[0]!;
    out.data[i + 1] = rgb[1]!;
    out.data[i + 2] = rgb[2]!;
    out.data[i + 3] = image.data[i + 3]!;
  }
  return out;
}

/** Brightness: every channel times `factor` (1.3 = "30% brighter"). */
export function editExposure(image: RgbaImage, factor: number): RgbaImage {
  return mapPixels(image, (r, g, b, out) => {
    out[0] = r * factor;
    out[1] = g * factor;
    out[2] = b * factor;
  });
}

/** White balance: red up and blue down by `shift` (0.1 = a clearly warmer picture); negative is cooler. */
export function editWhiteBalance(image: RgbaImage, shift: number): RgbaImage {
  return mapPixels(image, (r, g, b, out) => {
    out[0] = r * (1 + shift);
    out[1] = g;
    out[2] = b * (1 - shift);
  });
}

/** Saturation: channels pushed away from (or toward) their luma by `factor`. */
export function editSaturation(image: RgbaImage, factor: number): RgbaImage {
  return mapPixels(image, (r, g, b, out) => {
    const y = 0.299 * r + 0.587 * g + 0.114 * b;
    out[0] = y + (r - y) * factor;
    out[1] = y + (g - y) * factor;
    out[2] = y + (b - y) * factor;
  });
}

/** Separable Gaussian blur of the colour channels, only where `mask` is 1 (all when absent). */
export function editGaussian(image: RgbaImage, sigma: number, mask?: Uint8Array): RgbaImage {
  const radius = Math.ceil(sigma * 3);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, k) => Math.exp(-((k - radius) ** 2) / (2 * sigma * sigma)));
  const sum = kernel.reduce((s, v) => s + v, 0);
  const { width, height } = image;
  const pass = (src: Float32Array, horizontal: boolean): Float32Array => {
    const dst = new Float32Array(src.length);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        for (let c = 0; c < 3; c++) {
          let acc = 0;
          for (let k = -radius; k <= radius; k++) {
            const xx = horizontal ? Math.min(width - 1, Math.max(0, x + k)) : x;
            const yy = horizontal ? y : Math.min(height - 1, Math.max(0, y + k));
            acc += kernel[k + radius]! * src[(yy * width + xx) * 3 + c]!;
          }
          dst[(y * width + x) * 3 + c] = acc / sum;
        }
      }
    }
    return dst;
  };
  const planar = new Float32Array(width * height * 3);
  for (let p = 0; p < width * height; p++) for (let c = 0; c < 3; c++) planar[p * 3 + c] = image.data[p * 4 + c]!;
  const blurred = pass(pass(planar, true), false);
  return blend(image, blurred, mask);
}

/** Edge-preserving (bilateral) smoothing, as beauty filters do: flattens fine texture, keeps edges. */
export function editBilateral(image: RgbaImage, rangeSigma: number, mask?: Uint8Array, spatialSigma = 2): RgbaImage {
  const { width, height } = image;
  const radius = Math.ceil(spatialSigma * 2);
  const out = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      const centre = [image.data[p * 4]!, image.data[p * 4 + 1]!, image.data[p * 4 + 2]!];
      const acc = [0, 0, 0];
      let total = 0;
      for (let dy = -radius; dy <= radius; dy++) {
        const yy = Math.min(height - 1, Math.max(0, y + dy));
        for (let dx = -radius; dx <= radius; dx++) {
          const xx = Math.min(width - 1, Math.max(0, x + dx));
          const q = (yy * width + xx) * 4;
          const dr = image.data[q]! - centre[0]!;
          const dg = image.data[q + 1]! - centre[1]!;
          const db = image.data[q + 2]! - centre[2]!;
          const w = Math.exp(-(dx * dx + dy * dy) / (2 * spatialSigma ** 2) - (dr * dr + dg * dg + db * db) / (3 * 2 * rangeSigma ** 2));
          acc[0]! += w * image.data[q]!;
          acc[1]! += w * image.data[q + 1]!;
          acc[2]! += w * image.data[q + 2]!;
          total += w;
        }
      }
      for (let c = 0; c < 3; c++) out[p * 3 + c] = acc[c]! / total;
    }
  }
  return blend(image, out, mask);
}

function blend(image: RgbaImage, planar: Float32Array, mask?: Uint8Array): RgbaImage {
  const out = createImage(image.width, image.height);
  out.data.set(image.data);
  for (let p = 0; p < image.width * image.height; p++) {
    if (mask && !mask[p]) continue;
    for (let c = 0; c < 3; c++) out.data[p * 4 + c] = planar[p * 3 + c]!;
  }
  return out;
}

/** Lower resolution: scaled down by `factor` and back up (bilinear), as a small upload re-enlarged. */
export function editResolution(image: RgbaImage, factor: number): RgbaImage {
  const small = resizeArea(image, Math.max(1, Math.round(image.width * factor)), Math.max(1, Math.round(image.height * factor)));
  const out = createImage(image.width, image.height);
  for (let y = 0; y < image.height; y++) {
    const sy = Math.min(small.height - 1, Math.max(0, (y + 0.5) * factor - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, small.height - 1);
    const fy = sy - y0;
    for (let x = 0; x < image.width; x++) {
      const sx = Math.min(small.width - 1, Math.max(0, (x + 0.5) * factor - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(x0 + 1, small.width - 1);
      const fx = sx - x0;
      for (let c = 0; c < 4; c++) {
        const at = (xx: number, yy: number): number => small.data[(yy * small.width + xx) * 4 + c]!;
        out.data[(y * image.width + x) * 4 + c] = (at(x0, y0) * (1 - fx) + at(x1, y0) * fx) * (1 - fy) + (at(x0, y1) * (1 - fx) + at(x1, y1) * fx) * fy;
      }
    }
  }
  return out;
}

/** Brightens the pixels of `mask` only (a local relight). */
export function editLocalExposure(image: RgbaImage, factor: number, mask: Uint8Array): RgbaImage {
  const out = createImage(image.width, image.height);
  out.data.set(image.data);
  for (let p = 0; p < image.width * image.height; p++) {
    if (!mask[p]) continue;
    for (let c = 0; c < 3; c++) out.data[p * 4 + c] = image.data[p * 4 + c]! * factor;
  }
  return out;
}

/** An ellipse mask covering `share` of the image around (cx, cy) in 0..1 coordinates. */
export function ellipseMask(width: number, height: number, cx: number, cy: number, share: number): Uint8Array {
  const mask = new Uint8Array(width * height);
  const rx = Math.sqrt(share / Math.PI) * width;
  const ry = Math.sqrt(share / Math.PI) * height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (((x - cx * width) / rx) ** 2 + ((y - cy * height) / ry) ** 2 <= 1) mask[y * width + x] = 1;
    }
  }
  return mask;
}

/**
 * Removes dark blemishes: pixels darker than their 7x7 neighbourhood's median by `depth`+ are
 * painted with it (only inside `mask` when given).
 */
export function editRemoveBlemishes(image: RgbaImage, depth = 12, mask?: Uint8Array): RgbaImage {
  const { width, height } = image;
  const out = createImage(width, height);
  out.data.set(image.data);
  const luma = (p: number): number => 0.299 * image.data[p * 4]! + 0.587 * image.data[p * 4 + 1]! + 0.114 * image.data[p * 4 + 2]!;
  for (let y = 3; y < height - 3; y++) {
    for (let x = 3; x < width - 3; x++) {
      if (mask && !mask[y * width + x]) continue;
      const around: number[] = [];
      for (let dy = -3; dy <= 3; dy++) for (let dx = -3; dx <= 3; dx++) around.push((y + dy) * width + x + dx);
      around.sort((p, q) => luma(p) - luma(q));
      const mid = around[24]!;
      if (luma(mid) - luma(y * width + x) < depth) continue;
      for (let c = 0; c < 3; c++) out.data[(y * width + x) * 4 + c] = image.data[mid * 4 + c]!;
    }
  }
  return out;
}

export type Arrangement = 'side-by-side' | 'top-bottom' | 'grid';

/** Puts two (or, for a grid, four) images into one composite with an optional plain gap. */
export function composite(images: RgbaImage[], arrangement: Arrangement, gap = 0, gapColour = 255): RgbaImage {
  const first = images[0]!;
  const w = first.width;
  const h = first.height;
  const columns = arrangement === 'top-bottom' ? 1 : 2;
  const rows = arrangement === 'side-by-side' ? 1 : 2;
  const out = createImage(columns * w + (columns - 1) * gap, rows * h + (rows - 1) * gap);
  out.data.fill(gapColour);
  images.forEach((image, k) => {
    const ox = (k % columns) * (w + gap);
    const oy = Math.floor(k / columns) * (h + gap);
    for (let y = 0; y < Math.min(h, image.height); y++) {
      for (let x = 0; x < Math.min(w, image.width); x++) {
        const i = (y * image.width + x) * 4;
        const o = ((oy + y) * out.width + ox + x) * 4;
        out.data[o] = image.data[i]!;
        out.data[o + 1] = image.data[i + 1]!;
        out.data[o + 2] = image.data[i + 2]!;
        out.data[o + 3] = 255;
      }
    }
  });
  return out;
}
