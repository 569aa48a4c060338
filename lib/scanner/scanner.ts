import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountBadge, type MountedBadge } from '../../components/badge/mount';
import type { BadgeModel, ImageState } from '../../components/badge/model';
import { imageReasons } from '../../utils/image/reasons';
import type { ImageFinding } from '../../utils/image/types';
import { HIDDEN_MARK, MARK } from '../../utils/page-marks';
import { emptyLabels, type PageFacts, type PostInfo, type SiteAdapter } from '../../utils/sites/types';
import { judgePost, type Verdict } from '../../utils/verdict';
import { isSkinBeforeAfter, mayHaveCueIn } from '../../utils/signals/before-after';
import { sendWithRetry } from '../messaging';
import type { Settings } from '../../utils/settings';
import { observePosts } from './observe';
import { SLICE_MS, whenIdle } from './idle';
import { batchWrites } from './writes';

/** One before/after post the scanner is keeping a badge for. */
interface Tracked {
  post: Element;
  info: PostInfo;
  verdict: Verdict;
  image: ImageState;
  badge?: Promise<MountedBadge | null>;
}

/** Labels are not read for the first look: the cue check reads words only. */
const NO_LABELS = emptyLabels();

/**
 * How long a new badge waits for its photo check before it shows with "Checking the photo…": most
 * checks answer sooner, and a badge drawn once, complete, costs the page one write instead of two.
 */
const IMAGE_WAIT_MS = 1500;

/** The router accepts at most this many keys per decisions query. */
const DECISION_BATCH = 200;

/**
 * The feed scanner of one page: finds posts, judges them, marks them, mounts badges and merges the
 * photo check when it arrives. Every step is guarded: a post that cannot be read is marked `none`,
 * and nothing a page contains stops the scan.
 */
export function startScanner(ctx: ContentScriptContext, adapter: SiteAdapter, settings: Settings): { stop(): void } {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  ctx.onInvalidated(stop);
  const tracked = new Map<Element, Tracked>();
  const write = batchWrites(controller.signal);
  let facts: PageFacts | null = null;
  try {
    facts = adapter.readPageFacts(document);
  } catch {
    facts = null; // page data is a bonus; the DOM is read either way
  }

  const judge = (info: PostInfo, extra: Verdict['reasons'] = []): Verdict =>
    judgePost(info, { sensitivity: settings.sensitivity }, extra);

  const wantsBadge = (verdict: Verdict): boolean =>
    verdict.level === 'doubtful' || verdict.level === 'unsure' || (verdict.level === 'no-red-flags' && settings.showNoRedFlags);

  const modelFor = (entry: Tracked): BadgeModel => ({
    verdict: entry.verdict,
    author: entry.info.author,
    image: entry.image,
    compare: () => {
      void sendWithRetry('scan:open-compare', {
        ...(entry.verdict.treatment ? { treatment: entry.verdict.treatment } : {}),
        ...(entry.verdict.concern ? { concern: entry.verdict.concern } : {}),
      }).catch(() => undefined);
    },
    notBeforeAfter: () => {
      forget(entry, 'none');
      void sendWithRetry('scan:set-decision', { site: adapter.site, kind: 'not-before-after', key: entry.info.key }).catch(() => undefined);
    },
    loadEqualLight: () => sendWithRetry('scan:equal-light', { site: adapter.site, urls: entry.info.media.slice(0, 8) }),
    hideAuthor: () => {
      const author = entry.info.author;
      if (!author) return;
      for (const other of [...tracked.values()]) if (other.info.author === author) forget(other, null);
      void sendWithRetry('scan:set-decision', { site: adapter.site, kind: 'hide-author', key: author }).catch(() => undefined);
    },
  });

  /** Removes a post's badge; `mark` replaces its verdict mark (null: keep it, flag it hidden). */
  const forget = (entry: Tracked, mark: 'none' | null): void => {
    tracked.delete(entry.post);
    void entry.badge?.then((badge) => badge?.remove());
    if (mark) entry.post.setAttribute(MARK, mark);
    else entry.post.setAttribute(HIDDEN_MARK, 'author');
  };

  /** Draws the entry's verdict at the next batch of writes. */
  const render = (entry: Tracked): void => write(() => draw(entry));

  const draw = (entry: Tracked): void => {
    if (controller.signal.aborted || !tracked.has(entry.post)) return;
    entry.post.setAttribute(MARK, entry.verdict.level);
    const model = modelFor(entry);
    if (!wantsBadge(entry.verdict)) {
      void entry.badge?.then((badge) => badge?.remove());
      entry.badge = undefined;
      return;
    }
    if (entry.badge) {
      void entry.badge.then((badge) => badge?.update(model));
      return;
    }
    entry.badge = mountBadge(ctx, adapter.badgeSlot(entry.post), model).catch((error: unknown) => {
      console.warn('[Candid Skin] could not show a badge', error);
      return null;
    });
  };

  const checkImage = (entry: Tracked): void => {
    if (!entry.info.media.length) {
      entry.image = { state: 'done', finding: { status: 'not-checked', reason: 'the post shows no image we can read.' } };
      render(entry);
      return;
    }
    sendWithRetry('scan:analyse-media', { site: adapter.site, urls: entry.info.media.slice(0, 8) })
      .catch((): ImageFinding => ({ status: 'not-checked', reason: 'the photo could not be fetched.' }))
      .then((finding) => {
        entry.image = { state: 'done', finding };
        entry.verdict = judge(entry.info, imageReasons(finding));
        render(entry);
      });
  };

  /**
   * First look at queued posts, in idle slices of at most SLICE_MS: most posts have no
   * before/after cue in their words and are marked `none` after that cheap check; only the rest
   * get the full read (labels, links, media, page data) and a verdict.
   */
  const queue: Element[] = [];
  const queued = new WeakSet<Element>();
  let pumping: (() => void) | null = null;

  const pump = (): void => {
    pumping = null;
    const started = performance.now();
    const candidates: Tracked[] = [];
    while (queue.length && performance.now() - started < SLICE_MS) {
      const post = queue.shift()!;
      if (!post.isConnected || post.hasAttribute(MARK)) continue;
      const entry = firstLook(post);
      if (entry) candidates.push(entry);
    }
    if (candidates.length) void settle(candidates);
    if (queue.length && !controller.signal.aborted) pumping = whenIdle(pump);
  };

  const firstLook = (post: Element): Tracked | null => {
    try {
      // Cheapest first: one native read of the caption element's text and a substring test (most
      // posts stop here), then the words only (labels never make a post a before/after).
      const superset = adapter.wordsSuperset(post);
      if ((superset !== null && !mayHaveCueIn(superset)) || !isSkinBeforeAfter({ ...adapter.readWords(post), labels: NO_LABELS })) {
        post.setAttribute(MARK, 'none');
        return null;
      }
      const info = adapter.extract(post, facts);
      const verdict = judge(info);
      post.setAttribute(MARK, verdict.level);
      return verdict.level === 'none' ? null : { post, info, verdict, image: { state: 'pending' } };
    } catch (error) {
      post.setAttribute(MARK, 'none');
      console.debug('[Candid Skin] skipped a post it could not read', error);
      return null;
    }
  };

  /** The user's earlier choices for these posts, then their badges and photo checks. */
  const settle = async (fresh: Tracked[]): Promise<void> => {
    const hiddenPosts = new Set<string>();
    const hiddenAuthors = new Set<string>();
    for (let i = 0; i < fresh.length; i += DECISION_BATCH) {
      const batch = fresh.slice(i, i + DECISION_BATCH);
      try {
        const answer = await sendWithRetry('scan:get-decisions', {
          site: adapter.site,
          postKeys: batch.map((entry) => entry.info.key),
          authors: [...new Set(batch.flatMap((entry) => (entry.info.author ? [entry.info.author] : [])))],
        });
        answer.notBeforeAfter.forEach((key) => hiddenPosts.add(key));
        answer.hiddenAuthors.forEach((author) => hiddenAuthors.add(author));
      } catch {
        // Without the background we still show what the text says.
      }
    }
    for (const entry of fresh) {
      if (controller.signal.aborted || !entry.post.isConnected) continue;
      if (hiddenPosts.has(entry.info.key)) {
        entry.post.setAttribute(MARK, 'none');
        continue;
      }
      if (entry.info.author && hiddenAuthors.has(entry.info.author)) {
        entry.post.setAttribute(HIDDEN_MARK, 'author');
        continue;
      }
      tracked.set(entry.post, entry);
      checkImage(entry);
      // Drawn when the photo check answers, or after IMAGE_WAIT_MS with the check still running.
      ctx.setTimeout(() => {
        if (entry.image.state === 'pending') render(entry);
      }, IMAGE_WAIT_MS);
    }
  };

  const enqueue = (posts: Element[]): void => {
    for (const post of posts) {
      if (queued.has(post)) continue;
      queued.add(post);
      queue.push(post);
    }
    if (!pumping && queue.length) pumping = whenIdle(pump);
  };
  controller.signal.addEventListener('abort', () => pumping?.());

  observePosts(adapter, enqueue, controller.signal);
  warnWhenNoPosts(ctx, adapter, controller.signal);

  return {
    stop(): void {
      stop();
      for (const entry of tracked.values()) void entry.badge?.then((badge) => badge?.remove());
      tracked.clear();
      for (const post of document.querySelectorAll(`[${MARK}]`)) {
        post.removeAttribute(MARK);
        post.removeAttribute(HIDDEN_MARK);
      }
    },
  };
}

/**
 * Makes breakage visible (as Refined GitHub does): on a page that should show posts, say once in
 * the console when none was found, so a changed site is noticed instead of silently ignored.
 */
function warnWhenNoPosts(ctx: ContentScriptContext, adapter: SiteAdapter, signal: AbortSignal): void {
  ctx.setTimeout(() => {
    if (signal.aborted || document.querySelector(`[${MARK}]`)) return;
    if (adapter.expectsPosts(location)) {
      console.warn(`[Candid Skin] no ${adapter.site} posts found on this page: the site's layout may have changed.`);
    }
  }, 8000);
}
