import type { Alignment } from './align';

/**
 * Once the after is known to be the before photograph edited, compare them block by block and say
 * what was changed and where (retouching leaves local traces; Kee & Farid 2011). Global changes
 * (exposure, colour) are taken out first by a per-channel gain and offset, so only local edits remain.
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

function fitChannel(before: Uint8ClampedArray, after: Uint8ClampedArray, channel: number): { gain: number; offset: number } {
  let n = 0;
  let sa = 0;
  let sb = 0;
  let sab = 0;
  let sbb = 0;
  for (let i = channel; i < before.length; i += 4) {
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

export function localDiff(alignment: Alignment): LocalDiff {
  const { before, after, valid } = alignment;
  const { width, height } = before;
  const fits = [0, 1, 2].map((c) => fitChannel(before.data, after.data, c));
  const n = width * height;
  // Luma and colour differences of the before and of the after with the global match applied.
  const lb = new Float32Array(n);
  const la = new Float32Array(n);
  const dRG = new Float32Array(n);
  const dBG = new Float32Array(n);
  const [fr, fg, fbl] = fits as [{ gain: number; offset: number }, { gain: number; offset: number }, { gain: number; offset: number }];
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    const br = before.data[i]!;
    const bg = before.data[i + 1]!;
    const bb = before.data[i + 2]!;
    const ar = fr.gain * after.data[i]! + fr.offset;
    const ag = fg.gain * after.data[i + 1]! + fg.offset;
    const ab = fbl.gain * after.data[i + 2]! + fbl.offset;
    lb[p] = 0.299 * br + 0.587 * bg + 0.114 * bb;
    la[p] = 0.299 * ar + 0.587 * ag + 0.114 * ab;
    dRG[p] = ar - ag - (br - bg);
    dBG[p] = ab - ag - (bb - bg);
  }
  const columns = Math.max(1, Math.floor(width / BLOCK));
  const rows = Math.max(1, Math.floor(height / BLOCK));
  interface Cell { bx: number; by: number; rms: number; dl: number; dc: number; texture: number; detail: number }
  const cells: Cell[] = [];
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      let sq = 0;
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
          const d = la[p]! - lb[p]!;
          sq += d * d;
          dl += d;
          drg += dRG[p]!;
          dbg += dBG[p]!;
          if (x > 0 && y > 0 && x < width - 1 && y < height - 1) {
            const lapB = 4 * lb[p]! - lb[p - 1]! - lb[p + 1]! - lb[p - width]! - lb[p + width]!;
            const lapA = 4 * la[p]! - la[p - 1]! - la[p + 1]! - la[p - width]! - la[p + width]!;
            lapBefore += lapB * lapB;
            lapAfter += lapA * lapA;
          }
          count += 1;
        }
      }
      // A block the shift pushed past the after's edge compares nothing real: left out.
      if (outside > 0) continue;
      cells.push({
        bx, by,
        rms: Math.sqrt(sq / count),
        dl: dl / count,
        dc: Math.hypot(drg / count, dbg / count),
        texture: lapBefore > 1e-6 ? lapAfter / lapBefore : 1,
        detail: lapBefore / count,
      });
    }
  }
  const sorted = cells.map((c) => c.rms).sort((p, q) => p - q);
  const medianResidual = sorted[Math.floor(sorted.length / 2)] ?? 0;
  // A block is changed when it stands out from the typical block (compression noise) by a clear margin.
  const limit = Math.max(3 * medianResidual, medianResidual + 3);
  const changed: Record<LocalChange, number> = { smoothed: 0, relit: 0, recoloured: 0, retouched: 0 };
  const changedCells: Cell[] = [];
  for (const cell of cells) {
    // Smoothed: the before had real texture here (not just flat wall and noise) and the after lost
    // most of it, by more than the typical block differs.
    const smoothed = cell.texture < 0.5 && cell.detail > TEXTURED && cell.rms > Math.max(1.5, 1.5 * medianResidual);
    if (cell.rms <= limit && !smoothed) continue;
    changedCells.push(cell);
    if (smoothed) changed.smoothed += 1;
    else if (Math.abs(cell.dl) > 6) changed.relit += 1;
    else if (cell.dc > 6) changed.recoloured += 1;
    else changed.retouched += 1;
  }
  return {
    blocks: Math.max(1, cells.length),
    changed,
    where: describeWhere(changedCells, columns, rows),
    medianResidual,
    gains: [fits[0]!.gain, fits[1]!.gain, fits[2]!.gain],
  };
}
