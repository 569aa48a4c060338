/**
 * The marks the scanner leaves on pages. Other checks rely on them (browser tests, the real-pages
 * check, benchmarks), so they are part of the product's contract:
 * - every post container the scanner processed carries `data-candid` = a verdict level
 *   (`none` for a post that is not a before/after post);
 * - every badge's host element is a `<candid-badge>`.
 */
export const MARK = 'data-candid';
export const BADGE_TAG = 'candid-badge';
/** Set instead of a badge when the user hid badges for the post's author. */
export const HIDDEN_MARK = 'data-candid-hidden';
