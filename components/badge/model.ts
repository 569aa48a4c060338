import type { ImageFinding } from '../../utils/image/types';
import type { Verdict } from '../../utils/verdict';

/** What the photo check has said so far about a post. */
export type ImageState = { state: 'pending' } | { state: 'done'; finding: ImageFinding };

/** Everything a badge shows, and what its buttons do. */
export interface BadgeModel {
  verdict: Verdict;
  author: string | null;
  image: ImageState;
  compare(): void;
  notBeforeAfter(): void;
  hideAuthor(): void;
  /** The "equal light" picture, fetched from the background when the card shows it. */
  loadEqualLight(): Promise<string | null>;
  /** The card was opened: a photo check not asked for yet is asked for now. */
  opened(): void;
}

export const LEVEL_TEXT = {
  doubtful: { badge: 'Doubtful before/after', title: 'This before/after may not show real results' },
  unsure: { badge: 'Before/after: look closer', title: 'Some signs this before/after may not be the whole story' },
  'no-red-flags': { badge: 'Before/after: no red flags', title: 'No red flags found in this before/after' },
} as const;

/** The badge button's accessible name: what it says, how many reasons, and what pressing it does. */
export function badgeLabel(level: keyof typeof LEVEL_TEXT, reasons: number, open: boolean): string {
  const count = reasons ? `, ${reasons} ${reasons === 1 ? 'reason' : 'reasons'}` : '';
  return `Candid Skin: ${LEVEL_TEXT[level].badge}${count}. ${open ? 'Hide' : 'Show'} details`;
}
