import type { ImageSignal } from '../types';
import type { ImageSignalRule } from './types';

/**
 * The before and the after are one photograph and nothing was changed: the post shows no result
 * at all. Worth saying (issue 6), with a moderate strength: it is not a trick of light, but it is not
 * a result either. Only when no other change was found (the registry drops it otherwise).
 */
export const samePhotoSignal: ImageSignalRule = (pair): ImageSignal | null => {
  const local = pair.local;
  if (!local) return null;
  const changed = Object.values(local.changed).reduce((s, n) => s + n, 0);
  const untouched = local.gains.every((g) => Math.abs(g - 1) < 0.03);
  if (changed > 0 || !untouched || local.medianResidual > 2) return null;
  return {
    id: 'same-photo',
    strength: 0.5,
    detail: 'the before and the after are the same photograph with nothing changed: it shows no result at all',
    evidence: 'one photograph, unchanged',
  };
};
