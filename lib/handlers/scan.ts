import { decisionKeys, setDecision } from '../decisions';
import { openComparePanel } from '../open-panel';
import { panelFocusItem } from '../panel-focus';
import type { Handlers } from '../router';

type ScanHandlers = Pick<Handlers, 'scan:list-decisions' | 'scan:set-decision' | 'scan:open-compare'>;

/** One comparison opened per tab in this time: more is no user's click (see `openedAt`). */
const OPEN_COMPARE_GAP_MS = 1500;
/** When each tab last opened the comparison. */
const openedAt = new Map<number, number>();

export const scanHandlers: ScanHandlers = {
  // The whole list, once per page: the scanner then decides on each post the moment it appears,
  // with no round trip between a post and its badge (see lib/scanner/writes.ts for why).
  async 'scan:list-decisions'({ site }) {
    const [notBeforeAfter, hiddenAuthors] = await Promise.all([decisionKeys(site, 'not-before-after'), decisionKeys(site, 'hide-author')]);
    return { notBeforeAfter, hiddenAuthors };
  },

  async 'scan:set-decision'(change) {
    await setDecision(change, Date.now());
    return true as const;
  },

  'scan:open-compare'(request, { tabId }) {
    // Open first, while the click's user gesture is current; the panel reads the focus on load
    // and follows later changes. The card answers only the user's own clicks; should a page still
    // get requests through, a tab opens the panel (or, failing that, a new tab) once per gap, not in a loop.
    const now = Date.now();
    const last = tabId === undefined ? undefined : openedAt.get(tabId);
    const fresh = last === undefined || now - last >= OPEN_COMPARE_GAP_MS;
    if (tabId !== undefined && fresh) openedAt.set(tabId, now);
    const opened = fresh ? openComparePanel({ tabId }) : Promise.resolve();
    return Promise.all([opened, panelFocusItem.setValue({ ...request, at: now })]).then(() => true as const);
  },
};
