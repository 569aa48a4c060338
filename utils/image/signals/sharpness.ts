import type { ImageSignal } from '../types';
import { ramp, round2, type ImageSignalRule } from './types';

/**
 * Sharpness or resolution: how much of the texture sits at the finest scale (finest over one octave
 * coarser). An image shot or saved at a lower resolution and scaled up, or blurred, has little
 * finest-scale energy. Either half may be the softer one; both mislead. 0 above 75%, 1 at 45%.
 */
const FROM = Math.log(1 / 0.75);
const TO = Math.log(1 / 0.45);

export const sharpnessSignal: ImageSignalRule = (pair): ImageSignal | null => {
  const ratio = pair.after.fineToCoarse / pair.before.fineToCoarse;
  const strength = ramp(Math.abs(Math.log(ratio)), FROM, TO);
  if (strength <= 0) return null;
  const softer = ratio < 1 ? 'after' : 'before';
  const kept = Math.round(Math.min(ratio, 1 / ratio) * 100);
  return {
    id: 'sharpness',
    strength: round2(strength * 0.8),
    detail: `the two halves have different sharpness or resolution: the ${softer} is much softer`,
    evidence: `${softer} fine detail ${kept}% of the other`,
  };
};
