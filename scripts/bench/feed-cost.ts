// One measured pass over a generated feed: open it, start the page's infinite feed, scroll to the
// bottom in fixed steps, wait until the page is idle, and return the main thread's metric deltas.
import type { Page } from 'playwright-core';
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

/** Starts the feed, scrolls to its end in fixed steps and waits for the scanner (if any) to finish. */
async function scrollThrough(page: Page, expectExtension: boolean, total: number, beforeAfter: number): Promise<number> {
  const steps = await page.evaluate(async (step) => {
    const w = window as unknown as { __feedStart(): void; __feedRemaining: number };
    // (No named inner functions here: tsx would wrap them in a helper the page does not have.)
    w.__feedStart();
    let count = 0;
    let idleAtBottom = 0;
    for (;;) {
      window.scrollBy(0, step);
      count++;
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      if (!atBottom) continue;
      if (w.__feedRemaining === 0) break;
      // The page's observer fires on a change of intersection only; nudge it if it ever stalls.
      if (++idleAtBottom > 10) {
        w.__feedStart();
        idleAtBottom = 0;
      }
    }
    return count;
  }, SCROLL_STEP);
  // Both variants poll the same way; only the extension's runs wait for marks and badges.
  await page.waitForFunction(
    ([withExtension, posts, badges]) => {
      const all = document.querySelectorAll('[data-fixture-expect]');
      if (all.length !== posts) return false;
      if (!withExtension) return true;
      return document.querySelectorAll('[data-fixture-expect][data-candid]').length === posts && document.querySelectorAll('candid-badge').length >= badges;
    },
    [expectExtension, total, beforeAfter] as const,
    { timeout: 60_000, polling: 100 },
  ).catch(() => undefined); // a shortfall is reported in the counts, not hidden by a crash
  return steps;
}

/** One measured run. `beforeAfter` = the number of badges the extension should mount. */
export async function measureFeed(browser: BenchBrowser, site: Site, html: string, total: number, beforeAfter: number): Promise<FeedRun> {
  const page = await openFeed(browser, site, html);
  const cdp = await browser.context.newCDPSession(page);
  await enableMetrics(cdp);
  await waitForQuiet(cdp, { quietMs: 300 });
  const before = await readMetrics(cdp);
  const from = await page.evaluate(() => performance.now());
  const steps = await scrollThrough(page, browser.extensionId !== null, total, beforeAfter);
  await waitForQuiet(cdp);
  const after = await readMetrics(cdp);
  const seen = await counts(page);
  const recorded = await page.evaluate(() => {
    return (window as unknown as { __longTasks: PageLongTask[] }).__longTasks;
  });
  await cdp.detach();
  await page.close();
  return {
    metrics: metricsDelta(after, before),
    steps,
    ...seen,
    longTasks: recorded.filter((task) => task.start >= from),
  };
}

export interface TracedFeed {
  longTasks: LongTask[];
  /** Our code's time in the pass (profiler samples) and its hottest functions. */
  ours: { totalMs: number; functions: HotFunction[] };
  /** Self time per trace event name on the page's main thread, ms. */
  breakdown: Map<string, number>;
}

/** The same pass under a trace (not measured: tracing itself costs time); returns its long tasks. */
export async function traceFeed(browser: BenchBrowser, site: Site, html: string, total: number, beforeAfter: number): Promise<TracedFeed> {
  const page = await openFeed(browser, site, html);
  const cdp = await browser.context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await scrollThrough(page, browser.extensionId !== null, total, beforeAfter);
  await page.waitForTimeout(1000);
  const events = await stop();
  await cdp.detach();
  await page.close();
  const host = SITE_HOSTS[site];
  return { longTasks: longTasks(events, host), ours: ourHotFunctions(events, host), breakdown: mainThreadBreakdown(events, host) };
}
