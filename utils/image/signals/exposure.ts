import type { ImageSignal } from '../types';
import { percent, ramp, round2, type ImageSignalRule } from './types';

/**
 * Exposure: the median and quartiles of luma move together when the light changes. Percentiles,
 * not means, so that fewer dark spots (a change a treatment can make) do not read as more light.
 * Strength: 0 below a 6% change (the natural variation of two honest shots), 1 from 16%.
 */
const FROM = Math.log(1.06);
const TO = Math.log(1.16);

function ratioOf(before: number[], after: number[]): number {
  const logs = [1, 2, 3].map((k) => Math.log(Math.max(after[k]!, 1) / Math.max(before[k]!, 1))).sort((p, q) => p - q);
  return Math.exp(logs[1]!);
}

export const exposureSignal: ImageSignalRule = (pair): ImageSignal | null => {
  const whole = ratioOf(pair.before.all.luma, pair.after.all.luma);
  const strength = ramp(Math.abs(Math.log(whole)), FROM, TO);
  if (strength <= 0) return null;
  const word = whole > 1 ? 'brighter' : 'darker';
  const amount = whole > 1 ? percent(whole) : percent(1 / whole);
  const { skin: bSkin, rest: bRest } = pair.before;
  const { skin: aSkin, rest: aRest } = pair.after;
  // Light falls on everything; when the surroundings did not change, the skin alone was changed.
  if (bSkin && aSkin && bRest && aRest && pair.before.skinShare < 0.85 && pair.after.skinShare < 0.85) {
    const skin = ratioOf(bSkin.luma, aSkin.luma);
    const rest = ratioOf(bRest.luma, aRest.luma);
    if (Math.abs(Math.log(rest)) < Math.abs(Math.log(skin)) / 3) {
      return {
        id: 'exposure',
        strength: round2(strength * 0.8),
        detail: `the after's skin is ${percent(skin)}% ${skin > 1 ? 'brighter' : 'darker'} but its surroundings are not: not a change of light, the skin itself was made ${skin > 1 ? 'lighter' : 'darker'} (make-up, editing, or the skin)`,
        evidence: `skin ${skin > 1 ? '+' : '−'}${percent(skin)}%, surroundings ${rest > 1 ? '+' : '−'}${percent(rest)}%`,
      };
    }
    return {
      id: 'exposure',
      strength: round2(strength),
      detail: `the after is ${amount}% ${word}, skin and surroundings alike: a change of light, not of skin`,
      evidence: `after ${whole > 1 ? '+' : '−'}${amount}% brightness`,
    };
  }
  return {
    id: 'exposure',
    strength: round2(strength),
    detail: `the after is ${amount}% ${word}; with little besides skin in the picture, a change of light cannot be told apart from a change of skin`,
    evidence: `after ${whole > 1 ? '+' : '−'}${amount}% brightness`,
  };
};
