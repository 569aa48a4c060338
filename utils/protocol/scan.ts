import { arrayOf, object, oneOf, optional, str } from '../validate';
import { route } from './define';
import { SITES, type Site } from '../sites/types';
import { TREATMENT_IDS, type TreatmentId } from '../treatments';
import type { ImageFinding } from '../image/types';

/** Messages of the feed scanner (content script → background). */

export const DECISION_KINDS = ['not-before-after', 'hide-author'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

const site = oneOf(SITES);

/** More hidden posts or authors than anyone makes by hand; the list is read once per page. */
export const MAX_DECISIONS = 5000;
const key = str(300, 1);

export interface DecisionsQuery {
  site: Site;
}
/** The user's choices for one site; at most MAX_DECISIONS of each kind, newest first. */
export interface DecisionsAnswer {
  notBeforeAfter: string[];
  hiddenAuthors: string[];
}

export interface DecisionChange {
  site: Site;
  kind: DecisionKind;
  key: string;
  /** false removes the decision (the card's "undo"). */
  on?: boolean;
}

export interface MediaRequest {
  site: Site;
  /** Image URLs of the post, best candidates first; the background fetches only allowlisted hosts. */
  urls: string[];
}

export interface CompareRequest {
  treatment?: TreatmentId;
  concern?: string;
}

export const scanRoutes = {
  'scan:list-decisions': route<DecisionsQuery, DecisionsAnswer>(['content'], object({ site })),
  'scan:set-decision': route<DecisionChange, true>(
    ['content'],
    object({ site, kind: oneOf(DECISION_KINDS), key, on: optional((v) => (typeof v === 'boolean' ? v : null)) }),
  ),
  'scan:analyse-media': route<MediaRequest, ImageFinding>(
    ['content'],
    object({ site, urls: arrayOf(str(2048, 8), 8) }),
  ),
  'scan:equal-light': route<MediaRequest, string | null>(
    ['content'],
    object({ site, urls: arrayOf(str(2048, 8), 8) }),
  ),
  'scan:open-compare': route<CompareRequest, true>(
    ['content', 'extension-page'],
    object({ treatment: optional(oneOf(TREATMENT_IDS)), concern: optional(str(40, 1)) }),
  ),
};
