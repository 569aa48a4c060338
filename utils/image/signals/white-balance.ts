import type { ImageSignal } from '../types';
import { ramp, round2, type ImageSignalRule } from './types';

/**
 * White balance: the median red-to-blue ratio (temperature) and green-to-magenta ratio (tint) of
 * the whole half. Ratios are unchanged by exposure; medians are unchanged by a few calmer red spots.
 * Strength 0 below a 4% ratio change, 1 from 10%.
 */
const FROM = 0.04;
const TO = 0.1;

export const whiteBalanceSignal: ImageSignalRule = (pair): ImageSignal | null => {
  const warmer = pair.after.all.warmth - pair.before.all.warmth;
  const greener = pair.after.all.tint - pair.before.all.tint;
  const temperature = ramp(Math.abs(warmer), FROM, TO);
  const tint = ramp(Math.abs(greener), FROM * 1.25, TO * 1.25);
  const strength = Math.max(temperature, tint);
  if (strength <= 0) return null;
  const pct = (v: number): number => Math.round((Math.exp(Math.abs(v)) - 1) * 100);
  if (temperature >= tint) {
    const word = warmer > 0 ? 'warmer' : 'cooler';
    const much = temperature >= 1 ? 'much ' : '';
    return {
      id: 'white-balance',
      strength: round2(strength),
      detail: `the after is ${much}${word} (${word === 'warmer' ? 'more orange' : 'more blue'}) than the before: a different light or a colour filter`,
      evidence: `after ${word}: red/blue ${warmer > 0 ? '+' : '−'}${pct(warmer)}%`,
    };
  }
  const word = greener > 0 ? 'greener' : 'more magenta';
  return {
    id: 'white-balance',
    strength: round2(strength),
    detail: `the after has a different colour cast (${word}): a different light or a colour filter`,
    evidence: `after ${word}: tint ${greener > 0 ? '+' : '−'}${pct(greener)}%`,
  };
};
