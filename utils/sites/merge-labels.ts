import { emptyLabels, type PostLabels } from './types';

/**
 * Labels seen on the page combined with those from the page JSON: a label is on when either
 * source shows it; effects are the union, page names first. With `partial`, returns only what
 * either side set (for accumulating JSON facts).
 */
export function mergeLabels(a: Partial<PostLabels>, b: Partial<PostLabels> | undefined, partial: true): Partial<PostLabels>;
export function mergeLabels(a: PostLabels, b: Partial<PostLabels> | undefined): PostLabels;
export function mergeLabels(a: Partial<PostLabels>, b: Partial<PostLabels> | undefined, partial = false): Partial<PostLabels> {
  const out: Partial<PostLabels> = partial ? {} : emptyLabels();
  for (const flag of ['paidPartnership', 'sponsored', 'aiGenerated'] as const) {
    if (a[flag] === true || b?.[flag] === true) out[flag] = true;
    else if (!partial) out[flag] = false;
  }
  const effects = [...(a.effects ?? [])];
  for (const name of b?.effects ?? []) if (!effects.includes(name)) effects.push(name);
  if (effects.length > 0 || !partial) out.effects = effects.slice(0, 20);
  return out;
}
