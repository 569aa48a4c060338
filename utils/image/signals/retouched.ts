import type { LocalChange } from '../local-diff';
import type { ImageSignal } from '../types';
import { ramp, round2, type ImageSignalRule } from './types';

const WORDS: Record<LocalChange, string> = {
  smoothed: 'skin smoothed',
  relit: 'areas relit',
  recoloured: 'areas recoloured',
  retouched: 'details removed or painted over (blemishes, lines)',
};

/**
 * The after is the before photograph, edited: the changed blocks of the local comparison.
 * One changed block in 64 can be compression; two or more are an edit. 1 from 10% of the picture.
 */
export const retouchedSignal: ImageSignalRule = (pair): ImageSignal | null => {
  const local = pair.local;
  if (!local) return null;
  const total = Object.values(local.changed).reduce((s, n) => s + n, 0);
  if (total < 2) return null;
  const share = total / local.blocks;
  const strength = Math.max(0.6, ramp(share, 0.02, 0.1));
  const what = (Object.keys(WORDS) as LocalChange[]).filter((k) => local.changed[k] > 0).map((k) => WORDS[k]);
  return {
    id: 'retouched',
    strength: round2(strength),
    detail: `the after is the before photograph, edited: ${what.join(', ')} ${local.where}`,
    evidence: `${Math.round(share * 100)}% of the picture changed ${local.where}`,
  };
};
