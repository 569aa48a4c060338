import type { Alignment } from './align';

/**
 * Once the after is known to be the before photograph edited, compare them block by block and say
 * what was changed and where (retouching leaves local traces; Kee & Farid 2011). Global changes
 * (exposure, colour) are taken out first by a per-channel gain and offset, so only local edits remain.
 *
 * Two crops of one photo never line up to the exact pixel: a fraction of a pixel of misalignment
 * leaves a residual proportional to the local gradient (sharp edges: hair, collar, eyes), and new
 * sensor noise leaves a residual everywhere. Both are modelled from the picture itself (noise from
 * the flattest blocks, misalignment from the residual-per-gradient of the typical block), and a
 * block counts as changed only when it stands well above what that model expects there, and only as
 * part of a region (an isolated block is an edge or a compression artefact, not an edit).
 */

export type LocalChange = 'smoothed' | 'relit' | 'recoloured' | 'retouched';

export interface LocalDiff {
  blocks: number;
  changed: Record<LocalChange, number>;
  /** Where most changed blocks are, in words ("in the centre", "at the top left"). */
  where: string;
  /** Median residual of a block after the global match: ~0 for an untouched copy. */
  medianResidual: number;
  /** Per-channel gains of the global match (after → before). */
  gains: [number, number, number];
}

const BLOCK = 16;
/** Mean squared Laplacian above which a block has texture of its own (sensor noise of σ 2, halved by the working-size resampling, gives ~30). */
const TEXTURED = 60;
/** A block is changed when its residual is this many times what noise and misalignment explain there. */
const OUTLIER = 3;
/** ...and at least this many levels above it (8-bit luma, after a 3x3 average). */
const MIN_EXCESS = 2.5;
/** The same margin on the raw residual, where sensor noise is still in. */
const RAW_EXCESS = 3;
/** Changed blocks count when they form a region of at least this many (4-connected). */
const MIN_REGION_BLOCKS = 3;
/** A block outside such a region counts only when it stands this far above the expectation. */
const LONE_OUTLIER = 8;
/** Smoothed: the block kept less than this share of its texture, relative to the typical block. */
const SMOOTHED_RATIO = 0.5;
/** Relit / recoloured: mean luma or colour moved by this many levels, beyond what the model expects. */
const RELIT_LEVELS = 6;

interface Fit { gain: number; offset: number }

function fitChannel(before: Uint8ClampedArray, after: Uint8ClampedArray, valid: Uint8Array, channel: number): Fit {
  let n = 0;
  let sa = 0;
  let sb = 0;
  let sab = 0;
  let sbb = 0;
  for (let p = 0, i = channel; i < before.length; p++, i += 4) {
    if (!valid[p]) continue;
    const y = before[i]!;
    const x = after[i]!;
    if (x <= 3 || x >= 252 || y <= 3 || y >= 252) continue; // clipped: carries no information
    n += 1;
    sa += y;
    sb += x;
    sab += x * y;
    sbb += x * x;
  }
  if (n < 16) return { gain: 1, offset: 0 };
  const varX = sbb / n - (sb / n) ** 2;
  const gain = varX > 1e-6 ? (sab / n - (sa / n) * (sb / n)) / varX : 1;
  return { gain, offset: sa / n - gain * (sb / n) };
}

function describeWhere(cells: { bx: number; by: number }[], columns: number, rows: number): string {
  if (cells.length === 0) return '';
  const mx = cells.reduce((s, c) => s + c.bx + 0.5, 0) / cells.length / columns;
  const my = cells.reduce((s, c) => s + c.by + 0.5, 0) / cells.length / rows;
  const spread = cells.length / (columns * rows);
  if (spread > 0.5) return 'across most of the picture';
  const vertical = my < 0.36 ? 'top' : my > 0.64 ? 'bottom' : '';
  const horizontal = mx < 0.36 ? 'left' : mx > 0.64 ? 'right' : '';
  if (!vertical && !horizontal) return 'in the centre';
  return `at the ${[vertical, horizontal].filter(Boolean).join(' ')}`;
}

/** 3x3 box average (borders copied): takes most of the sensor noise out of a residual. */
function box3(plane: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(plane);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1, p = y * width + 1; x < width - 1; x++, p++) {
      out[p] = (plane[p - width - 1]! + plane[p - width]! + plane[p - width + 1]! + plane[p - 1]! + plane[p]! + plane[p + 1]!
        + plane[p + width - 1]! + plane[p + width]! + plane[p + width + 1]!) / 9;
    }
  }
  return out;
}

/** For each marked cell of the grid, the size of its 4-connected group of marked cells. */
function connectedSizes(grid: Int8Array, columns: number, rows: number): Int32Array {
  const sizes = new Int32Array(grid.length);
  const label = new Int32Array(grid.length).fill(-1);
  const stack: number[] = [];
  for (let start = 0; start < grid.length; start++) {
    if (grid[start] !== 1 || label[start]! >= 0) continue;
    const members: number[] = [];
    stack.push(start);
    label[start] = start;
    while (stack.length) {
      const k = stack.pop()!;
      members.push(k);
      const x = k % columns;
      const y = (k - x) / columns;
      for (const [nx, ny] of [[x - 1, y], [x + 1, y], [x, y - 1], [x, y + 1]] as const) {
        if (nx < 0 || ny < 0 || nx >= columns || ny >= rows) continue;
        const q = ny * columns + nx;
        if (grid[q] === 1 && label[q]! < 0) {
          label[q] = start;
          stack.push(q);
        }
      }
    }
    for (const k of members) sizes[k] = members.length;
  }
  return sizes;
}

function medianOf(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((p, q) => p - q);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Cell {
  bx: number;
  by: number;
  /** RMS of the raw luma residual. */
  rms: number;
  /** RMS of the 3x3-averaged luma residual (noise mostly gone, edits and misalignment stay). */
  smooth: number;
  /** RMS gradient of the (averaged) before: where misalignment leaves a residual. */
  gradient: number;
  dl: number;
  dc: number;
  texture: number;
  detail: number;
}

export function localDiff(alignment: Alignment): LocalDiff {
  const { before, after, valid } = alignment;
  const { width, height } = before;
  const fits = [0, 1, 2].map((c) => fitChannel(before.data, after.data, valid, c)) as [Fit, Fit, Fit];
  const n = width * height;
  // Luma and colour differences of the before and of the after with the global match applied.
  const lb = new Float32Array(n);
  const la = new Float32Array(n);
  const diff = new Float32Array(n);
  const dRG = new Float32Array(n);
  const dBG = new Float32Array(n);
  const [fr, fg, fbl] = fits;
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    const br = before.data[i]!;
    const bg = before.data[i + 1]!;
    const bb = before.data[i + 2]!;
    const ar = fr.gain * after.data[i]! + fr.offset;
    const ag = fg.gain * after.data[i + 1]! + fg.offset;
    const ab = fbl.gain * after.data[i + 2]! + fbl.offset;
    lb[p] = 0.299 * br + 0.587 * bg + 0.114 * bb;
    la[p] = 0.299 * ar + 0.587 * ag + 0.114 * ab;
    diff[p] = la[p]! - lb[p]!;
    dRG[p] = ar - ag - (br - bg);
    dBG[p] = ab - ag - (bb - bg);
  }
  const smoothDiff = box3(diff, width, height);
  const smoothBefore = box3(lb, width, height);
  const columns = Math.max(1, Math.floor(width / BLOCK));
  const rows = Math.max(1, Math.floor(height / BLOCK));
  const cells: Cell[] = [];
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      let sq = 0;
      let smoothSq = 0;
      let gradSq = 0;
      let dl = 0;
      let drg = 0;
      let dbg = 0;
      let lapBefore = 0;
      let lapAfter = 0;
      let count = 0;
      let outside = 0;
      const yEnd = Math.min(height, (by + 1) * BLOCK);
      const xEnd = Math.min(width, (bx + 1) * BLOCK);
      for (let y = by * BLOCK; y < yEnd; y++) {
        for (let x = bx * BLOCK; x < xEnd; x++) {
          const p = y * width + x;
          if (!valid[p]) outside += 1;
          const d = diff[p]!;
          sq += d * d;
          smoothSq += smoothDiff[p]! * smoothDiff[p]!;
          dl += d;
          drg += dRG[p]!;
          dbg += dBG[p]!;
          if (x > 0 && y > 0 && x < width - 1 && y < height - 1) {
            const lapB = 4 * lb[p]! - lb[p - 1]! - lb[p + 1]! - lb[p - width]! - lb[p + width]!;
            const lapA = 4 * la[p]! - la[p - 1]! - la[p + 1]! - la[p - width]! - la[p + width]!;
            lapBefore += lapB * lapB;
            lapAfter += lapA * lapA;
            const gx = (smoothBefore[p + 1]! - smoothBefore[p - 1]!) / 2;
            const gy = (smoothBefore[p + width]! - smoothBefore[p - width]!) / 2;
            gradSq += gx * gx + gy * gy;
          }
          count += 1;
        }
      }
      // A block the shift pushed past the after's edge compares nothing real: left out.
      if (outside > 0) continue;
      cells.push({
        bx, by,
        rms: Math.sqrt(sq / count),
        smooth: Math.sqrt(smoothSq / count),
        gradient: Math.sqrt(gradSq / count),
        dl: dl / count,
        dc: Math.hypot(drg / count, dbg / count),
        texture: lapBefore > 1e-6 ? lapAfter / lapBefore : 1,
        detail: lapBefore / count,
      });
    }
  }
  const medianResidual = medianOf(cells.map((c) => c.rms));
  // The model of an untouched pair: noise² (the flattest third of blocks) + (k · gradient)², with k
  // the typical residual per unit of gradient (how far the two are off the same pixel grid).
  const byGradient = [...cells].sort((p, q) => p.gradient - q.gradient);
  const flat = byGradient.slice(0, Math.max(1, Math.ceil(cells.length / 3)));
  const noiseSq = medianOf(flat.map((c) => c.smooth * c.smooth));
  const slopeSq = medianOf(cells.filter((c) => c.gradient > 0.5).map((c) => Math.max(0, c.smooth * c.smooth - noiseSq) / (c.gradient * c.gradient)));
  const expected = (c: Cell): number => Math.sqrt(noiseSq + slopeSq * c.gradient * c.gradient);
  // The same model on the raw residual: small edits (a pore or a blemish painted over) are mostly
  // lost in the 3x3 average, but stand above the raw noise.
  const rawNoiseSq = medianOf(flat.map((c) => c.rms * c.rms));
  const rawSlopeSq = medianOf(cells.filter((c) => c.gradient > 0.5).map((c) => Math.max(0, c.rms * c.rms - rawNoiseSq) / (c.gradient * c.gradient)));
  const expectedRaw = (c: Cell): number => Math.sqrt(rawNoiseSq + rawSlopeSq * c.gradient * c.gradient);
  // Interpolation and recompression soften every block alike; a smoothing edit softens some.
  const typicalTexture = medianOf(cells.filter((c) => c.detail > TEXTURED).map((c) => c.texture)) || 1;

  const grid = new Int8Array(columns * rows);
  const kinds = new Map<Cell, LocalChange>();
  for (const cell of cells) {
    const e = expected(cell);
    const eRaw = expectedRaw(cell);
    const stands = cell.smooth > Math.max(OUTLIER * e, e + MIN_EXCESS) || cell.rms > Math.max(OUTLIER * eRaw, eRaw + RAW_EXCESS);
    // Smoothed: the before had real texture here (not just flat wall and noise) and the after lost
    // most of it, far more than the typical block lost to resampling.
    const smoothed = cell.detail > TEXTURED && cell.texture < SMOOTHED_RATIO * Math.min(1, typicalTexture) && cell.rms > Math.max(1.5, 1.5 * medianResidual);
    if (!stands && !smoothed) continue;
    let kind: LocalChange = 'retouched';
    if (smoothed) kind = 'smoothed';
    else if (Math.abs(cell.dl) > Math.max(RELIT_LEVELS, 2 * e)) kind = 'relit';
    else if (cell.dc > RELIT_LEVELS) kind = 'recoloured';
    kinds.set(cell, kind);
    grid[cell.by * columns + cell.bx] = 1;
  }
  // Edits cover regions; a small group of blocks is an edge or an artefact unless it stands out by far.
  const groupSize = connectedSizes(grid, columns, rows);
  const changed: Record<LocalChange, number> = { smoothed: 0, relit: 0, recoloured: 0, retouched: 0 };
  const changedCells: Cell[] = [];
  for (const [cell, kind] of kinds) {
    const inRegion = groupSize[cell.by * columns + cell.bx]! >= MIN_REGION_BLOCKS;
    if (!inRegion && cell.smooth < LONE_OUTLIER * expected(cell) && cell.rms < LONE_OUTLIER * expectedRaw(cell)) continue;
    changed[kind] += 1;
    changedCells.push(cell);
  }
  return {
    blocks: Math.max(1, cells.length),
    changed,
    where: describeWhere(changedCells, columns, rows),
    medianResidual,
    gains: [fits[0].gain, fits[1].gain, fits[2].gain],
  };
}
