import { db, type DecisionRow } from '../db';
import { MAX_DECISIONS, type DecisionKind } from '../../utils/protocol/scan';
import { openComparePanel } from '../open-panel';
import { panelFocusItem } from '../panel-focus';
import type { Handlers } from '../router';

type ScanHandlers = Pick<Handlers, 'scan:list-decisions' | 'scan:set-decision' | 'scan:open-compare'>;

const decisionId = (row: Pick<DecisionRow, 'site' | 'kind' | 'key'>): string => `${row.site}:${row.kind}:${row.key}`;

export const scanHandlers: ScanHandlers = {
  // The whole list, once per page: the scanner then decides on each post the moment it appears,
  // with no round trip between a post and its badge (see lib/scanner/writes.ts for why).
  async 'scan:list-decisions'({ site }) {
    const keys = async (kind: DecisionKind): Promise<string[]> => {
      const rows = await db().decisions.where('[site+kind]').equals([site, kind]).toArray();
      return rows.sort((a, b) => b.at - a.at).slice(0, MAX_DECISIONS).map((row) => row.key);
    };
    const [notBeforeAfter, hiddenAuthors] = await Promise.all([keys('not-before-after'), keys('hide-author')]);
    return { notBeforeAfter, hiddenAuthors };
  },

  async 'scan:set-decision'({ site, kind, key, on = true }) {
    const id = decisionId({ site, kind, key });
    if (on) await db().decisions.put({ id, site, kind, key, at: Date.now() });
    else await db().decisions.delete(id);
    return true as const;
  },

  'scan:open-compare'(request, { tabId }) {
    // Open first, while the click's user gesture is current; the panel reads the focus on load
    // and follows later changes.
    const opened = openComparePanel({ tabId });
    return Promise.all([opened, panelFocusItem.setValue({ ...request, at: Date.now() })]).then(() => true as const);
  },
};
