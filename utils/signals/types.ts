import type { KbSection } from '../knowledge/sources';
import type { TreatmentId } from '../treatments';
import type { PostLabels } from '../sites/types';

/** What every text signal reads: the post's own words and the platform's labels. */
export interface TextInput {
  caption: string;
  hashtags: string[];
  labels: PostLabels;
}

export type SignalId = 'before-after' | 'treatment' | 'claims' | 'sponsorship' | 'filters' | 'image';

/** One reason a post may not show real results. */
export interface Reason {
  signal: SignalId;
  /** Stable id of the specific finding, e.g. "claims.overnight". */
  id: string;
  /** 0..1: how strongly this alone suggests the result is not real. */
  strength: number;
  /** The words or labels that triggered it, as found on the page (shown as text only). */
  evidence: string[];
  /** A plain sentence for the card, in the product's words. */
  reason: string;
  /** The knowledge-base section the reason rests on. */
  kb: KbSection;
}

/** What a reason signal knows besides the text: the treatment the post is about, if named. */
export interface SignalContext {
  treatment: TreatmentId | null;
}

/** A text signal that gives reasons (registered in utils/signals/index.ts). */
export interface ReasonSignal {
  id: SignalId;
  detect(input: TextInput, context: SignalContext): Reason[];
}

/**
 * An image reason with this id says the picture itself is a before/after composite (a fact, not a
 * red flag): it makes a post a before/after even when the caption does not say so.
 */
export const COMPOSITE_REASON_ID = 'image.composite';
