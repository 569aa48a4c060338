/** Fixed-bin histograms: percentiles without sorting, so the statistics stay linear in pixels. */

export class Histogram {
  readonly counts: Uint32Array;
  total = 0;
  private readonly scale: number;
  private readonly last: number;

  /** Bins of width `step` starting at `min`; values outside are clamped into the end bins. */
  constructor(readonly min: number, readonly step: number, bins: number) {
    this.counts = new Uint32Array(bins);
    this.scale = 1 / step;
    this.last = bins - 1;
  }

  add(value: number): void {
    const bin = (value - this.min) * this.scale;
    // `| 0` truncates toward zero; values below min land in bin 0 either way.
    this.counts[bin <= 0 ? 0 : bin >= this.last ? this.last : bin | 0]! += 1;
    this.total += 1;
  }

  /** Adds another histogram of the same bins (the whole half = its skin + the rest). */
  merge(other: Histogram): this {
    for (let bin = 0; bin < this.counts.length; bin++) this.counts[bin]! += other.counts[bin]!;
    this.total += other.total;
    return this;
  }

  /** The value below which fraction `q` of the samples lie (bin centre), NaN when empty. */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const target = q * this.total;
    let seen = 0;
    for (let bin = 0; bin < this.counts.length; bin++) {
      seen += this.counts[bin]!;
      if (seen >= target && seen > 0) return this.min + (bin + 0.5) * this.step;
    }
    return this.min + (this.counts.length - 0.5) * this.step;
  }

  /** Mean of value² over the lowest fraction `keep` of samples: an energy that ignores the few strongest edges. */
  trimmedMeanSquare(keep: number): number {
    if (this.total === 0) return NaN;
    const limit = keep * this.total;
    let seen = 0;
    let sum = 0;
    for (let bin = 0; bin < this.counts.length && seen < limit; bin++) {
      const take = Math.min(this.counts[bin]!, limit - seen);
      const centre = this.min + (bin + 0.5) * this.step;
      sum += take * centre * centre;
      seen += take;
    }
    return seen > 0 ? sum / seen : NaN;
  }
}
