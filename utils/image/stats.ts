import { Histogram } from './histogram';
import { lumaPlane } from './raster';
import { isSkinRgb } from './skin-mask';
import type { RgbaImage } from './types';

/** Statistics of one region (the whole half, its skin, or the rest). */
export interface RegionStats {
  /** Number of sampled pixels. */
  samples: number;
  /** Luma percentiles 10/25/50/75/90, 0..255. */
  luma: [number, number, number, number, number];
  /**
   * Median log(R/B) and log(G/√(R·B)): colour temperature and green–magenta tint. Ratios, so a
   * pure exposure change (all channels scaled alike) leaves them where they were.
   */
  warmth: number;
  tint: number;
  /** Median (max−min)/max of the channels: saturation, also independent of exposure. */
  saturation: number;
  /**
   * Fine-texture energy: trimmed mean of the squared Laplacian of luma, divided by the squared
   * median luma. Scaling brightness by k scales the Laplacian by k (issue 6's calibration), so the
   * division keeps this measure independent of exposure. NaN when the region is too small.
   */
  texture: number;
}

export interface HalfStats {
  width: number;
  height: number;
  /** Share of the half the skin mask covers, 0..1. */
  skinShare: number;
  all: RegionStats;
  skin: RegionStats | null;
  rest: RegionStats | null;
  /**
   * Finest-scale texture energy over the energy one octave coarser, for the whole half: an image
   * upscaled from a lower resolution, or blurred, has little energy at the finest scale.
   */
  fineToCoarse: number;
  /** Noise estimate (Immerkær 1996, median form), in luma levels. */
  noise: number;
}

/** Regions smaller than this (in sampled pixels) are not measured on their own. */
const MIN_REGION_SAMPLES = 150;
/** Texture energy keeps the lowest 90% of Laplacian magnitudes: fine texture, not edges. */
const TEXTURE_KEEP = 0.9;

/** log(v + 1) for every 8-bit value: the colour ratios without a logarithm per pixel. */
const LOG = new Float32Array(256);
for (let v = 0; v < 256; v++) LOG[v] = Math.log(v + 1);

class RegionAccumulator {
  readonly luma = new Histogram(0, 1, 256);
  readonly laplacian = new Histogram(0, 1, 768);
  readonly warmth = new Histogram(-3, 0.005, 1200);
  readonly tint = new Histogram(-3, 0.005, 1200);
  readonly saturation = new Histogram(0, 0.0025, 401);

  addColour(luma: number, r: number, g: number, b: number): void {
    this.luma.add(luma);
    this.warmth.add(LOG[r]! - LOG[b]!);
    this.tint.add(LOG[g]! - (LOG[r]! + LOG[b]!) / 2);
    const max = Math.max(r, g, b);
    this.saturation.add((max - Math.min(r, g, b)) / (max + 1));
  }

  /** The union of two regions' samples. */
  static union(p: RegionAccumulator, q: RegionAccumulator): RegionAccumulator {
    const out = new RegionAccumulator();
    for (const key of ['luma', 'laplacian', 'warmth', 'tint', 'saturation'] as const) out[key].merge(p[key]).merge(q[key]);
    return out;
  }

  result(): RegionStats | null {
    if (this.luma.total < MIN_REGION_SAMPLES) return null;
    const median = Math.max(this.luma.quantile(0.5), 1);
    const energy = this.laplacian.total >= MIN_REGION_SAMPLES ? this.laplacian.trimmedMeanSquare(TEXTURE_KEEP) : NaN;
    return {
      samples: this.luma.total,
      luma: [this.luma.quantile(0.1), this.luma.quantile(0.25), median, this.luma.quantile(0.75), this.luma.quantile(0.9)],
      warmth: this.warmth.quantile(0.5),
      tint: this.tint.quantile(0.5),
      saturation: this.saturation.quantile(0.5),
      texture: energy / (median * median),
    };
  }
}

/** Trimmed Laplacian energy of a luma plane (every other row: plenty of samples, half the work). */
function laplacianEnergy(luma: Float32Array, width: number, height: number): number {
  const lap = new Histogram(0, 1, 768);
  for (let y = 1; y < height - 1; y += 2) {
    for (let x = 1, p = y * width + 1; x < width - 1; x++, p++) {
      lap.add(Math.abs(4 * luma[p]! - luma[p - width]! - luma[p + width]! - luma[p - 1]! - luma[p + 1]!));
    }
  }
  return lap.trimmedMeanSquare(TEXTURE_KEEP);
}

function halveLuma(luma: Float32Array, width: number, height: number): { plane: Float32Array; width: number; height: number } {
  const w = Math.floor(width / 2);
  const h = Math.floor(height / 2);
  const plane = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = 2 * y * width + 2 * x;
      plane[y * w + x] = (luma[p]! + luma[p + 1]! + luma[p + width]! + luma[p + width + 1]!) / 4;
    }
  }
  return { plane, width: w, height: h };
}

/** Colour samples per half: enough for stable percentiles, few enough to stay fast. */
const COLOUR_SAMPLES = 8_000;

/**
 * Measures one half of a before/after. Colour statistics are sampled on a grid of about 8,000
 * points; fine texture uses every pixel of every other row (the Laplacian itself is full resolution).
 */
export function measureHalf(image: RgbaImage, luma: Float32Array = lumaPlane(image)): HalfStats {
  const { width, height, data } = image;
  const skin = new RegionAccumulator();
  const rest = new RegionAccumulator();
  const stride = Math.max(1, Math.round(Math.sqrt((width * height) / COLOUR_SAMPLES)));
  const maskWidth = Math.ceil(width / stride);
  const mask = new Uint8Array(maskWidth * Math.ceil(height / stride));
  let skinCount = 0;
  for (let y = 0; y < height; y += stride) {
    for (let x = 0; x < width; x += stride) {
      const i = (y * width + x) * 4;
      if (data[i + 3]! < 128) continue; // transparent: not part of the photo
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      const value = luma[y * width + x]!;
      if (isSkinRgb(r, g, b)) {
        mask[((y / stride) | 0) * maskWidth + ((x / stride) | 0)] = 1;
        skin.addColour(value, r, g, b);
        skinCount += 1;
      } else {
        rest.addColour(value, r, g, b);
      }
    }
  }
  // One pass for the texture of each region, and the noise (Immerkær's mask, median form) on every
  // other of those rows: a median of ~8,000 values needs no more.
  const immerkaer = new Histogram(0, 1, 1024);
  const maskColumn = new Int32Array(width);
  for (let x = 0; x < width; x++) maskColumn[x] = (x / stride) | 0;
  for (let y = 1; y < height - 1; y += 2) {
    const maskRow = ((y / stride) | 0) * maskWidth;
    const noiseRow = (y & 3) === 1;
    for (let x = 1, p = y * width + 1; x < width - 1; x++, p++) {
      const c = luma[p]!;
      const cross = luma[p - width]! + luma[p + width]! + luma[p - 1]! + luma[p + 1]!;
      const value = 4 * c - cross;
      (mask[maskRow + maskColumn[x]!] ? skin : rest).laplacian.add(value < 0 ? -value : value);
      if (noiseRow) {
        const diagonal = luma[p - width - 1]! + luma[p - width + 1]! + luma[p + width - 1]! + luma[p + width + 1]!;
        const n = 4 * c - 2 * cross + diagonal;
        immerkaer.add(n < 0 ? -n : n);
      }
    }
  }
  const all = RegionAccumulator.union(skin, rest);
  const fine = all.laplacian.trimmedMeanSquare(TEXTURE_KEEP);
  const half = halveLuma(luma, width, height);
  const coarse = laplacianEnergy(half.plane, half.width, half.height);
  return {
    width,
    height,
    skinShare: all.luma.total ? skinCount / all.luma.total : 0,
    all: all.result() ?? emptyRegion(),
    skin: skin.result(),
    rest: rest.result(),
    fineToCoarse: coarse > 0 ? fine / coarse : NaN,
    noise: immerkaer.quantile(0.5) / (0.6745 * 6),
  };
}

function emptyRegion(): RegionStats {
  return { samples: 0, luma: [NaN, NaN, NaN, NaN, NaN], warmth: NaN, tint: NaN, saturation: NaN, texture: NaN };
}
