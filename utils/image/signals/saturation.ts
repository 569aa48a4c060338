import type { ImageSignal } from '../types';
import { percent, ramp, round2, type ImageSignalRule } from './types';

/** Saturation: the median channel spread over max, unchanged by exposure. 0 below ±12%, 1 from ±30%. */
const FROM = Math.log(1.12);
const TO = Math.log(1.3);

export const saturationSignal: ImageSignalRule = (pair): ImageSignal | null => {
  const before = pair.before.all.saturation;
  const after = pair.after.all.saturation;
  if (!(before > 0.02) || !(after > 0.02)) return null; // a grey picture has no saturation to compare
  const ratio = after / before;
  const strength = ramp(Math.abs(Math.log(ratio)), FROM, TO);
  if (strength <= 0) return null;
  const word = ratio > 1 ? 'more saturated' : 'less saturated';
  const amount = ratio > 1 ? percent(ratio) : percent(1 / ratio);
  return {
    id: 'saturation',
    strength: round2(strength * 0.8),
    detail: `the after's colours are ${amount}% ${word}: a filter or different light`,
    evidence: `after ${ratio > 1 ? '+' : '−'}${amount}% saturation`,
  };
};
