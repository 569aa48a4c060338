import { alignHalves, commonArea } from './align';
import { findLayout } from './layout';
import { localDiff } from './local-diff';
import { crop, cropPlane, isRgbaImage, limitSize, lumaPlane, resizeArea } from './raster';
import { bestCorrelation, normalisedThumb } from './similarity';
import { pairSignals } from './signals';
import type { PairMeasures } from './signals/types';
import { measureHalf } from './stats';
import type { ImageLayout, ImageSignal, ImageVerdict, Rect, RgbaImage } from './types';
import { imageVerdict } from './verdict';

export interface PairAnalysis {
  /** Where the before and the after are in the analysed image (absent for a carousel pair). */
  rects?: [Rect, Rect];
  /** The two halves at the size they were measured (for the "equal light" rendering). */
  before: RgbaImage;
  after: RgbaImage;
  measures: PairMeasures;
  signals: ImageSignal[];
}

export interface ImageAnalysis {
  layout: ImageLayout;
  pairs: PairAnalysis[];
  /** The strongest finding of each kind over all pairs. */
  signals: ImageSignal[];
  verdict: ImageVerdict;
}

/** Carousel images must look alike (same subject) to be read as a before and an after. */
const PAIR_SIMILARITY = 0.35;
/** Halves within this relative size difference are cropped to a common size, not resampled. */
const CROP_TOLERANCE = 0.08;

/**
 * Pixels shaved off each side of a half before it is measured: JPEG's 8x8 blocks and the resize to
 * the analysis size blend a half's outermost pixels with the gap or the other half.
 */
const EDGE_SHAVE = 2;

function inset(rect: Rect): Rect {
  const x = rect.width > 8 * EDGE_SHAVE ? EDGE_SHAVE : 0;
  const y = rect.height > 8 * EDGE_SHAVE ? EDGE_SHAVE : 0;
  return { x: rect.x + x, y: rect.y + y, width: rect.width - 2 * x, height: rect.height - 2 * y };
}

function centreCrop(image: RgbaImage, width: number, height: number): RgbaImage {
  if (image.width === width && image.height === height) return image;
  return crop(image, { x: (image.width - width) >> 1, y: (image.height - height) >> 1, width, height });
}

/**
 * Brings two halves to the same size, so texture compares at one resolution. Nearly equal halves
 * (a split that left a line more on one side) are cropped: resampling would blur one of them and
 * hide that the two are one photograph. Others are scaled to the smaller one's size.
 */
function sameSize(before: RgbaImage, after: RgbaImage): [RgbaImage, RgbaImage] {
  const width = Math.min(before.width, after.width);
  const height = Math.min(before.height, after.height);
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= CROP_TOLERANCE * Math.max(a, b);
  if (close(before.width, after.width) && close(before.height, after.height)) {
    return [centreCrop(before, width, height), centreCrop(after, width, height)];
  }
  return [resizeArea(before, width, height), resizeArea(after, width, height)];
}

/** Two halves of equal size, with their luma when it is already known. */
interface Halves {
  before: RgbaImage;
  after: RgbaImage;
  lumas?: [Float32Array, Float32Array];
}

/**
 * The halves of a composite at one size: nearly equal rectangles are centre-cropped in place, so
 * their luma is cut from the whole image's (converted once); others are resampled by `sameSize`.
 */
function halvesOf(image: RgbaImage, luma: Float32Array, rawBefore: Rect, rawAfter: Rect): Halves {
  const b = inset(rawBefore);
  const a = inset(rawAfter);
  const width = Math.min(b.width, a.width);
  const height = Math.min(b.height, a.height);
  const close = (p: number, q: number): boolean => Math.abs(p - q) <= CROP_TOLERANCE * Math.max(p, q);
  if (!close(b.width, a.width) || !close(b.height, a.height)) {
    const [before, after] = sameSize(crop(image, b), crop(image, a));
    return { before, after };
  }
  const centred = (r: Rect): Rect => ({ x: r.x + ((r.width - width) >> 1), y: r.y + ((r.height - height) >> 1), width, height });
  const rb = centred(b);
  const ra = centred(a);
  return { before: crop(image, rb), after: crop(image, ra), lumas: [cropPlane(luma, image.width, rb), cropPlane(luma, image.width, ra)] };
}

function analyseHalves(halves: Halves, rects?: [Rect, Rect]): PairAnalysis {
  const { before, after } = halves;
  const [beforeLuma, afterLuma] = halves.lumas ?? [lumaPlane(before), lumaPlane(after)];
  const alignment = alignHalves(before, after, beforeLuma, afterLuma);
  // Same scene: compare what both show, so a reframing does not read as a change of light or colour.
  const common = alignment ? commonArea(alignment, before.width, before.height) : null;
  const measures: PairMeasures = {
    before: common ? measureHalf(crop(before, common.before), cropPlane(beforeLuma, before.width, common.before)) : measureHalf(before, beforeLuma),
    after: common ? measureHalf(crop(after, common.after), cropPlane(afterLuma, after.width, common.after)) : measureHalf(after, afterLuma),
    alignment,
    local: alignment?.samePhoto ? localDiff(alignment) : null,
  };
  return { rects, before, after, measures, signals: pairSignals(measures) };
}

function strongestPerKind(pairs: PairAnalysis[]): ImageSignal[] {
  const best = new Map<string, ImageSignal>();
  for (const signal of pairs.flatMap((p) => p.signals)) {
    const seen = best.get(signal.id);
    if (!seen || signal.strength > seen.strength) best.set(signal.id, signal);
  }
  return [...best.values()];
}

function result(layout: ImageLayout, pairs: PairAnalysis[]): ImageAnalysis {
  const signals = layout === 'single' ? [] : strongestPerKind(pairs);
  return { layout, pairs, signals, verdict: imageVerdict(layout, signals) };
}

const EMPTY: ImageAnalysis = { layout: 'single', pairs: [], signals: [], verdict: 'not-before-after' };

/**
 * Analyses one image: finds whether it is a before/after composite, and if so measures each pair.
 * Inputs larger than 512 px on the long side are averaged down first. Never throws on odd sizes.
 */
export function analyseImage(input: RgbaImage): ImageAnalysis {
  if (!isRgbaImage(input)) return EMPTY;
  const image = limitSize(input);
  const luma = lumaPlane(image);
  const found = findLayout(luma, image.width, image.height);
  if (found.layout === 'single') return result('single', []);
  const pairs = found.pairs.map(([b, a]) => analyseHalves(halvesOf(image, luma, b, a), [b, a]));
  return result(found.layout, pairs);
}

/**
 * Analyses two separate images (a carousel's before and after). They are read as a pair only when
 * they show the same subject at a glance; otherwise the answer is `single` with no signals.
 */
export function analysePair(beforeInput: RgbaImage, afterInput: RgbaImage): ImageAnalysis {
  if (!isRgbaImage(beforeInput) || !isRgbaImage(afterInput)) return EMPTY;
  const before = limitSize(beforeInput, 384);
  const after = limitSize(afterInput, 384);
  const a = lumaPlane(before);
  const b = lumaPlane(after);
  const alike = bestCorrelation(
    normalisedThumb(a, before.width, 0, 0, before.width, before.height),
    normalisedThumb(b, after.width, 0, 0, after.width, after.height),
  );
  if (before.width < 16 || before.height < 16 || after.width < 16 || after.height < 16 || alike < PAIR_SIMILARITY) {
    return result('single', []);
  }
  const [sameBefore, sameAfter] = sameSize(before, after);
  return result('pair', [analyseHalves({ before: sameBefore, after: sameAfter })]);
}
