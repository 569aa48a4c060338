import { browser } from 'wxt/browser';
import { db, type DecisionRow } from '../db';
import { panelFocusItem } from '../panel-focus';
import type { Handlers } from '../router';

type ScanHandlers = Pick<Handlers, 'scan:get-decisions' | 'scan:set-decision' | 'scan:analyse-media' | 'scan:open-compare'>;

const decisionId = (row: Pick<DecisionRow, 'site' | 'kind' | 'key'>): string => `${row.site}:${row.kind}:${row.key}`;

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/** Chrome's side panel API, which webextension-polyfill does not wrap. */
function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

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

  // Replaced by the image pipeline (pixel-analysis issue); until then posts keep their text verdict.
  'scan:analyse-media'() {
    return { status: 'not-checked', reason: 'Image analysis is not available yet.' };
  },

  'scan:open-compare'(request, { tabId }) {
    // sidePanel.open must run while the click's user gesture is still current: call it first,
    // before any await. The panel reads the focus on load and follows later changes.
    const sidePanel = chromeSidePanel();
    const opened = sidePanel && tabId !== undefined
      ? sidePanel.open({ tabId })
      : browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }).then(() => undefined);
    return Promise.all([opened, panelFocusItem.setValue({ ...request, at: Date.now() })]).then(() => true as const);
  },
};
