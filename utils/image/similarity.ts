/** How alike two luma planes look at a glance: the same subject, framed about the same way. */

const THUMB = 24;

/** Area-averages a region of a luma plane to `size` x `size`, normalised to zero mean and unit variance. */
export function normalisedThumb(luma: Float32Array, width: number, x0: number, y0: number, w: number, h: number, size = THUMB): Float32Array {
  const out = new Float32Array(size * size);
  for (let ty = 0; ty < size; ty++) {
    const ya = y0 + Math.floor((ty * h) / size);
    const yb = Math.max(ya + 1, y0 + Math.floor(((ty + 1) * h) / size));
    for (let tx = 0; tx < size; tx++) {
      const xa = x0 + Math.floor((tx * w) / size);
      const xb = Math.max(xa + 1, x0 + Math.floor(((tx + 1) * w) / size));
      let sum = 0;
      let count = 0;
      for (let y = ya; y < yb; y++) {
        for (let x = xa; x < xb; x++) {
          sum += luma[y * width + x]!;
          count += 1;
        }
      }
      out[ty * size + tx] = sum / count;
    }
  }
  return standardise(out);
}

/** Summed-area table of a luma plane: any rectangle's sum in four look-ups. */
export interface SummedArea {
  sums: Float64Array;
  width: number;
}

export function summedArea(luma: Float32Array, width: number, height: number): SummedArea {
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += luma[y * width + x]!;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
    }
  }
  return { sums, width };
}

/** `normalisedThumb` from a summed-area table: the same cells, without a pass over the pixels. */
export function normalisedThumbFromSums(table: SummedArea, x0: number, y0: number, w: number, h: number, size = THUMB): Float32Array {
  const out = new Float32Array(size * size);
  const stride = table.width + 1;
  const { sums } = table;
  for (let ty = 0; ty < size; ty++) {
    const ya = y0 + Math.floor((ty * h) / size);
    const yb = Math.max(ya + 1, y0 + Math.floor(((ty + 1) * h) / size));
    for (let tx = 0; tx < size; tx++) {
      const xa = x0 + Math.floor((tx * w) / size);
      const xb = Math.max(xa + 1, x0 + Math.floor(((tx + 1) * w) / size));
      const sum = sums[yb * stride + xb]! - sums[ya * stride + xb]! - sums[yb * stride + xa]! + sums[ya * stride + xa]!;
      out[ty * size + tx] = sum / ((yb - ya) * (xb - xa));
    }
  }
  return standardise(out);
}

export function standardise(values: Float32Array): Float32Array {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length || 1;
  let variance = 0;
  for (const v of values) variance += (v - mean) ** 2;
  const std = Math.sqrt(variance / (values.length || 1));
  for (let i = 0; i < values.length; i++) values[i] = std > 1e-6 ? (values[i]! - mean) / std : 0;
  return values;
}

/**
 * Best normalised cross-correlation of two standardised `size` x `size` thumbnails over small
 * shifts (a different framing of the same subject), using only the overlap.
 */
export function bestCorrelation(a: Float32Array, b: Float32Array, size = THUMB, maxShift = 2): number {
  let best = -1;
  for (let dy = -maxShift; dy <= maxShift; dy++) {
    for (let dx = -maxShift; dx <= maxShift; dx++) {
      let sab = 0;
      let saa = 0;
      let sbb = 0;
      for (let y = Math.max(0, -dy); y < Math.min(size, size - dy); y++) {
        for (let x = Math.max(0, -dx); x < Math.min(size, size - dx); x++) {
          const va = a[y * size + x]!;
          const vb = b[(y + dy) * size + x + dx]!;
          sab += va * vb;
          saa += va * va;
          sbb += vb * vb;
        }
      }
      const r = saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
      if (r > best) best = r;
    }
  }
  return best;
}
