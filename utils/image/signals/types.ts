import type { Alignment } from '../align';
import type { LocalDiff } from '../local-diff';
import type { HalfStats, RegionStats } from '../stats';
import type { ImageSignal } from '../types';

/** Everything measured on one before/after pair, which each signal reads. */
export interface PairMeasures {
  before: HalfStats;
  after: HalfStats;
  /** Set when the after lines up with the before as one scene. */
  alignment: Alignment | null;
  /** Set when the two halves are one photograph (the after made by editing the before). */
  local: LocalDiff | null;
}

/** One image signal: reads the measures, answers a signal or nothing. One file per signal. */
export type ImageSignalRule = (pair: PairMeasures) => ImageSignal | null;

/** 0 at `from`, 1 at `to` (either direction), linear between, clamped. */
export function ramp(value: number, from: number, to: number): number {
  if (!Number.isFinite(value)) return 0;
  const t = (value - from) / (to - from);
  return Math.min(1, Math.max(0, t));
}

export function percent(ratio: number): number {
  return Math.round(Math.abs(ratio - 1) * 100);
}

/** The skin region when both halves have enough of it, else the whole halves. */
export function skinOrAll(pair: PairMeasures): { before: RegionStats; after: RegionStats; onSkin: boolean } {
  if (pair.before.skin && pair.after.skin) return { before: pair.before.skin, after: pair.after.skin, onSkin: true };
  return { before: pair.before.all, after: pair.after.all, onSkin: false };
}

/** Rounds a strength for output (two decimals are all a reader needs). */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
