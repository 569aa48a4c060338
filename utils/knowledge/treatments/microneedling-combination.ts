import type { ConcernId } from '../../treatments';
import { microneedling } from './microneedling';
import { isNotStated, type ConcernFact, type Fact } from './types';

/**
 * Shared by the combinations (microneedling with PRP, with radiofrequency). Our sources say only
 * that these can be added to microneedling to boost its results [S2], and that PRP can be the
 * serum applied after needling [S2 S3]; every other row of a combination is "not stated". Two
 * things carry over from microneedling because a combination *is* microneedling plus something:
 * the concerns it helps (the added part boosts those results) and, conservatively, who should
 * avoid it.
 */
export function combinationConcerns(added: string): Partial<Record<ConcernId, ConcernFact>> {
  const out: Partial<Record<ConcernId, ConcernFact>> = {};
  for (const [concern, fact] of Object.entries(microneedling.concerns) as [ConcernId, ConcernFact][]) {
    out[concern] = {
      addresses: fact.addresses,
      text: `Through the microneedling it builds on; ${added} is added to boost the results.`,
      sources: [...new Set([...fact.sources, 'S2' as const])],
    };
  }
  return out;
}

/** "Best for", through the microneedling the combination builds on. */
export function combinationBestFor(added: string): Fact {
  const base = microneedling.rows['best-for'];
  return {
    text: `What microneedling is best for (scars, fine lines, pores, texture, dark spots), with ${added} added to boost the results.`,
    sources: isNotStated(base) ? ['S2'] : [...new Set([...base.sources, 'S2' as const])],
  };
}

/** Who should avoid microneedling should avoid anything that includes it. */
export function avoidAsMicroneedling(): Fact {
  const base = microneedling.rows.avoid;
  return {
    text: 'Everyone who should avoid microneedling (see that column), since it includes microneedling.',
    sources: isNotStated(base) ? [] : base.sources,
  };
}
