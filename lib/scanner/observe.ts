import { BADGE_TAG, MARK } from '../../utils/page-marks';
import type { SiteAdapter } from '../../utils/sites/types';
import { whenIdle } from './idle';

/** Past this many added subtrees in one frame, one rescan of the page is cheaper than walking each. */
const RESCAN_THRESHOLD = 300;

/** Up to this many added subtrees, posts are handed over at once (`live`), in the site's own task. */
const LIVE_ROOTS = 60;

/**
 * Watches the page with ONE MutationObserver and hands new post containers to `onPosts`: what the
 * site adds in small batches at once, with `live` set (the caller draws their badges in the same
 * task, so they share the site's frame; see scanner.ts); the first scan and large batches when the
 * main thread is idle, batched (as uBlock Origin commits staged nodes). Marked posts
 * (`data-candid`) are skipped; the caller also skips posts it has queued. Our own badges are ignored.
 */
export function observePosts(
  adapter: SiteAdapter,
  onPosts: (posts: Element[], live: boolean) => void,
  signal: AbortSignal,
): { rescan(): void } {
  let pending: Element[] = [];
  let fullRescan = true;
  let cancel: (() => void) | null = null;

  const flush = (live = false): void => {
    cancel?.();
    cancel = null;
    const roots = pending;
    pending = [];
    const found = new Set<Element>();
    if (fullRescan || roots.length > RESCAN_THRESHOLD) {
      fullRescan = false;
      for (const post of adapter.findPosts(document)) found.add(post);
    } else {
      for (const root of roots) {
        if (!root.isConnected) continue;
        for (const post of adapter.findPosts(root)) found.add(post);
        const holder = adapter.postContaining(root);
        if (holder) found.add(holder);
      }
    }
    const fresh = [...found].filter((post) => !post.hasAttribute(MARK));
    if (fresh.length) onPosts(fresh, live);
  };

  const schedule = (): void => {
    if (!cancel && !signal.aborted) cancel = whenIdle(() => flush());
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (element.localName === BADGE_TAG) continue;
        pending.push(element);
      }
    }
    if (!pending.length) return;
    if (!fullRescan && pending.length <= LIVE_ROOTS) flush(true);
    else schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancel?.();
  });
  schedule();

  return {
    rescan(): void {
      fullRescan = true;
      schedule();
    },
  };
}
