// One measured pass over a generated feed: open it, start the page's infinite feed, scroll to the
// bottom in fixed steps, wait until the page is idle, and return the main thread's metric deltas.
import type { CDPSession, Page } from 'playwright-core';
import type { Site } from '../../utils/sites/types';
import type { BenchBrowser } from './browser';
import { enableMetrics, longTasks, mainThreadBreakdown, metricsDelta, ourHotFunctions, readMetrics, startTrace, waitForQuiet, type HotFunction, type LongTask, type Metrics } from './cdp';
import { FEED_PATHS, SITE_HOSTS } from './feed';

/** Scroll step in CSS px: less than the viewport's height, so every post passes through it. */
export const SCROLL_STEP = 600;

export interface FeedRun {
  metrics: Metrics;
  posts: number;
  /** Posts the scanner marked (`data-candid`) and badges mounted; 0 without the extension. */
  marked: number;
  badges: number;
  /** Badges on posts generated as before/after, and on the others (both should be as expected). */
  badgesOnBeforeAfter: number;
  badgesElsewhere: number;
  steps: number;
  /** Long tasks (> 50 ms) seen by the page's own PerformanceObserver during the measured window. */
  longTasks: PageLongTask[];
}

interface Counts {
  posts: number;
  marked: number;
  badges: number;
  badgesOnBeforeAfter: number;
  badgesElsewhere: number;
}

function counts(page: Page): Promise<Counts> {
  return page.evaluate(() => {
    const posts = [...document.querySelectorAll('[data-fixture-expect]')];
    const withBadge = posts.filter((post) => post.querySelector('candid-badge'));
    return {
      posts: posts.length,
      marked: posts.filter((post) => post.hasAttribute('data-candid')).length,
      badges: document.querySelectorAll('candid-badge').length,
      badgesOnBeforeAfter: withBadge.filter((post) => post.getAttribute('data-fixture-expect') === 'ba').length,
      badgesElsewhere: withBadge.filter((post) => post.getAttribute('data-fixture-expect') !== 'ba').length,
    };
  });
}

/**
 * Records long tasks in the page (no tracing overhead, but no attribution either: neither long
 * tasks nor long animation frames name a content script's code — tried — hence the traced pass).
 * A string, not a function: tsx would wrap a function in a helper the page does not have.
 */
const LONG_TASK_RECORDER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask' });
`;

export interface PageLongTask {
  start: number;
  ms: number;
}

/** Opens the feed and, with the extension, waits until its content script has marked the first post. */
async function openFeed(browser: BenchBrowser, site: Site, html: string): Promise<Page> {
  const host = SITE_HOSTS[site];
  browser.serve(host, html);
  const page = await browser.context.newPage();
  await page.addInitScript(LONG_TASK_RECORDER);
  await page.goto(`https://${host}${FEED_PATHS[site]}`, { waitUntil: 'load' });
  if (browser.extensionId) {
    await page.waitForFunction(() => document.querySelector('[data-fixture-expect][data-candid]') !== null, undefined, { timeout: 20_000 });
  } else {
    // The same pause the extension's start takes, so both runs begin from a loaded, idle page.
    await page.waitForTimeout(300);
  }
  return page;
}

/**
 * Up to `max` scroll steps (each: scroll by SCROLL_STEP, then two frames); the first call starts the
 * page's infinite feed. `done` once the end is reached with every post appended.
 */
async function scrollSteps(page: Page, max: number): Promise<{ steps: number; done: boolean }> {
  return page.evaluate(async ([step, limit]) => {
    const w = window as unknown as { __feedStart(): void; __feedRemaining: number; __benchStarted?: boolean; __idleAtBottom?: number };
    // (No named inner functions here: tsx would wrap them in a helper the page does not have.)
    if (!w.__benchStarted) {
      w.__benchStarted = true;
      w.__feedStart();
    }
    let count = 0;
    while (count < limit) {
      window.scrollBy(0, step);
      count++;
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      if (!atBottom) continue;
      if (w.__feedRemaining === 0) return { steps: count, done: true };
      // The page's observer fires on a change of intersection only; nudge it if it ever stalls.
      w.__idleAtBottom = (w.__idleAtBottom ?? 0) + 1;
      if (w.__idleAtBottom > 10) {
        w.__feedStart();
        w.__idleAtBottom = 0;
      }
    }
    return { steps: count, done: false };
  }, [SCROLL_STEP, max] as const);
}

class StalledTurn extends Error {
  override name = 'StalledTurn';
}

/** A turn of a few steps takes well under a second; one that has not ended after this has stalled. */
const TURN_LIMIT_MS = 60_000;

/**
 * `scrollSteps` that cannot hang the benchmark. Its frames wait on requestAnimationFrame, which a page
 * that is not being drawn never calls back: the likely cause of runs that stopped with the CPU idle
 * (not reproduced with logging on). Past `limitMs` it fails, saying whether the page was visible.
 */
async function scrollTurn(page: Page, max: number, limitMs = TURN_LIMIT_MS): Promise<{ steps: number; done: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void page
        .evaluate(() => `${document.visibilityState}, ${document.hasFocus() ? 'focused' : 'not focused'}, at ${Math.round(window.scrollY)} px`)
        .catch(() => 'not answering')
        .then((state) => reject(new StalledTurn(`a scroll turn stalled for ${limitMs / 1000} s (page ${state})`)));
    }, limitMs);
  });
  try {
    return await Promise.race([scrollSteps(page, max), stalled]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Every post is in the page once the scroll is done. With the extension, wait for its marks and
 * badges: every 250 ms, two selector queries, so the polling adds next to nothing to the "with" runs.
 */
async function waitForExtension(page: Page, beforeAfter: number): Promise<void> {
  await page.waitForFunction(
    (badges) => document.querySelector('[data-fixture-expect]:not([data-candid])') === null && document.querySelectorAll('candid-badge').length >= badges,
    beforeAfter,
    { timeout: 60_000, polling: 250 },
  ).catch(() => undefined); // a shortfall is reported in the counts, not hidden by a crash
}

/** Starts the feed, scrolls to its end in fixed steps and waits for the scanner (if any) to finish. */
async function scrollThrough(page: Page, expectExtension: boolean, beforeAfter: number): Promise<number> {
  // The whole feed in one turn (a traced pass takes ~30 s).
  const { steps } = await scrollTurn(page, Number.MAX_SAFE_INTEGER, 5 * TURN_LIMIT_MS);
  if (expectExtension) await waitForExtension(page, beforeAfter);
  return steps;
}

/** Scroll steps one browser takes before the next one's turn in `measureRound`. */
const STEPS_PER_TURN = 8;

/**
 * One measured round: the feed open in every browser at once, scrolled in turns of a few steps
 * each, so that whatever the shared machine does during the round (other tenants, frequency
 * changes) falls on all of them alike; each page's own main-thread CPU time is read separately.
 * Sequential runs of ~15 s each drifted apart by ±5%, more than the extension's whole cost.
 */
export async function measureRound(
  browsers: readonly BenchBrowser[],
  site: Site,
  html: string,
  /** Badges each extension should mount (one number for all, or one per browser). */
  beforeAfter: number | readonly number[],
): Promise<FeedRun[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measureRoundOnce(browsers, site, html, beforeAfter);
    } catch (error) {
      if (!(error instanceof StalledTurn) || attempt > ROUND_RETRIES) throw error;
      dropped++;
      process.stderr.write(`${error.message}: that round is dropped and measured again with fresh pages\n`);
    }
  }
}

/**
 * A stalled turn is a page that stopped drawing frames: it still answers, visible and focused, at the end
 * of the feed (seen a few times in long runs, never with logging on). Its round would be billed for
 * frames never drawn, so the whole round is measured again with fresh pages, at most twice.
 */
const ROUND_RETRIES = 2;
let dropped = 0;

/** Rounds dropped after a stalled turn (and measured again) so far in this process: the report says how many. */
export function droppedRounds(): number {
  return dropped;
}

/** A feed page of one browser in a round, with its metrics at the start and its progress. */
interface OpenPage {
  browser: BenchBrowser;
  page: Page;
  cdp: CDPSession;
  before: Metrics;
  from: number;
  steps: number;
  done: boolean;
}

/** One attempt at a round; its pages are closed whatever happens (a stalled one included). */
async function measureRoundOnce(
  browsers: readonly BenchBrowser[],
  site: Site,
  html: string,
  beforeAfter: number | readonly number[],
): Promise<FeedRun[]> {
  const open: OpenPage[] = [];
  try {
    for (const browser of browsers) {
      const page = await openFeed(browser, site, html);
      const cdp = await browser.context.newCDPSession(page);
      await enableMetrics(cdp);
      open.push({ browser, page, cdp, before: {} as Metrics, from: 0, steps: 0, done: false });
    }
    for (const entry of open) {
      await waitForQuiet(entry.cdp, { quietMs: 300 });
      // Start every page from a collected heap. Loading a page (and a content script) leaves garbage
      // that V8 collects a few seconds later, whenever its heuristics say: on this small page that GC
      // (~50–100 ms) fell inside the measured scroll with the extension and just after it without —
      // with 12 s of quiet before the scroll the page without it collected inside the scroll too.
      // Collecting both before measuring bills each run for the garbage it makes while scrolling.
      await entry.cdp.send('HeapProfiler.collectGarbage');
      entry.before = await readMetrics(entry.cdp);
      entry.from = await entry.page.evaluate(() => performance.now());
    }
    while (open.some((entry) => !entry.done)) {
      for (const entry of open) {
        if (entry.done) continue;
        const turn = await scrollTurn(entry.page, STEPS_PER_TURN);
        entry.steps += turn.steps;
        entry.done = turn.done;
      }
    }
    const runs: FeedRun[] = [];
    for (const [i, entry] of open.entries()) {
      if (entry.browser.extensionId) await waitForExtension(entry.page, typeof beforeAfter === 'number' ? beforeAfter : (beforeAfter[i] ?? 0));
    }
    for (const { page, cdp, before, from, steps } of open) {
      await waitForQuiet(cdp);
      const after = await readMetrics(cdp);
      const seen = await counts(page);
      const recorded = await page.evaluate(() => (window as unknown as { __longTasks: PageLongTask[] }).__longTasks);
      await cdp.detach();
      runs.push({ metrics: metricsDelta(after, before), steps, ...seen, longTasks: recorded.filter((task) => task.start >= from) });
    }
    return runs;
  } finally {
    for (const { page } of open) await page.close().catch(() => undefined);
  }
}

/**
 * `runs` measured rounds of `browsers` on one feed, after one unmeasured pass each (it warms the caches,
 * fonts and compiled code, every variant would have). Who goes first flips every round (ABBA).
 * `expected[i]`: the badges browser i should mount. Returns each browser's runs, in `browsers` order;
 * `onRun` hears of each run as it is measured (for progress lines).
 */
export async function measureRounds(
  browsers: readonly BenchBrowser[],
  site: Site,
  html: string,
  expected: readonly number[],
  runs: number,
  onRun: (browser: number, round: number, run: FeedRun) => void = () => undefined,
): Promise<FeedRun[][]> {
  for (const [i, browser] of browsers.entries()) await measureFeed(browser, site, html, expected[i]!);
  const results: FeedRun[][] = browsers.map(() => []);
  for (let round = 0; round < runs; round++) {
    const order = browsers.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    const measured = await measureRound(order.map((i) => browsers[i]!), site, html, order.map((i) => expected[i]!));
    order.forEach((i, k) => {
      results[i]!.push(measured[k]!);
      onRun(i, round, measured[k]!);
    });
  }
  return results;
}

/** One measured run in one browser. `beforeAfter` = the number of badges the extension should mount. */
export async function measureFeed(browser: BenchBrowser, site: Site, html: string, beforeAfter: number): Promise<FeedRun> {
  const [run] = await measureRound([browser], site, html, beforeAfter);
  return run!;
}

export interface TracedFeed {
  longTasks: LongTask[];
  /** Our code's time in the pass (profiler samples) and its hottest functions. */
  ours: { totalMs: number; functions: HotFunction[] };
  /** Self time per trace event name on the page's main thread, ms. */
  breakdown: Map<string, number>;
}

/** The same pass under a trace (not measured: tracing itself costs time); returns its long tasks. */
export async function traceFeed(browser: BenchBrowser, site: Site, html: string, beforeAfter: number): Promise<TracedFeed> {
  const page = await openFeed(browser, site, html);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage'); // as in measureRound
  const stop = await startTrace(cdp);
  await scrollThrough(page, browser.extensionId !== null, beforeAfter);
  await page.waitForTimeout(1000);
  const events = await stop();
  await cdp.detach();
  await page.close();
  const host = SITE_HOSTS[site];
  return { longTasks: longTasks(events, host), ours: ourHotFunctions(events, host), breakdown: mainThreadBreakdown(events, host) };
}
