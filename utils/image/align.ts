import { lumaPlane, resizeArea, resizePlane } from './raster';
import { standardise } from './similarity';
import type { Rect, RgbaImage } from './types';

/**
 * "Is the after the before photograph, edited?" A real after is a new photograph: the face moved,
 * the sensor noise is new, so fine texture never lines up pixel for pixel. An after made by editing
 * the before lines up exactly once a small shift, scale or crop is undone.
 */

/** Maps a point p of the before (working pixels) to the after: centre + scale·(p + shift − centre). */
export interface Transform {
  scale: number;
  dx: number;
  dy: number;
}

export interface Alignment {
  /** Best correlation of the coarse (32 px) pictures: the same subject and framing. */
  coarse: number;
  /** Correlation of the fine texture (Laplacian) at the working size once aligned. */
  fine: number;
  /** The two halves are one photograph (fine texture lines up). */
  samePhoto: boolean;
  transform: Transform;
  /** The working size (long side ALIGN_SIZE at most) the transform is expressed in. */
  work: { width: number; height: number };
  /** The before at the working size, for the local comparison (made on first use, as the after). */
  readonly before: RgbaImage;
  /** The after warped onto the before (made on first use: only same-photo pairs need it). */
  readonly after: RgbaImage;
  /**
   * 1 where the warped after has real pixels; 0 near the edges where the shift or scale reached
   * outside the after (those pixels are clamped copies, not a comparison).
   */
  readonly valid: Uint8Array;
}

/** Working size for the pixel-by-pixel comparison (long side). */
export const ALIGN_SIZE = 192;
const COARSE_SIZE = 32;
const COARSE_SCALES = [1, 0.96, 1.04, 0.92, 1.08];
const COARSE_SHIFT = 3;
/** Below this coarse correlation the halves are not one scene; no fine search is spent on them. */
const MIN_COARSE = 0.8;
/** Fine-texture correlation from which two halves are one photograph (bench: copies mostly ≥ 0.6, re-shots mostly ≤ 0.45). */
const SAME_PHOTO_FINE = 0.5;
/** Whole-pixel fine correlation below which refining cannot reach SAME_PHOTO_FINE (bench: copies ≥ 0.3 before refining). */
const CLEARLY_NOT_SAME = 0.2;

/** `plane` resampled (bilinear), same size: sample p ← centre + scale·(p + shift − centre). */
function scaledPlane(plane: Float32Array, width: number, height: number, scale: number, dx = 0, dy = 0): Float32Array {
  if (scale === 1 && dx === 0 && dy === 0) return plane;
  const out = new Float32Array(plane.length);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(Math.max(cy + scale * (y + dy - cy), 0), height - 1);
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, height - 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(Math.max(cx + scale * (x + dx - cx), 0), width - 1);
      const x0 = Math.floor(sx);
      const x1 = Math.min(x0 + 1, width - 1);
      const fx = sx - x0;
      const top = plane[y0 * width + x0]! * (1 - fx) + plane[y0 * width + x1]! * fx;
      const bottom = plane[y1 * width + x0]! * (1 - fx) + plane[y1 * width + x1]! * fx;
      out[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}

/** Correlation of `a` with `b` shifted by whole pixels (b sampled at p + shift), inside a margin. */
function correlationAt(a: Float32Array, b: Float32Array, width: number, height: number, dx: number, dy: number, step: number, margin: number): number {
  const m = Math.max(margin, Math.abs(dx), Math.abs(dy));
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  let sa = 0;
  let sb = 0;
  let n = 0;
  for (let y = m; y < height - m; y += step) {
    const rowA = y * width;
    const rowB = (y + dy) * width + dx;
    for (let x = m; x < width - m; x += step) {
      const va = a[rowA + x]!;
      const vb = b[rowB + x]!;
      sab += va * vb;
      saa += va * va;
      sbb += vb * vb;
      sa += va;
      sb += vb;
      n += 1;
    }
  }
  return pearson(sab, saa, sbb, sa, sb, n);
}

/** Pearson correlation from running sums (0 when either side is flat or nothing was sampled). */
function pearson(sab: number, saa: number, sbb: number, sa: number, sb: number, n: number): number {
  if (n === 0) return 0;
  const cov = sab / n - (sa / n) * (sb / n);
  const va = saa / n - (sa / n) ** 2;
  const vb = sbb / n - (sb / n) ** 2;
  return va > 1e-9 && vb > 1e-9 ? cov / Math.sqrt(va * vb) : 0;
}

/**
 * Correlation of `a` with `b` under transform `t` (b sampled bilinearly at centre + scale·(p + shift
 * − centre)), on the same sparse grid as `correlationAt`. Only the sampled points are resampled:
 * the search no longer builds a whole resampled plane per candidate scale or half-pixel shift.
 */
function correlationWarped(a: Float32Array, b: Float32Array, width: number, height: number, t: Transform, step: number, margin: number): number {
  if (t.scale === 1 && Number.isInteger(t.dx) && Number.isInteger(t.dy)) return correlationAt(a, b, width, height, t.dx, t.dy, step, margin);
  const m = Math.max(margin, Math.ceil(Math.abs(t.dx)), Math.ceil(Math.abs(t.dy)));
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  let sa = 0;
  let sb = 0;
  let n = 0;
  for (let y = m; y < height - m; y += step) {
    const sy = Math.min(Math.max(cy + t.scale * (y + t.dy - cy), 0), height - 1);
    const y0 = sy | 0;
    const y1 = y0 + 1 < height ? y0 + 1 : y0;
    const fy = sy - y0;
    const rowA = y * width;
    for (let x = m; x < width - m; x += step) {
      const sx = Math.min(Math.max(cx + t.scale * (x + t.dx - cx), 0), width - 1);
      const x0 = sx | 0;
      const x1 = x0 + 1 < width ? x0 + 1 : x0;
      const fx = sx - x0;
      const top = b[y0 * width + x0]! + (b[y0 * width + x1]! - b[y0 * width + x0]!) * fx;
      const bottom = b[y1 * width + x0]! + (b[y1 * width + x1]! - b[y1 * width + x0]!) * fx;
      const vb = top + (bottom - top) * fy;
      const va = a[rowA + x]!;
      sab += va * vb;
      saa += va * va;
      sbb += vb * vb;
      sa += va;
      sb += vb;
      n += 1;
    }
  }
  return pearson(sab, saa, sbb, sa, sb, n);
}

function laplacian(plane: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(plane.length);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const p = y * width + x;
      out[p] = 4 * plane[p]! - plane[p - 1]! - plane[p + 1]! - plane[p - width]! - plane[p + width]!;
    }
  }
  return out;
}

/** Warps `image` (same size as the before) by `t`, bilinear per colour channel, with the mask of covered pixels. */
function warp(image: RgbaImage, t: Transform): { image: RgbaImage; valid: Uint8Array } {
  const { width, height } = image;
  const src = image.data;
  const out: RgbaImage = { width, height, data: new Uint8ClampedArray(width * height * 4) };
  const dst = out.data;
  const valid = new Uint8Array(width * height);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  // Source column and weight of each output column, computed once (the transform is separable).
  const columnFrom = new Int32Array(width);
  const columnNext = new Int32Array(width);
  const columnWeight = new Float32Array(width);
  const columnInside = new Uint8Array(width);
  for (let x = 0; x < width; x++) {
    const rawX = cx + t.scale * (x + t.dx - cx);
    columnInside[x] = rawX >= 0 && rawX <= width - 1 ? 1 : 0;
    const sx = Math.min(Math.max(rawX, 0), width - 1);
    const x0 = Math.floor(sx);
    columnFrom[x] = x0 * 4;
    columnNext[x] = Math.min(x0 + 1, width - 1) * 4;
    columnWeight[x] = sx - x0;
  }
  for (let y = 0; y < height; y++) {
    const rawY = cy + t.scale * (y + t.dy - cy);
    const rowInside = rawY >= 0 && rawY <= height - 1;
    const sy = Math.min(Math.max(rawY, 0), height - 1);
    const y0 = Math.floor(sy);
    const top = y0 * width * 4;
    const bottom = Math.min(y0 + 1, height - 1) * width * 4;
    const fy = sy - y0;
    for (let x = 0, o = y * width * 4; x < width; x++, o += 4) {
      if (rowInside && columnInside[x]) valid[y * width + x] = 1;
      const a = columnFrom[x]!;
      const b = columnNext[x]!;
      const fx = columnWeight[x]!;
      for (let c = 0; c < 3; c++) {
        const upper = src[top + a + c]! + (src[top + b + c]! - src[top + a + c]!) * fx;
        const lower = src[bottom + a + c]! + (src[bottom + b + c]! - src[bottom + a + c]!) * fx;
        dst[o + c] = upper + (lower - upper) * fy;
      }
      dst[o + 3] = 255;
    }
  }
  return { image: out, valid };
}

/** Aligns the after onto the before; null when they are not even the same scene. */
export function alignHalves(
  before: RgbaImage,
  after: RgbaImage,
  beforeLuma: Float32Array = lumaPlane(before),
  afterLuma: Float32Array = lumaPlane(after),
): Alignment | null {
  // Both at the working size first (luma only: the colour pictures are made only when the local
  // comparison needs them); the coarse pictures are made from those (cheaper).
  const ratio = Math.min(1, ALIGN_SIZE / Math.max(before.width, before.height));
  const ww = Math.max(16, Math.round(before.width * ratio));
  const wh = Math.max(16, Math.round(before.height * ratio));
  const workLumaBefore = resizePlane(beforeLuma, before.width, before.height, ww, wh);
  const workLumaAfter = resizePlane(afterLuma, after.width, after.height, ww, wh);
  // Coarse: both at 32 px (the before's aspect), standardised, so exposure does not matter.
  const cw = ww >= wh ? COARSE_SIZE : Math.max(8, Math.round((COARSE_SIZE * ww) / wh));
  const ch = ww >= wh ? Math.max(8, Math.round((COARSE_SIZE * wh) / ww)) : COARSE_SIZE;
  const a = standardise(resizePlane(workLumaBefore, ww, wh, cw, ch));
  const b = standardise(resizePlane(workLumaAfter, ww, wh, cw, ch));
  let best: Transform = { scale: 1, dx: 0, dy: 0 };
  let coarse = -1;
  for (const scale of COARSE_SCALES) {
    const scaled = scaledPlane(b, cw, ch, scale);
    for (let dy = -COARSE_SHIFT; dy <= COARSE_SHIFT; dy++) {
      for (let dx = -COARSE_SHIFT; dx <= COARSE_SHIFT; dx++) {
        const r = correlationAt(a, scaled, cw, ch, dx, dy, 1, 4);
        if (r > coarse) {
          coarse = r;
          best = { scale, dx, dy };
        }
      }
    }
    if (coarse > 0.97) break; // already lined up: the other scales cannot do better enough to matter
  }
  if (coarse < MIN_COARSE) return null;

  // Fine: at the working size, refine the shift (±2 px) then the scale (±0.02) on the fine texture.
  const fa = laplacian(workLumaBefore, ww, wh);
  const fbPlain = laplacian(workLumaAfter, ww, wh);
  const toWork = ww / cw;
  let fine = -1;
  let refined: Transform = { scale: best.scale, dx: Math.round(best.dx * toWork), dy: Math.round(best.dy * toWork) };
  const start0 = refined;
  // The after at the coarse scale once; the whole-pixel shifts then read it directly.
  const fb = scaledPlane(fbPlain, ww, wh, start0.scale);
  // One coarse pixel is `toWork` working pixels: search that far on a sparse grid, then ±1 densely.
  const reach = Math.ceil(toWork / 2) + 1;
  let sparse = -1;
  let centre = start0;
  for (let dy = -reach; dy <= reach; dy++) {
    for (let dx = -reach; dx <= reach; dx++) {
      const t = { scale: start0.scale, dx: start0.dx + dx, dy: start0.dy + dy };
      const r = correlationAt(fa, fb, ww, wh, t.dx, t.dy, 4, 8);
      if (r > sparse) {
        sparse = r;
        centre = t;
      }
    }
  }
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const t = { scale: start0.scale, dx: centre.dx + dx, dy: centre.dy + dy };
      const r = correlationAt(fa, fb, ww, wh, t.dx, t.dy, 2, 8);
      if (r > fine) {
        fine = r;
        refined = t;
      }
    }
  }
  // Far below the line after the whole-pixel search: a new photograph; spare the refinements.
  const worthRefining = fine >= CLEARLY_NOT_SAME;
  const shifted = refined;
  for (const ds of worthRefining ? [-0.02, -0.01, 0.01, 0.02] : []) {
    const t = { ...shifted, scale: shifted.scale + ds };
    const r = correlationWarped(fa, fbPlain, ww, wh, t, 2, 8);
    if (r > fine) {
      fine = r;
      refined = t;
    }
  }
  // Half-pixel steps: two resamplings of one photograph rarely share the pixel grid, and fine
  // texture decorrelates fast with a fractional offset.
  const whole = refined;
  const halfSteps = worthRefining && fine < SAME_PHOTO_FINE ? ([[0.5, 0], [-0.5, 0], [0, 0.5], [0, -0.5]] as const) : [];
  for (const [hx, hy] of halfSteps) {
    const t = { scale: whole.scale, dx: whole.dx + hx, dy: whole.dy + hy };
    const r = correlationWarped(fa, fbPlain, ww, wh, t, 2, 8);
    if (r > fine) {
      fine = r;
      refined = t;
    }
  }
  let warped: { image: RgbaImage; valid: Uint8Array } | null = null;
  let workBefore: RgbaImage | null = null;
  return {
    coarse,
    fine,
    samePhoto: fine >= SAME_PHOTO_FINE,
    transform: refined,
    work: { width: ww, height: wh },
    get before(): RgbaImage {
      workBefore ??= resizeArea(before, ww, wh);
      return workBefore;
    },
    get after(): RgbaImage {
      warped ??= warp(resizeArea(after, ww, wh), refined);
      return warped.image;
    },
    get valid(): Uint8Array {
      warped ??= warp(resizeArea(after, ww, wh), refined);
      return warped.valid;
    },
  };
}

/** One axis of the overlap: the before's span [p0, p1) and the after's [q0, q1), in half pixels. */
function overlapAxis(size: number, work: number, scale: number, shift: number): [number, number, number, number] | null {
  const c = (work - 1) / 2;
  // After coordinate of a before coordinate p (working pixels): c + scale·(p + shift − c).
  const from = Math.max(0, c - c / scale - shift);
  const to = Math.min(work - 1, c + c / scale - shift);
  if (to - from < work / 2) return null; // under half in common: not worth the crop
  const k = size / work;
  const margin = Math.ceil(k);
  const p0 = Math.ceil(from * k) + margin;
  const p1 = Math.floor((to + 1) * k) - margin;
  const q0 = Math.ceil((c + scale * (from + shift - c)) * k) + margin;
  const q1 = Math.floor((c + scale * (to + shift - c) + 1) * k) - margin;
  if (p1 - p0 < 16 || q1 - q0 < 16) return null;
  return [p0, Math.min(size, p1), Math.max(0, q0), Math.min(size, q1)];
}

/**
 * The part of the scene both halves show, as a rectangle of each (at the halves' own size, which
 * both share). Statistics compared on it are not moved by a different framing: a reframed shot
 * takes in more of a red curtain or a dark suit, and a median of colour can jump with that.
 * Null when the halves share too little to be worth it.
 */
export function commonArea(alignment: Alignment, width: number, height: number): { before: Rect; after: Rect } | null {
  const { scale, dx, dy } = alignment.transform;
  const x = overlapAxis(width, alignment.work.width, scale, dx);
  const y = overlapAxis(height, alignment.work.height, scale, dy);
  if (!x || !y) return null;
  return {
    before: { x: x[0], y: y[0], width: x[1] - x[0], height: y[1] - y[0] },
    after: { x: x[2], y: y[2], width: x[3] - x[2], height: y[3] - y[2] },
  };
}
