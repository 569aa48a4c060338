import type { Rect, RgbaImage } from './types';

/** Largest side the analysis works at; larger inputs are averaged down first (issue 6: ≤ 512 px). */
export const ANALYSIS_MAX_SIDE = 512;

export function createImage(width: number, height: number): RgbaImage {
  return { width, height, data: new Uint8ClampedArray(width * height * 4) };
}

/** True when the object has the shape of decoded RGBA pixels (hostile sizes are refused). */
export function isRgbaImage(value: RgbaImage): boolean {
  const { width, height, data } = value;
  return Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0 && data.length === width * height * 4;
}

export function crop(image: RgbaImage, rect: Rect): RgbaImage {
  const out = createImage(rect.width, rect.height);
  for (let y = 0; y < rect.height; y++) {
    const from = ((rect.y + y) * image.width + rect.x) * 4;
    out.data.set(image.data.subarray(from, from + rect.width * 4), y * rect.width * 4);
  }
  return out;
}

/** A rectangle of a single-channel plane (the luma of a crop, without converting its pixels again). */
export function cropPlane(plane: Float32Array, width: number, rect: Rect): Float32Array {
  const out = new Float32Array(rect.width * rect.height);
  for (let y = 0; y < rect.height; y++) {
    const from = (rect.y + y) * width + rect.x;
    out.set(plane.subarray(from, from + rect.width), y * rect.width);
  }
  return out;
}

/**
 * Area-average resize to `width` x `height` (each output pixel averages the input pixels it covers,
 * so downscaling does not alias texture). Upscaling falls back to nearest neighbour per axis.
 */
export function resizeArea(image: RgbaImage, width: number, height: number): RgbaImage {
  if (width === image.width && height === image.height) return image;
  const out = createImage(width, height);
  const sx = image.width / width;
  const sy = image.height / height;
  // Source column span of each output column, computed once.
  const xFrom = new Int32Array(width);
  const xTo = new Int32Array(width);
  for (let ox = 0; ox < width; ox++) {
    xFrom[ox] = Math.min(image.width - 1, Math.floor(ox * sx));
    xTo[ox] = Math.min(image.width, Math.max(xFrom[ox]! + 1, Math.floor((ox + 1) * sx)));
  }
  const sums = new Float64Array(width * 4);
  const src = image.data;
  for (let oy = 0; oy < height; oy++) {
    sums.fill(0);
    const y0 = Math.min(image.height - 1, Math.floor(oy * sy));
    const y1 = Math.min(image.height, Math.max(y0 + 1, Math.floor((oy + 1) * sy)));
    for (let y = y0; y < y1; y++) {
      const row = y * image.width;
      for (let ox = 0; ox < width; ox++) {
        let r = 0;
        let g = 0;
        let b = 0;
        let a = 0;
        for (let x = xFrom[ox]!, i = (row + x) * 4; x < xTo[ox]!; x++, i += 4) {
          r += src[i]!;
          g += src[i + 1]!;
          b += src[i + 2]!;
          a += src[i + 3]!;
        }
        const k = ox * 4;
        sums[k]! += r;
        sums[k + 1]! += g;
        sums[k + 2]! += b;
        sums[k + 3]! += a;
      }
    }
    const rows = y1 - y0;
    for (let ox = 0; ox < width; ox++) {
      const n = rows * (xTo[ox]! - xFrom[ox]!);
      const o = (oy * width + ox) * 4;
      out.data[o] = sums[ox * 4]! / n;
      out.data[o + 1] = sums[ox * 4 + 1]! / n;
      out.data[o + 2] = sums[ox * 4 + 2]! / n;
      out.data[o + 3] = sums[ox * 4 + 3]! / n;
    }
  }
  return out;
}

/** The size that fits `width` x `height` inside `maxSide` on the long side, keeping the aspect. */
export function fitInside(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Downscales to at most `maxSide` on the long side (area average); smaller images are kept. */
export function limitSize(image: RgbaImage, maxSide = ANALYSIS_MAX_SIDE): RgbaImage {
  const size = fitInside(image.width, image.height, maxSide);
  return resizeArea(image, size.width, size.height);
}

/**
 * Luma (Rec. 601 weights on the gamma-encoded values, 0..255) per pixel. Transparent pixels are
 * composited on white, as a page would show them.
 */
export function lumaPlane(image: RgbaImage): Float32Array {
  const n = image.width * image.height;
  const out = new Float32Array(n);
  const d = image.data;
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    const y = 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
    const alpha = d[i + 3]!;
    // Opaque pixels (nearly all) skip the compositing arithmetic.
    out[p] = alpha === 255 ? y : (y * alpha + 255 * (255 - alpha)) / 255;
  }
  return out;
}

/**
 * Area-average resize of a single-channel plane (the same spans as `resizeArea`): a quarter of the
 * work of resizing RGBA when only luma is needed.
 */
export function resizePlane(plane: Float32Array, width: number, height: number, outWidth: number, outHeight: number): Float32Array {
  if (outWidth === width && outHeight === height) return plane;
  const out = new Float32Array(outWidth * outHeight);
  const sx = width / outWidth;
  const sy = height / outHeight;
  const xFrom = new Int32Array(outWidth + 1);
  const xTo = new Int32Array(outWidth);
  for (let ox = 0; ox < outWidth; ox++) {
    xFrom[ox] = Math.min(width - 1, Math.floor(ox * sx));
    xTo[ox] = Math.min(width, Math.max(xFrom[ox]! + 1, Math.floor((ox + 1) * sx)));
  }
  // The input rows of one output row summed first, then each output pixel sums its span of that.
  const rowSum = new Float32Array(width);
  for (let oy = 0; oy < outHeight; oy++) {
    const y0 = Math.min(height - 1, Math.floor(oy * sy));
    const y1 = Math.min(height, Math.max(y0 + 1, Math.floor((oy + 1) * sy)));
    rowSum.set(plane.subarray(y0 * width, y0 * width + width));
    for (let y = y0 + 1; y < y1; y++) {
      for (let x = 0, p = y * width; x < width; x++, p++) rowSum[x]! += plane[p]!;
    }
    const rows = y1 - y0;
    const o = oy * outWidth;
    for (let ox = 0; ox < outWidth; ox++) {
      const from = xFrom[ox]!;
      const to = xTo[ox]!;
      let sum = 0;
      for (let x = from; x < to; x++) sum += rowSum[x]!;
      out[o + ox] = sum / (rows * (to - from));
    }
  }
  return out;
}

/** Bilinear sample of a single-channel plane (clamped at the borders). */
export function sampleBilinear(plane: Float32Array, width: number, height: number, x: number, y: number): number {
  const cx = Math.min(Math.max(x, 0), width - 1);
  const cy = Math.min(Math.max(y, 0), height - 1);
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = Math.min(x0 + 1, width - 1);
  const y1 = Math.min(y0 + 1, height - 1);
  const fx = cx - x0;
  const fy = cy - y0;
  const top = plane[y0 * width + x0]! * (1 - fx) + plane[y0 * width + x1]! * fx;
  const bottom = plane[y1 * width + x0]! * (1 - fx) + plane[y1 * width + x1]! * fx;
  return top * (1 - fy) + bottom * fy;
}
