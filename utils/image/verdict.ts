import type { ImageLayout, ImageSignal, ImageVerdict } from './types';

/** From this strength a single image signal makes the pictures doubtful on its own. */
export const DOUBTFUL_STRENGTH = 0.5;
/** From this strength a signal is worth a second look. */
export const UNSURE_STRENGTH = 0.25;

/** One word for an analysed image: the command line's and the benchmark's summary. */
export function imageVerdict(layout: ImageLayout, signals: readonly ImageSignal[]): ImageVerdict {
  if (layout === 'single') return 'not-before-after';
  const strongest = signals.reduce((max, s) => Math.max(max, s.strength), 0);
  if (strongest >= DOUBTFUL_STRENGTH) return 'doubtful';
  if (strongest >= UNSURE_STRENGTH) return 'unsure';
  return 'no-red-flags';
}
