/** Bounds of what the journal accepts, from the form and from an import file alike. */

/** Sessions before this are refused: no one logs microneedling from the last century. */
export const EARLIEST_DATE = Date.UTC(2000, 0, 1);
/** A planned session may be logged ahead, but not more than a year ahead. */
export const MAX_AHEAD_MS = 365 * 24 * 3600 * 1000;
/** Deepest needle accepted (mm): professional devices stay well under this. */
export const MAX_DEPTH_MM = 3;
/** Notes longer than this (in characters as the user sees them, so an emoji counts once). */
export const MAX_NOTES_CHARS = 2000;
export const MAX_ID_LENGTH = 64;
/** Import files larger than this are refused unread. 1,000 full sessions take about 3 MB. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
export const MAX_IMPORT_SESSIONS = 20_000;
export const MAX_IMPORT_COURSES = 1_000;
export const MAX_IMPORT_TICKS = 200_000;

/** Characters as a person counts them: one per code point, so an emoji is one, not two. */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

export function isPlausibleTime(ms: unknown, now: number): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= EARLIEST_DATE && ms <= now + MAX_AHEAD_MS;
}

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** A new random id for a record (crypto.randomUUID exists in every context we run in). */
export function newId(): string {
  return crypto.randomUUID();
}
