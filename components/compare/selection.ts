import { CONCERN_IDS, TREATMENT_IDS, type ConcernId, type TreatmentId } from '../../utils/treatments';
import { isComparable } from '../../utils/knowledge/treatments';

/**
 * What the panel compares: which treatments are picked, and how a "compare" request from a post
 * (or the page URL) changes that. Pure, so the rules are tested without a browser.
 */

export const MAX_COMPARE = 3;
export const MIN_COMPARE = 2;
/** The pair our sources compare directly (treatments.md, "Microneedling vs microdermabrasion"). */
export const DEFAULT_SELECTION: readonly TreatmentId[] = ['microneedling', 'microdermabrasion'];

/** A request to show a treatment and/or a concern. `at` tells two equal requests apart. */
export interface Focus {
  treatment?: TreatmentId;
  concern?: ConcernId;
  at: number;
}

const isTreatment = (v: unknown): v is TreatmentId => typeof v === 'string' && (TREATMENT_IDS as readonly string[]).includes(v);
const isConcern = (v: unknown): v is ConcernId => typeof v === 'string' && (CONCERN_IDS as readonly string[]).includes(v);

/**
 * A focus from untrusted input (session storage written from a content script's request, or the
 * page URL): unknown treatments and concerns are dropped; null when nothing usable is left.
 */
export function parseFocus(raw: unknown): Focus | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { treatment, concern, at } = raw as Record<string, unknown>;
  const focus: Focus = { at: typeof at === 'number' && Number.isFinite(at) ? at : 0 };
  if (isTreatment(treatment)) focus.treatment = treatment;
  if (isConcern(concern)) focus.concern = concern;
  return focus.treatment || focus.concern ? focus : null;
}

/**
 * How long a stored focus counts as "the post you just asked about". Older, it is ignored on load,
 * so opening the panel from the toolbar later starts from the default pair. Session storage clears
 * it when the browser closes anyway.
 */
export const FOCUS_FRESH_MS = 10 * 60 * 1000;

export function isFreshFocus(focus: Focus, now: number): boolean {
  return now - focus.at <= FOCUS_FRESH_MS;
}

/** The newer of two focuses (a stored value read late must not undo a change seen meanwhile). */
export function newerFocus(current: Focus | null, next: Focus | null): Focus | null {
  if (!next) return current;
  return current && current.at > next.at ? current : next;
}

/** `?treatment=…&concern=…` of the panel page (Firefox fallback, or the panel opened in a tab). */
export function focusFromSearch(search: string): Focus | null {
  const params = new URLSearchParams(search);
  return parseFocus({ treatment: params.get('treatment'), concern: params.get('concern'), at: 0 });
}

/**
 * The treatments to show for a focus: the focused one first, beside the one our sources compare it
 * with (microneedling with microdermabrasion, everything else with microneedling). A treatment we
 * have no source for leaves the selection as it was; the panel says why.
 */
export function selectionForFocus(focus: Focus | null, current: readonly TreatmentId[]): TreatmentId[] {
  const treatment = focus?.treatment;
  if (!treatment || !isComparable(treatment)) return [...current];
  const partner: TreatmentId = treatment === 'microneedling' ? 'microdermabrasion' : 'microneedling';
  return [treatment, partner];
}

/** Adds or removes one treatment; adding beyond MAX_COMPARE changes nothing. */
export function toggleTreatment(selected: readonly TreatmentId[], id: TreatmentId): TreatmentId[] {
  if (selected.includes(id)) return selected.filter((x) => x !== id);
  if (selected.length >= MAX_COMPARE || !isComparable(id)) return [...selected];
  return [...selected, id];
}
