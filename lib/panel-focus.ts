import { storage } from 'wxt/utils/storage';
import type { CompareRequest } from '../utils/protocol/scan';

/**
 * What the side panel should show when it opens from a post's "compare" button. Session storage:
 * a hint for the next opening, not something to keep.
 */
export const panelFocusItem = storage.defineItem<(CompareRequest & { at: number }) | null>('session:panelFocus', {
  fallback: null,
});
