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
import { LIVE_SLICE_MS, SLICE_MS, whenIdle } from './idle';
import { pageWrites } from './writes';

/** One before/after post the scanner is keeping a badge for. */
interface Tracked {
  post: Element;
  info: PostInfo;
  verdict: Verdict;
  image: ImageState;
  /** undefined: none drawn (yet); null: drawing it failed. */
  badge?: MountedBadge | null;
  /** The photo check was asked for (it is asked once). */
  checking?: true;
}

/** Labels are not read for the first look: the cue check reads words only. */
const NO_LABELS = emptyLabels();

/**
 * Words that take the signals' paths (before/after, treatment, timing, claims, sponsorship, and the
 * face-only path). V8 compiles each regex separately for plain Latin-1 text and for text with
 * characters beyond it (emoji, arrows), each first to bytecode and on its second use to machine code,
 * so every kind of text is judged twice; that compiling is most of the first verdicts' cost.
 */
const WARM_UP = [
  'Before and after 1 session of microneedling: acne scars gone in 2 weeks, pores erased #ad #beforeandafter',
  'Before ➡️ after 1 session of microneedling 😍 acne scars gone in 2 weeks, pores erased #ad #beforeandafter',
  'Antes y después 😍 mi cara en 3 días, sin filtro, resultados permanentes #publicidad',
];

/**
 * The feed scanner of one page: finds posts, judges them, marks them, mounts badges and merges the
 * photo check when it arrives. Every step is guarded: a post that cannot be read is marked `none`,
 * and nothing a page contains stops the scan.
 *
 * A post the site adds while we watch is judged, and its badge drawn, in the same task as the
 * site's insertion (the MutationObserver's microtasks), so the badge is laid out and painted with
 * the post, in a frame the site pays for anyway; the photo check's answer updates the badge with the
 * page's next own change (writes.ts). A badge drawn in a frame of its own cost a long feed ~12 ms.
 * For that, the user's earlier choices (hidden posts and authors) are read once, before the scan.
 */
export function startScanner(ctx: ContentScriptContext, adapter: SiteAdapter, settings: Settings): { stop(): void } {
  const controller = new AbortController();
  const tracked = new Map<Element, Tracked>();
  const hiddenPosts = new Set<string>();
  const hiddenAuthors = new Set<string>();
  const write = pageWrites(controller.signal);
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
      hiddenPosts.add(entry.info.key);
      forget(entry, 'none');
      void sendWithRetry('scan:set-decision', { site: adapter.site, kind: 'not-before-after', key: entry.info.key }).catch(() => undefined);
    },
    loadEqualLight: () => sendWithRetry('scan:equal-light', { site: adapter.site, urls: entry.info.media.slice(0, 8) }),
    opened: () => checkImage(entry),
    hideAuthor: () => {
      const author = entry.info.author;
      if (!author) return;
      hiddenAuthors.add(author);
      for (const other of [...tracked.values()]) if (other.info.author === author) forget(other, null);
      void sendWithRetry('scan:set-decision', { site: adapter.site, kind: 'hide-author', key: author }).catch(() => undefined);
    },
  });

  /** Removes a post's badge; `mark` replaces its verdict mark (null: keep it, flag it hidden). */
  const forget = (entry: Tracked, mark: 'none' | null): void => {
    tracked.delete(entry.post);
    entry.badge?.remove();
    if (mark) entry.post.setAttribute(MARK, mark);
    else entry.post.setAttribute(HIDDEN_MARK, 'author');
  };

  /** Draws the entry's verdict with the page's next own DOM change (see writes.ts). */
  const render = (entry: Tracked): void => write(() => draw(entry));

  const draw = (entry: Tracked): void => {
    if (controller.signal.aborted || !tracked.has(entry.post)) return;
    if (entry.post.getAttribute(MARK) !== entry.verdict.level) entry.post.setAttribute(MARK, entry.verdict.level);
    const model = modelFor(entry);
    if (!wantsBadge(entry.verdict)) {
      entry.badge?.remove();
      entry.badge = undefined;
      return;
    }
    if (entry.badge !== undefined) {
      entry.badge?.update(model);
      return;
    }
    try {
      entry.badge = mountBadge(adapter.badgeSlot(entry.post), model);
    } catch (error) {
      console.warn('[Candid Skin] could not show a badge', error);
      entry.badge = null;
    }
  };

  /** Asks the background to check the post's photo, once (a post without one was settled in `settle`). */
  const checkImage = (entry: Tracked): void => {
    if (entry.checking || !entry.info.media.length) return;
    entry.checking = true;
    sendWithRetry('scan:analyse-media', { site: adapter.site, urls: entry.info.media.slice(0, 8) })
      .catch((): ImageFinding => ({ status: 'not-checked', reason: 'the photo could not be fetched.' }))
      .then((finding) => {
        const before = entry.verdict;
        entry.image = { state: 'done', finding };
        entry.verdict = judge(entry.info, imageReasons(finding));
        // Same level: the badge looks the same (only its card and accessible name learn the
        // result), so it is updated now, drawing nothing; a new level waits for the page's next change.
        if (entry.verdict.level === before.level) draw(entry);
        else render(entry);
      });
  };

  /**
   * First look at queued posts, in slices of at most SLICE_MS when idle (for posts the site has
   * just added, a first slice of LIVE_SLICE_MS at once, the rest when idle): most posts have no
   * before/after cue in their words and are marked `none` after that cheap check; only the rest get
   * the full read (labels, links, media, page data) and a verdict.
   */
  const queue: Element[] = [];
  const queued = new WeakSet<Element>();
  let pumping: (() => void) | null = null;

  const pump = (live = false): void => {
    pumping?.();
    pumping = null;
    const started = performance.now();
    const budget = live ? LIVE_SLICE_MS : SLICE_MS;
    const later: Element[] = [];
    while (queue.length && performance.now() - started < budget) {
      const post = queue.shift()!;
      if (!post.isConnected || post.hasAttribute(MARK)) continue;
      const look = firstLook(post, live);
      if (look === 'later') {
        // Added without its words yet (the site may fill it in a moment): looked at when idle.
        queued.delete(post);
        later.push(post);
      } else if (look) settle(look);
    }
    if (later.length) enqueue(later, false);
    else if (queue.length && !controller.signal.aborted) pumping = whenIdle(() => pump());
  };

  const firstLook = (post: Element, live: boolean): Tracked | 'later' | null => {
    try {
      // Cheapest first: one native read of the caption element's text and a substring test (most
      // posts stop here), then the words only (labels never make a post a before/after).
      const superset = adapter.wordsSuperset(post);
      if (live && !superset?.trim()) return 'later';
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

  /**
   * The user's earlier choices for this post, then its badge (drawn now: for a post the site has
   * just added, that is in the site's own frame) and its photo check.
   */
  const settle = (entry: Tracked): void => {
    if (hiddenPosts.has(entry.info.key)) {
      entry.post.setAttribute(MARK, 'none');
      return;
    }
    if (entry.info.author && hiddenAuthors.has(entry.info.author)) {
      entry.post.setAttribute(HIDDEN_MARK, 'author');
      return;
    }
    tracked.set(entry.post, entry);
    if (!entry.info.media.length) {
      entry.image = { state: 'done', finding: { status: 'not-checked', reason: 'the post shows no image we can read.' } };
    }
    draw(entry);
    // The photo can only add reasons, so a post its words already make doubtful keeps its badge
    // whatever the photo shows: its photo is checked when its card is opened, not fetched for
    // every such post the user scrolls past (less of the user's data, and of the feed's time).
    if (entry.verdict.level !== 'doubtful') checkImage(entry);
  };

  const enqueue = (posts: Element[], live: boolean): void => {
    for (const post of posts) {
      if (queued.has(post)) continue;
      queued.add(post);
      queue.push(post);
    }
    if (live) pump(true);
    else if (!pumping && queue.length) pumping = whenIdle(() => pump());
  };
  controller.signal.addEventListener('abort', () => pumping?.());

  void sendWithRetry('scan:list-decisions', { site: adapter.site })
    .then((answer) => {
      answer.notBeforeAfter.forEach((key) => hiddenPosts.add(key));
      answer.hiddenAuthors.forEach((author) => hiddenAuthors.add(author));
    })
    .catch(() => undefined) // without the background we still show what the text says
    .then(() => {
      // The first verdicts compile the signals' regexes (tens of ms): done when idle, one text per
      // idle callback (no long task), so it never lands in the site's own task with the first posts it adds.
      const texts = [...WARM_UP, ...WARM_UP.map((caption) => `${caption} #again`)]; // new words: the regexes run again
      const warmUp = (): void => {
        if (controller.signal.aborted) return;
        const caption = texts.shift();
        if (caption === undefined) {
          observePosts(adapter, enqueue, controller.signal);
          warnWhenNoPosts(ctx, adapter, controller.signal);
          return;
        }
        const input = { site: adapter.site, key: 'warm-up', kind: 'feed' as const, caption, hashtags: [], author: null, media: [], labels: NO_LABELS };
        mayHaveCueIn(caption);
        isSkinBeforeAfter(input);
        judge(input);
        whenIdle(warmUp);
      };
      whenIdle(warmUp);
    });

  /** Our badges go with the scanner: when it restarts, and when the extension is reloaded or removed. */
  const removeBadges = (): void => {
    controller.abort();
    for (const entry of tracked.values()) entry.badge?.remove();
    tracked.clear();
  };
  ctx.onInvalidated(removeBadges);

  return {
    stop(): void {
      removeBadges();
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
