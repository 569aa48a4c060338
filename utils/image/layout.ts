import { bestCorrelation, normalisedThumb } from './similarity';
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
}

interface Split {
  /** First pixel of the band between the halves, and the first pixel after it. */
  start: number;
  end: number;
  kind: 'band' | 'seam';
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
function lineIsPlain(plane: Plane, rect: Rect, index: number, vertical: boolean): boolean {
  const { luma, width } = plane;
  const length = vertical ? rect.height : rect.width;
  // Walk the line as (start, stride) over the flat plane.
  const first = vertical ? rect.y * width + index : index * width + rect.x;
  const stride = vertical ? width : 1;
  // Quick refusal (most lines are photo, not gap): 16 samples spread along the line, the middle
  // ten of them sorted, must already sit within the tolerance band.
  for (let k = 0; k < 16; k++) PROBE[k] = luma[first + Math.floor(((k + 0.5) * length) / 16) * stride]!;
  PROBE.sort();
  if (PROBE[12]! - PROBE[3]! > 2 * UNIFORM_TOLERANCE) return false;
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
  for (let k = 0, p = first; k < length; k++, p += stride) if (Math.abs(luma[p]! - median) <= UNIFORM_TOLERANCE) plain += 1;
  return plain >= UNIFORM_SHARE * length;
}

/** Removes plain borders (frames, label strips) from the edges of `rect`, at most `share` of it per side. */
export function trimPlainBorders(plane: Plane, rect: Rect, share = 0.25): Rect {
  let { x, y, width, height } = rect;
  const maxX = Math.floor(rect.width * share);
  const maxY = Math.floor(rect.height * share);
  let cut = 0;
  while (cut < maxX && width > MIN_HALF && lineIsPlain(plane, { x, y, width, height }, x, true)) { x++; width--; cut++; }
  cut = 0;
  while (cut < maxX && width > MIN_HALF && lineIsPlain(plane, { x, y, width, height }, x + width - 1, true)) { width--; cut++; }
  cut = 0;
  while (cut < maxY && height > MIN_HALF && lineIsPlain(plane, { x, y, width, height }, y, false)) { y++; height--; cut++; }
  cut = 0;
  while (cut < maxY && height > MIN_HALF && lineIsPlain(plane, { x, y, width, height }, y + height - 1, false)) { height--; cut++; }
  return { x, y, width, height };
}

const SEGMENT = 8;
const BLOCK_LINES = 4;

/**
 * For each line across the search direction, the sums of its pixels in segments of 8 along it, so
 * that the step between blocks of 4 lines on either side of a candidate seam costs little.
 */
function segmentSums(plane: Plane, rect: Rect, vertical: boolean): { sums: Float32Array; segments: number } {
  const { luma, width } = plane;
  const lines = vertical ? plane.width : plane.height;
  const length = vertical ? rect.height : rect.width;
  const segments = Math.max(1, Math.floor(length / SEGMENT));
  const sums = new Float32Array(lines * segments);
  if (vertical) {
    for (let s = 0; s < segments; s++) {
      for (let y = rect.y + s * SEGMENT; y < rect.y + (s + 1) * SEGMENT; y++) {
        const row = y * width;
        for (let x = rect.x; x < rect.x + rect.width; x++) sums[x * segments + s]! += luma[row + x]!;
      }
    }
  } else {
    for (let y = rect.y; y < rect.y + rect.height; y++) {
      const row = y * width;
      for (let s = 0; s < segments; s++) {
        let sum = 0;
        for (let x = rect.x + s * SEGMENT; x < rect.x + (s + 1) * SEGMENT; x++) sum += luma[row + x]!;
        sums[y * segments + s] = sum;
      }
    }
  }
  return { sums, segments };
}

/**
 * The step across line `index`: per segment, the mean of the 4 lines from `index` on minus the mean
 * of the 4 lines before it, averaged over segments. Averaging 32 pixels on each side cancels fine
 * texture and noise, while the change of content across a seam stays.
 */
function stepAcross(table: { sums: Float32Array; segments: number }, index: number): number {
  const { sums, segments } = table;
  let total = 0;
  for (let s = 0; s < segments; s++) {
    let after = 0;
    let before = 0;
    for (let k = 0; k < BLOCK_LINES; k++) {
      after += sums[(index + k) * segments + s]!;
      before += sums[(index - 1 - k) * segments + s]!;
    }
    total += Math.abs(after - before);
  }
  return total / (segments * BLOCK_LINES * SEGMENT);
}

function median(values: number[]): number {
  const sorted = [...values].sort((p, q) => p - q);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Finds a gap band or a hard seam near the middle of `rect`, along x (`vertical`) or y. */
function findSplit(plane: Plane, rect: Rect, vertical: boolean): Split | null {
  const origin = vertical ? rect.x : rect.y;
  const size = vertical ? rect.width : rect.height;
  if (size < 2 * MIN_HALF + 2) return null;
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
  if (best) return best;

  // A hard seam: one step much larger than the steps on either side of it.
  const table = segmentSums(plane, rect, vertical);
  const lo = Math.max(origin + BLOCK_LINES, from - 16);
  const hi = Math.min(origin + size - BLOCK_LINES, to + 16);
  const steps = new Float32Array(hi - lo + 1);
  for (let i = lo; i <= hi; i++) steps[i - lo] = stepAcross(table, i);
  let seam: Split | null = null;
  for (let i = from; i <= to; i++) {
    const k = i - lo;
    // Neighbours whose blocks do not overlap the candidate's.
    const around = [...steps.slice(Math.max(0, k - 16), Math.max(0, k - 4)), ...steps.slice(k + 5, k + 17)];
    if (around.length < 8) continue;
    const score = steps[k]! / (median(around) + 0.3);
    if (score >= SEAM_RATIO && (!seam || score > seam.score)) seam = { start: i - 1, end: i + 1, kind: 'seam', score };
  }
  return seam;
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
  return bestCorrelation(
    normalisedThumb(plane.luma, plane.width, a.x, a.y, a.width, a.height),
    normalisedThumb(plane.luma, plane.width, b.x, b.y, b.width, b.height),
  );
}

/** Composites put the before and the after at about the same size. */
const MIN_SIZE_RATIO = 0.7;

function alike(plane: Plane, pair: [Rect, Rect], split: Split): boolean {
  const [a, b] = pair;
  const ratio = Math.min(a.width * a.height, b.width * b.height) / Math.max(a.width * a.height, b.width * b.height, 1);
  if (ratio < MIN_SIZE_RATIO) return false;
  return similarity(plane, pair[0], pair[1]) >= (split.kind === 'band' ? SIMILAR_WITH_BAND : SIMILAR_WITH_SEAM);
}

/** Inside a half only thin frames and label strips are trimmed, not a plain wall behind the person. */
const HALF_TRIM = 0.12;

function trimPair(plane: Plane, pair: [Rect, Rect]): [Rect, Rect] {
  return [trimPlainBorders(plane, pair[0], HALF_TRIM), trimPlainBorders(plane, pair[1], HALF_TRIM)];
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

  const vSplit = findSplit(plane, content, true);
  const hSplit = findSplit(plane, content, false);
  const side = vSplit ? halves(content, vSplit, true) : null;
  const stack = hSplit ? halves(content, hSplit, false) : null;

  if (vSplit && hSplit && side && stack) {
    // A 2x2 grid: the vertical split cuts each row into before → after.
    const top = halves({ ...content, height: stack[0].height }, vSplit, true);
    const bottom = halves({ ...content, y: stack[1].y, height: stack[1].height }, vSplit, true);
    if (alike(plane, top, vSplit) && alike(plane, bottom, vSplit)) return { layout: 'grid', pairs: [top, bottom] };
  }
  const sideOk = side && vSplit && alike(plane, side, vSplit);
  const stackOk = stack && hSplit && alike(plane, stack, hSplit);
  if (sideOk && stackOk && vSplit && hSplit) {
    return vSplit.kind === 'band' || vSplit.score >= hSplit.score
      ? { layout: 'side-by-side', pairs: [side] }
      : { layout: 'top-bottom', pairs: [stack] };
  }
  if (sideOk) return { layout: 'side-by-side', pairs: [side] };
  if (stackOk) return { layout: 'top-bottom', pairs: [stack] };
  return single;
}
