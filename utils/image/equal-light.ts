import { createImage, resizeArea } from './raster';
import type { RgbaImage } from './types';

/**
 * "See it in equal light": the pair side by side with the after's exposure and white balance matched
 * to the before's (a gain per channel that brings the after's channel medians onto the before's),
 * so what is left of the change is what the light did not make.
 */

function channelMedians(image: RgbaImage): [number, number, number] {
  const histograms = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i + 3]! < 128) continue;
    histograms[0]![image.data[i]!]! += 1;
    histograms[1]![image.data[i + 1]!]! += 1;
    histograms[2]![image.data[i + 2]!]! += 1;
    n += 1;
  }
  return histograms.map((h) => {
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += h[v]!;
      if (seen >= n / 2) return v;
    }
    return 255;
  }) as [number, number, number];
}

/** The after with each channel scaled so its medians match the before's (gains kept within ½..2). */
export function matchToBefore(before: RgbaImage, after: RgbaImage): RgbaImage {
  const target = channelMedians(before);
  const source = channelMedians(after);
  const gains = target.map((t, c) => Math.min(2, Math.max(0.5, (t + 1) / (source[c]! + 1))));
  const out = createImage(after.width, after.height);
  for (let i = 0; i < after.data.length; i += 4) {
    out.data[i] = after.data[i]! * gains[0]!;
    out.data[i + 1] = after.data[i + 1]! * gains[1]!;
    out.data[i + 2] = after.data[i + 2]! * gains[2]!;
    out.data[i + 3] = 255;
  }
  return out;
}

const GAP = 4;

/** Before | matched after, `height` px tall, on white, ready to be encoded as a small JPEG. */
export function renderEqualLight(before: RgbaImage, after: RgbaImage, height = 180): RgbaImage {
  const h = Math.max(1, Math.min(height, before.height));
  const wb = Math.max(1, Math.round((before.width * h) / before.height));
  const wa = Math.max(1, Math.round((after.width * h) / after.height));
  const left = resizeArea(before, wb, h);
  const right = matchToBefore(before, resizeArea(after, wa, h));
  const out = createImage(wb + GAP + wa, h);
  out.data.fill(255);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < wb; x++) {
      const o = (y * out.width + x) * 4;
      const i = (y * wb + x) * 4;
      out.data[o] = left.data[i]!;
      out.data[o + 1] = left.data[i + 1]!;
      out.data[o + 2] = left.data[i + 2]!;
    }
    for (let x = 0; x < wa; x++) {
      const o = (y * out.width + wb + GAP + x) * 4;
      const i = (y * wa + x) * 4;
      out.data[o] = right.data[i]!;
      out.data[o + 1] = right.data[i + 1]!;
      out.data[o + 2] = right.data[i + 2]!;
    }
  }
  return out;
}
