import type { ImageSignal } from '../types';
import { percent, ramp, round2, type ImageSignalRule } from './types';

/**
 * Contrast: the spread of luma (90th − 10th percentile) relative to the median, so exposure alone
 * does not move it. 0 below ±15%, 1 from ±40%; weighed lower than exposure, since a treatment that
 * evens the skin tone also lowers it a little.
 */
const FROM = Math.log(1.15);
const TO = Math.log(1.4);

export const contrastSignal: ImageSignalRule = (pair): ImageSignal | null => {
  const spread = (l: number[]): number => (l[4]! - l[0]!) / Math.max(l[2]!, 1);
  const before = spread(pair.before.all.luma);
  const after = spread(pair.after.all.luma);
  if (!(before > 0.02) || !(after > 0.02)) return null;
  const ratio = after / before;
  const strength = ramp(Math.abs(Math.log(ratio)), FROM, TO);
  if (strength <= 0) return null;
  const amount = ratio > 1 ? percent(ratio) : percent(1 / ratio);
  return {
    id: 'contrast',
    strength: round2(strength * 0.7),
    detail: `the after has ${amount}% ${ratio > 1 ? 'more' : 'less'} contrast: different light or an edit`,
    evidence: `after ${ratio > 1 ? '+' : '−'}${amount}% contrast`,
  };
};
