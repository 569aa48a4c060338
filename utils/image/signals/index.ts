import type { ImageSignal } from '../types';
import { contrastSignal } from './contrast';
import { exposureSignal } from './exposure';
import { retouchedSignal } from './retouched';
import { samePhotoSignal } from './same-photo';
import { saturationSignal } from './saturation';
import { sharpnessSignal } from './sharpness';
import { smoothingSignal } from './smoothing';
import type { ImageSignalRule, PairMeasures } from './types';
import { whiteBalanceSignal } from './white-balance';

/** Every image signal, in the order the card lists them. */
export const IMAGE_SIGNALS: readonly ImageSignalRule[] = [
  exposureSignal,
  whiteBalanceSignal,
  smoothingSignal,
  retouchedSignal,
  sharpnessSignal,
  saturationSignal,
  contrastSignal,
  samePhotoSignal,
];

/** Signals weaker than this are not reported at all. */
export const MIN_REPORTED_STRENGTH = 0.15;

export function pairSignals(pair: PairMeasures): ImageSignal[] {
  const found = IMAGE_SIGNALS.map((rule) => rule(pair)).filter((s): s is ImageSignal => s !== null && s.strength >= MIN_REPORTED_STRENGTH);
  // "Nothing changed" only stands when nothing else was found.
  return found.length > 1 ? found.filter((s) => s.id !== 'same-photo') : found;
}
