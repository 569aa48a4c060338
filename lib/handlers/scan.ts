import { db, type DecisionRow } from '../db';
import { openComparePanel } from '../open-panel';
import { panelFocusItem } from '../panel-focus';
import type { Handlers } from '../router';

type ScanHandlers = Pick<Handlers, 'scan:get-decisions' | 'scan:set-decision' | 'scan:open-compare'>;

const decisionId = (row: Pick<DecisionRow, 'site' | 'kind' | 'key'>): string => `${row.site}:${row.kind}:${row.key}`;

export const scanHandlers: ScanHandlers = {
  async 'scan:get-decisions'({ site, postKeys, authors }) {
    const ids = [
      ...postKeys.map((key) => decisionId({ site, kind: 'not-before-after', key })),
      ...authors.map((key) => decisionId({ site, kind: 'hide-author', key })),
    ];
    const rows = (await db().decisions.bulkGet(ids)).filter((row): row is DecisionRow => row !== undefined);
    return {
      notBeforeAfter: rows.filter((row) => row.kind === 'not-before-after').map((row) => row.key),
      hiddenAuthors: rows.filter((row) => row.kind === 'hide-author').map((row) => row.key),
    };
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
