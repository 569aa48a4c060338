import type { ImageSignal } from '../types';
import { ramp, round2, skinOrAll, type ImageSignalRule } from './types';

/**
 * Skin smoothing: fine-texture energy of the after's skin over the before's (exposure-normalised).
 * Calibration (issue 6): a different framing of the same skin lowers it by 15–20%, professional
 * retouching keeps 90–99% of it, so only a much larger drop means a smoothing filter.
 * Strength 0 above 72% of the before's texture, 1 at 50% or less.
 */
const FROM = 0.72;
const TO = 0.5;

export const smoothingSignal: ImageSignalRule = (pair): ImageSignal | null => {
  const { before, after, onSkin } = skinOrAll(pair);
  const ratio = after.texture / before.texture;
  const strength = ramp(ratio, FROM, TO);
  if (strength <= 0) return null;
  const kept = Math.round(ratio * 100);
  const restRatio = pair.before.rest && pair.after.rest ? pair.after.rest.texture / pair.before.rest.texture : NaN;
  const wholeSofter = Number.isFinite(restRatio) && restRatio < FROM;
  const where = onSkin ? "the after's skin texture" : "the after's fine texture";
  let detail = `${where} is smoothed far beyond what a treatment does (${kept}% of the before's texture left)`;
  if (wholeSofter) detail += '; the surroundings are softer too, so part of it may be a lower resolution or blur';
  else if (onSkin && Number.isFinite(restRatio)) detail += ', while the surroundings kept theirs: a skin filter';
  return {
    id: 'smoothing',
    strength: round2(strength),
    detail,
    evidence: `after skin texture ${kept}% of before`,
  };
};
