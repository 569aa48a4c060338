import { bestCorrelation, normalisedThumbFromSums, summedArea, type SummedArea } from './similarity';
import type { ImageLayout, Rect } from './types';

/** Where a composite splits: its layout and the before/after rectangles of each pair. */
export interface LayoutResult {
  layout: ImageLayout;
  /** Each pair as [before, after]; the whole image for `single`. */
  pairs: [Rect, Rect][];
}

interface Plane {
  luma: Float32Array;
  width: number;
  height: number;
  /** Made on first use: the likeness of candidate halves reads thumbnails from it. */
  sums?: SummedArea;
}

interface Split {
  /** First pixel of the band between the halves, and the first pixel after it. */
  start: number;
  end: number;
  /** A plain band, a hard seam, or a weaker seam exactly in the middle. */
  kind: 'band' | 'seam' | 'middle';
  score: number;
}

/** A split is looked for only near the middle: composites put the halves about equal. */
const SPLIT_FROM = 0.3;
const SPLIT_TO = 0.7;
/**
 * Luma tolerance (levels) for a pixel to count as part of a plain gap or border. Tight on purpose:
 * smooth skin is nearly plain too, while a gap is flat to within JPEG's ripple.
 */
const UNIFORM_TOLERANCE = 3.5;
/** Share of a line's pixels that must be plain for it to be a gap or border (text labels are the rest). */
const UNIFORM_SHARE = 0.9;
/** A seam without a gap: the step across it is this many times the steps around it. */
const SEAM_RATIO = 2.5;
/** How alike the halves must look (best correlation of 24x24 thumbnails). */
const SIMILAR_WITH_BAND = 0.35;
const SIMILAR_WITH_SEAM = 0.5;
const MIN_HALF = 16;

const BINS = new Uint16Array(256);
const PROBE = new Float32Array(16);

/**
 * A line (column when `vertical`) of `rect` is plain when nearly all of its pixels sit within the
 * tolerance of its median: the signature of a gap, a border, or a label strip's background.
 */
function lineIsPlain(plane: Plane, rect: Rect, index: number, vertical: boolean, tolerance = UNIFORM_TOLERANCE, share = UNIFORM_SHARE): boolean {
  const { luma, width } = plane;
  const length = vertical ? rect.height : rect.width;
  // Walk the line as (start, stride) over the flat plane.
  const first = vertical ? rect.y * width + index : index * width + rect.x;
  const stride = vertical ? width : 1;
  // Quick refusal (most lines are photo, not gap): 16 samples spread along the line, the middle
  // ten of them sorted, must already sit within the tolerance band.
  for (let k = 0; k < 16; k++) PROBE[k] = luma[first + Math.floor(((k + 0.5) * length) / 16) * stride]!;
  PROBE.sort();
  if (PROBE[12]! - PROBE[3]! > 2 * tolerance) return false;
  BINS.fill(0);
  for (let k = 0, p = first; k < length; k++, p += stride) BINS[luma[p]! | 0]! += 1;
  let seen = 0;
  let median = 0;
  for (let bin = 0; bin < 256; bin++) {
    seen += BINS[bin]!;
    if (seen >= length / 2) {
      median = bin + 0.5;
      break;
    }
  }
  let plain = 0;
  for (let k = 0, p = first; k < length; k++, p += stride) if (Math.abs(luma[p]! - median) <= tolerance) plain += 1;
  return plain >= share * length;
}

/** Removes plain borders (frames, label strips) from the edges of `rect`, at most `share` of it per side. */
export function trimPlainBorders(plane: Plane, rect: Rect, share = 0.25, tolerance = UNIFORM_TOLERANCE, plainShare = UNIFORM_SHARE): Rect {
  let { x, y, width, height } = rect;
  const maxX = Math.floor(rect.width * share);
  const maxY = Math.floor(rect.height * share);
  let cut = 0;
  while (cut < maxX && width > MIN_HALF && lineIsPlain(plane, { x, y, width, height }, x, true, tolerance, plainShare)) { x++; width--; cut++; }
  cut = 0;
  while (cut < maxX && width > MIN_HALF && lineIsPlain(plane, { x, y, width, height }, x + width - 1, true, tolerance, plainShare)) { width--; cut++; }
  cut = 0;
  while (cut < maxY && height > MIN_HALF && lineIsPlain(plane, { x, y, width, height }, y, false, tolerance, plainShare)) { y++; height--; cut++; }
  cut = 0;
  while (cut < maxY && height > MIN_HALF && lineIsPlain(plane, { x, y, width, height }, y + height - 1, false, tolerance, plainShare)) { height--; cut++; }
  return { x, y, width, height };
}

const SEGMENT = 8;
const BLOCK_LINES = 4;
/** Pixels summed per segment (every other one of its 8). */
const SEGMENT_SAMPLES = SEGMENT / 2;

/**
 * For lines `first`..`last` across the search direction, the sums of luma (`tone`) and of
 * |Laplacian| of luma (`texture`, interior pixels only) in segments of 8 along each line, so that
 * the step between blocks of 4 lines on either side of a candidate seam costs little. One pass in
 * memory order for both, on every other pixel along the lines; only the lines near the middle that
 * a seam search reads are summed.
 */
function segmentSums(plane: Plane, rect: Rect, vertical: boolean, first: number, last: number): { tone: SegmentTable; texture: SegmentTable } {
  const { luma, width, height } = plane;
  const lines = vertical ? width : height;
  const length = vertical ? rect.height : rect.width;
  const segments = Math.max(1, Math.floor(length / SEGMENT));
  const tone = new Float32Array(lines * segments);
  const texture = new Float32Array(lines * segments);
  const along = vertical ? rect.y : rect.x;
  const end = along + Math.min(length, segments * SEGMENT);
  if (vertical) {
    // Lines are the columns first..last: walk rows, adding each pixel to its column's segment.
    const x0 = Math.max(first, 1);
    const x1 = Math.min(last, width - 2);
    // Every other pixel along a line: a segment's mean needs no more, and it halves the work.
    for (let y = along; y < end; y += 2) {
      const s = ((y - along) / SEGMENT) | 0;
      const interior = y > 0 && y < height - 1;
      for (let x = x0, p = y * width + x0, q = x0 * segments + s; x <= x1; x++, p++, q += segments) {
        const v = luma[p]!;
        tone[q]! += v;
        if (interior) {
          const lap = 4 * v - luma[p - 1]! - luma[p + 1]! - luma[p - width]! - luma[p + width]!;
          texture[q]! += lap < 0 ? -lap : lap;
        }
      }
    }
    return { tone: { sums: tone, segments }, texture: { sums: texture, segments } };
  }
  const xEnd = Math.min(end, width - 1);
  for (let y = Math.max(first, 1); y <= Math.min(last, height - 2); y++) {
    const row = y * width;
    for (let x = Math.max(along, 1), p = row + x; x < xEnd; x += 2, p += 2) {
      const v = luma[p]!;
      const q = y * segments + (((x - along) / SEGMENT) | 0);
      const lap = 4 * v - luma[p - 1]! - luma[p + 1]! - luma[p - width]! - luma[p + width]!;
      tone[q]! += v;
      texture[q]! += lap < 0 ? -lap : lap;
    }
  }
  return { tone: { sums: tone, segments }, texture: { sums: texture, segments } };
}

interface SegmentTable {
  sums: Float32Array;
  segments: number;
}

/** Sum of `lines` lines of one segment starting at line `from`. */
function blockSum(table: SegmentTable, s: number, from: number, lines: number): number {
  let sum = 0;
  for (let k = 0; k < lines; k++) sum += table.sums[(from + k) * table.segments + s]!;
  return sum;
}

/**
 * The step across line `index`: per segment, the mean of the 4 lines from `index` on minus the mean
 * of the 4 lines before it, averaged over segments. Averaging 32 pixels on each side cancels fine
 * texture and noise, while the change of content across a seam stays.
 */
function stepAcross(table: SegmentTable, index: number): number {
  let total = 0;
  for (let s = 0; s < table.segments; s++) total += Math.abs(blockSum(table, s, index, BLOCK_LINES) - blockSum(table, s, index - BLOCK_LINES, BLOCK_LINES));
  return total / (table.segments * BLOCK_LINES * SEGMENT_SAMPLES);
}

/** Lines left out on each side of a candidate seam for the texture step (the seam's own edge is texture too). */
const TEXTURE_SKIP = 2;

/**
 * The texture step across line `index`: per segment, |log| of the ratio of fine-texture energy
 * (|Laplacian|) in the 4 lines past the seam to the 4 lines before it. Two photos put together
 * without a gap often differ in sharpness, noise or smoothing, even where their tones meet evenly.
 */
function textureStepAcross(table: SegmentTable, index: number): number {
  let total = 0;
  for (let s = 0; s < table.segments; s++) {
    const after = blockSum(table, s, index + TEXTURE_SKIP, BLOCK_LINES);
    const before = blockSum(table, s, index - TEXTURE_SKIP - BLOCK_LINES, BLOCK_LINES);
    total += Math.abs(Math.log((after + TEXTURE_FLOOR) / (before + TEXTURE_FLOOR)));
  }
  return total / table.segments;
}

/** Added to texture sums so that flat areas (a gap, a clear sky) do not make wild ratios. */
const TEXTURE_FLOOR = BLOCK_LINES * SEGMENT_SAMPLES * 2;

/**
 * How a step compares with the steps around it (neighbours whose blocks do not overlap its own),
 * for the local peaks of the steps and for the lines next to `middle` (0 elsewhere: no candidate).
 */
function peakScores(steps: Float32Array, from: number, to: number, lo: number, floor: number, middle: number): Float32Array {
  const scores = new Float32Array(to - from + 1);
  const around = new Float32Array(20);
  for (let i = from; i <= to; i++) {
    const k = i - lo;
    const peak = steps[k]! >= steps[k - 1]! && steps[k]! >= steps[k + 1]!;
    if (!peak && Math.abs(i - middle) > 1) continue;
    let count = 0;
    for (let j = Math.max(0, k - 16); j < Math.max(0, k - 6); j++) around[count++] = steps[j]!;
    for (let j = k + 7; j < Math.min(steps.length, k + 17); j++) around[count++] = steps[j]!;
    if (count < 8) continue;
    const sorted = around.subarray(0, count).sort();
    scores[i - from] = steps[k]! / (sorted[count >> 1]! + floor);
  }
  return scores;
}

/** Seam candidates kept per direction (the halves' likeness then picks among them). */
const MAX_SEAMS = 3;
/** The exact middle is where a composite of two equal photos without a gap splits: a weaker seam there is enough. */
const MIDDLE_RATIO = 1.8;

/**
 * Candidate splits of `rect` along x (`vertical`) or y: a plain band (gap or border) when there is
 * one, else the strongest seams near the middle (a step in tone or in texture much larger than the
 * steps around it), and the exact middle when a seam there is at least plausible.
 */
function findSplits(plane: Plane, rect: Rect, vertical: boolean, bandsOnly = false): Split[] {
  const origin = vertical ? rect.x : rect.y;
  const size = vertical ? rect.width : rect.height;
  if (size < 2 * MIN_HALF + 2) return [];
  const from = origin + Math.floor(size * SPLIT_FROM);
  const to = origin + Math.ceil(size * SPLIT_TO);

  // A plain band (gap or border between the photos): the widest run of plain lines in the middle.
  let best: Split | null = null;
  let runStart = -1;
  for (let i = from; i <= to + 1; i++) {
    const plain = i <= to && lineIsPlain(plane, rect, i, vertical);
    if (plain && runStart < 0) runStart = i;
    if (!plain && runStart >= 0) {
      // Extend the run past the search window, so a wide band is cut out whole.
      let start = runStart;
      let end = i;
      while (start > origin + MIN_HALF && lineIsPlain(plane, rect, start - 1, vertical)) start--;
      while (end < origin + size - MIN_HALF && lineIsPlain(plane, rect, end, vertical)) end++;
      // One plain line can happen by chance in smooth skin; a gap is at least two.
      if (end - start >= 2 && (!best || end - start > best.end - best.start)) best = { start, end, kind: 'band', score: end - start };
      runStart = -1;
    }
  }
  const bands: Split[] = [];
  if (best) {
    bands.push(best);
    // A band that runs into a plain wall of one photo is off-centre; the gap itself is the part of
    // it that leaves two equal halves. Both readings go to the likeness test.
    const left = best.start - origin;
    const right = origin + size - best.end;
    // The photo with the plain wall lost width to the band: give the other photo's width back to it.
    const inner = left > right ? { ...best, end: origin + size - left } : { ...best, start: origin + right };
    if (Math.abs(left - right) > 2 && inner.end - inner.start >= 1) bands.push({ ...inner, score: inner.end - inner.start });
    // An exact gap (as wide on both sides of the middle) needs no other reading.
    if (Math.abs(left - right) <= 2) return bands;
  }

  // Hard seams: one step (in tone or in texture) much larger than the steps on either side of it.
  const lo = Math.max(origin + BLOCK_LINES + TEXTURE_SKIP, from - 17);
  const hi = Math.min(origin + size - BLOCK_LINES - TEXTURE_SKIP, to + 17);
  if (hi - lo < 20 || bandsOnly) return bands;
  const first = lo - BLOCK_LINES - TEXTURE_SKIP;
  const last = Math.min(hi + BLOCK_LINES + TEXTURE_SKIP, (vertical ? plane.width : plane.height) - 1);
  const { tone, texture: fine } = segmentSums(plane, rect, vertical, first, last);
  const toneSteps = new Float32Array(hi - lo + 1);
  const fineSteps = new Float32Array(hi - lo + 1);
  for (let i = lo; i <= hi; i++) {
    toneSteps[i - lo] = stepAcross(tone, i);
    fineSteps[i - lo] = textureStepAcross(fine, i);
  }
  const middle = origin + Math.floor(size / 2);
  const toneScores = peakScores(toneSteps, from, to, lo, 0.3, middle);
  const fineScores = peakScores(fineSteps, from, to, lo, 0.02, middle);
  const seams: Split[] = [];
  for (let i = from; i <= to; i++) {
    const score = Math.max(toneScores[i - from]!, fineScores[i - from]!);
    seams.push({ start: i - 1, end: i + 1, kind: 'seam', score });
  }
  const strong = seams
    .filter((seam, k) => seam.score >= SEAM_RATIO && (k === 0 || seams[k - 1]!.score <= seam.score) && (k === seams.length - 1 || seams[k + 1]!.score < seam.score))
    .sort((p, q) => q.score - p.score)
    .slice(0, MAX_SEAMS);
  // Within a line or two of the exact middle, the best step there stands for the middle.
  const nearMiddle = seams.filter((seam) => Math.abs(seam.start + 1 - middle) <= 1).sort((p, q) => q.score - p.score)[0];
  if (nearMiddle && nearMiddle.score >= MIDDLE_RATIO && !strong.includes(nearMiddle)) strong.push({ ...nearMiddle, kind: 'middle' });
  return [...bands, ...strong];
}

function halves(rect: Rect, split: Split, vertical: boolean): [Rect, Rect] {
  if (vertical) {
    return [
      { x: rect.x, y: rect.y, width: split.start - rect.x, height: rect.height },
      { x: split.end, y: rect.y, width: rect.x + rect.width - split.end, height: rect.height },
    ];
  }
  return [
    { x: rect.x, y: rect.y, width: rect.width, height: split.start - rect.y },
    { x: rect.x, y: split.end, width: rect.width, height: rect.y + rect.height - split.end },
  ];
}

function similarity(plane: Plane, a: Rect, b: Rect): number {
  if (a.width < MIN_HALF || a.height < MIN_HALF || b.width < MIN_HALF || b.height < MIN_HALF) return -1;
  plane.sums ??= summedArea(plane.luma, plane.width, plane.height);
  return bestCorrelation(
    normalisedThumbFromSums(plane.sums, a.x, a.y, a.width, a.height),
    normalisedThumbFromSums(plane.sums, b.x, b.y, b.width, b.height),
  );
}

/** Composites put the before and the after at about the same size. */
const MIN_SIZE_RATIO = 0.7;
/**
 * Without a gap, nothing but the seam says where one photo ends: two photos put edge to edge are
 * nearly always cut to the same size, and a seam far off the middle is more often an edge in one photo
 * (a suit against a curtain) than a split.
 */
const MIN_SIZE_RATIO_SEAM = 0.85;
/** A split in the exact middle with a weak seam needs halves that look much alike. */
const SIMILAR_IN_MIDDLE = 0.7;

function needed(split: Split): number {
  if (split.kind === 'band') return SIMILAR_WITH_BAND;
  return split.kind === 'seam' ? SIMILAR_WITH_SEAM : SIMILAR_IN_MIDDLE;
}

/** How alike the halves of `pair` look, or -1 when they are not a before and an after. */
function likeness(plane: Plane, pair: [Rect, Rect], split: Split): number {
  const [a, b] = pair;
  const ratio = Math.min(a.width * a.height, b.width * b.height) / Math.max(a.width * a.height, b.width * b.height, 1);
  if (ratio < (split.kind === 'band' ? MIN_SIZE_RATIO : MIN_SIZE_RATIO_SEAM)) return -1;
  const r = similarity(plane, a, b);
  return r >= needed(split) ? r : -1;
}

interface Chosen {
  split: Split;
  pair: [Rect, Rect];
  likeness: number;
}

/**
 * Of the candidate splits, the one whose halves look most alike (a composite shows one subject
 * twice), less a penalty for unequal halves: an edge a few pixels past the true seam (a flag, a
 * collar at the border of the after) leaves halves about as alike, but of unequal size.
 */
function chooseSplit(plane: Plane, rect: Rect, candidates: Split[], vertical: boolean): Chosen | null {
  let chosen: Chosen | null = null;
  let chosenScore = -Infinity;
  for (const split of candidates) {
    const pair = halves(rect, split, vertical);
    const r = likeness(plane, pair, split);
    if (r < 0) continue;
    const [a, b] = vertical ? [pair[0].width, pair[1].width] : [pair[0].height, pair[1].height];
    const score = r - IMBALANCE_PENALTY * (Math.abs(a - b) / Math.max(1, a + b));
    if (score > chosenScore) {
      chosen = { split, pair, likeness: r };
      chosenScore = score;
    }
  }
  return chosen;
}

/** Likeness given up per unit of relative size difference between the halves. */
const IMBALANCE_PENALTY = 3;

/** Inside a half only thin frames and label strips are trimmed, not a plain wall behind the person. */
const HALF_TRIM = 0.12;

/**
 * Past that, only canvas padding is trimmed, up to this share per side: lines of pure white or pure
 * black, flat to within JPEG's ripple (a smaller photo placed in a grid cell). A dark suit or a
 * plain wall in a photo has grain or shading and is left alone.
 */
const PAD_TRIM = 0.4;
const PAD_TOLERANCE = 1.5;
const PAD_SHARE = 0.98;

function trimHalf(plane: Plane, rect: Rect): Rect {
  const trimmed = trimPlainBorders(plane, rect, HALF_TRIM);
  const padded = trimPlainBorders(plane, trimmed, PAD_TRIM, PAD_TOLERANCE, PAD_SHARE);
  if (padded === trimmed) return trimmed;
  // Keep the deeper cut only where what it removed is canvas white or black.
  const canvas = (r: Rect): boolean => {
    const v = meanOf(plane, r);
    return v >= 250 || v <= 5;
  };
  const cuts: Rect[] = [
    { x: trimmed.x, y: trimmed.y, width: padded.x - trimmed.x, height: trimmed.height },
    { x: padded.x + padded.width, y: trimmed.y, width: trimmed.x + trimmed.width - padded.x - padded.width, height: trimmed.height },
    { x: trimmed.x, y: trimmed.y, width: trimmed.width, height: padded.y - trimmed.y },
    { x: trimmed.x, y: padded.y + padded.height, width: trimmed.width, height: trimmed.y + trimmed.height - padded.y - padded.height },
  ];
  return cuts.every((cut) => cut.width <= 0 || cut.height <= 0 || canvas(cut)) ? padded : trimmed;
}

function meanOf(plane: Plane, rect: Rect): number {
  let sum = 0;
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    for (let x = rect.x, p = y * plane.width + x; x < rect.x + rect.width; x++, p++) sum += plane.luma[p]!;
  }
  return sum / Math.max(1, rect.width * rect.height);
}

function trimPair(plane: Plane, pair: [Rect, Rect]): [Rect, Rect] {
  return [trimHalf(plane, pair[0]), trimHalf(plane, pair[1])];
}

/**
 * Decides whether a luma plane is a before/after composite and where it splits. A composite needs
 * both a split (a plain band or a hard seam near the middle) and two halves that look alike;
 * anything else is `single`, so a photo with a door frame in the middle stays one photo.
 */
export function findLayout(luma: Float32Array, width: number, height: number): LayoutResult {
  const plane: Plane = { luma, width, height };
  const found = findLayoutAt(plane);
  if (found.layout === 'single') return found;
  return { layout: found.layout, pairs: found.pairs.map((pair) => trimPair(plane, pair)) };
}

function findLayoutAt(plane: Plane): LayoutResult {
  const { width, height } = plane;
  const whole: Rect = { x: 0, y: 0, width, height };
  const single: LayoutResult = { layout: 'single', pairs: [[whole, whole]] };
  if (width < 2 * MIN_HALF || height < MIN_HALF) return single;
  const content = trimPlainBorders(plane, whole);

  const vCandidates = findSplits(plane, content, true);
  // A composite with a gap between its columns has gaps between its rows too (if it has rows):
  // seams across are looked for only when the columns met edge to edge. That saves the costliest
  // part of the search for the commonest composite, two photos with a gap.
  const gapped = vCandidates.length === 1 && vCandidates[0]!.kind === 'band';
  const hCandidates = findSplits(plane, content, false, gapped);
  const side = chooseSplit(plane, content, vCandidates, true);
  const stack = chooseSplit(plane, content, hCandidates, false);

  if (side) {
    // A 2x2 grid: a horizontal split into rows (whose two pairs need not look alike), and the
    // vertical split cutting each row into before → after.
    // A weak seam in the middle is not enough to cut rows: the rows' pairs need not look alike.
    for (const rows of hCandidates.filter((split) => split.kind !== 'middle')) {
      const [upper, lower] = halves(content, rows, false);
      // The two pairs of a grid are shown at about the same size, as the halves of a pair are.
      if (Math.min(upper.height, lower.height) < MIN_SIZE_RATIO * Math.max(upper.height, lower.height, MIN_HALF)) continue;
      const top = chooseSplit(plane, upper, [side.split], true);
      const bottom = chooseSplit(plane, lower, [side.split], true);
      if (top && bottom) return { layout: 'grid', pairs: [top.pair, bottom.pair] };
    }
  }
  if (side && stack) {
    // Both directions split: the stronger reading wins (a plain band over a seam, then the likeness).
    const sideFirst = side.split.kind === 'band' && stack.split.kind !== 'band'
      || (side.split.kind === 'band') === (stack.split.kind === 'band') && side.likeness >= stack.likeness;
    return sideFirst ? { layout: 'side-by-side', pairs: [side.pair] } : { layout: 'top-bottom', pairs: [stack.pair] };
  }
  if (side) return { layout: 'side-by-side', pairs: [side.pair] };
  if (stack) return { layout: 'top-bottom', pairs: [stack.pair] };
  return single;
}
