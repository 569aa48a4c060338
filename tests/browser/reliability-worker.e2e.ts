// The MV3 service worker can be stopped at any time (30 s idle, memory pressure, an update). Here it
// is stopped on purpose in the middle of analysing a feed — post images are slow, so the analysis
// is still fetching them — and every before/after post must still get its badge and its photo
// result, exactly once.
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedPage, generatePosts, MEDIA_HOSTS, SITE_HOSTS } from '../../scripts/bench/feed';
import { smallJpeg } from '../../scripts/bench/browser';
import { html, launchExtension, openExtensionPage, type Launched } from './harness';

/** How long the image hosts take to answer the background: long enough to stop the worker meanwhile. */
const SLOW_IMAGE_MS = 2500;

let launched: Launched;
let tab: Page | null = null;
/** Image requests of the background (not of the page) started and not yet answered. */
let backgroundFetchesInFlight = 0;
let backgroundFetchesStarted = 0;

function fromPage(route: Route): boolean {
  try {
    return route.request().frame().page() === tab;
  } catch {
    return false; // requests of a service worker have no frame
  }
}

async function media(_url: URL, route: Route): Promise<void> {
  const body = await smallJpeg();
  if (fromPage(route)) return route.fulfill({ status: 200, contentType: 'image/jpeg', body });
  backgroundFetchesStarted++;
  backgroundFetchesInFlight++;
  await new Promise((resolve) => setTimeout(resolve, SLOW_IMAGE_MS));
  backgroundFetchesInFlight--;
  // The worker that asked may be gone by now: its request is cancelled, which is fine.
  await route.fulfill({ status: 200, contentType: 'image/jpeg', body }).catch(() => undefined);
}

const posts = generatePosts(40, 0.25);
const beforeAfter = posts.filter((post) => post.beforeAfter).length;

beforeAll(async () => {
  launched = await launchExtension({
    hosts: {
      [SITE_HOSTS.tiktok]: html(feedPage('tiktok', posts)),
      [MEDIA_HOSTS.tiktok]: media,
    },
  });
});

afterAll(async () => {
  await launched?.close();
});

type WorkerVersion = { versionId: string; scriptURL: string; runningStatus: string };

/**
 * Stops the extension's service worker through the DevTools protocol (ServiceWorker.stopWorker on
 * its running version, as chrome://serviceworker-internals does), from an extension page whose
 * storage partition holds the worker's registration, and waits until it reports "stopped".
 */
async function stopServiceWorker(): Promise<void> {
  const page = await openExtensionPage(launched, 'privacy.html');
  const cdp = await launched.context.newCDPSession(page);
  const versions: WorkerVersion[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => void versions.push(...updated));
  await cdp.send('ServiceWorker.enable');
  const ours = (status: string): WorkerVersion | undefined =>
    versions.findLast((v) => v.scriptURL.startsWith(`chrome-extension://${launched.extensionId}/`) && v.runningStatus === status);
  await expect.poll(() => ours('running'), { timeout: 5000 }).toBeDefined();
  await cdp.send('ServiceWorker.stopWorker', { versionId: ours('running')!.versionId });
  await expect.poll(() => ours('stopped'), { timeout: 10_000 }).toBeDefined();
  await cdp.detach();
  await page.close();
}

/** Marks the running worker's global scope, to tell it apart from a restarted one. */
async function markRunningWorker(): Promise<void> {
  const worker = launched.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${launched.extensionId}/`));
  await worker!.evaluate(() => void ((globalThis as unknown as { __candidTestMark: boolean }).__candidTestMark = true));
}

async function runningWorkerIsFresh(): Promise<boolean> {
  const workers = launched.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${launched.extensionId}/`));
  const marks = await Promise.all(
    workers.map((w) => w.evaluate(() => (globalThis as unknown as { __candidTestMark?: boolean }).__candidTestMark === true).catch(() => null)),
  );
  return marks.some((mark) => mark === false);
}

describe('service worker stopped mid-analysis', () => {
  it('still delivers every badge and photo result, none twice', async () => {
    tab = await launched.context.newPage();
    await tab.goto(`https://${SITE_HOSTS.tiktok}/foryou`);
    // The analysis is under way once the background has asked the (slow) image host for a post's image.
    await expect
      .poll(() => backgroundFetchesInFlight, { timeout: 20_000, message: 'the background never fetched a post image (is the image pipeline wired to scan:analyse-media?)' })
      .toBeGreaterThan(0);
    await markRunningWorker();
    const startedBeforeStop = backgroundFetchesStarted;
    await stopServiceWorker();
    expect(backgroundFetchesInFlight, 'the stop landed while images were still being fetched').toBeGreaterThan(0);

    // A new worker starts on the next message (the scanner retries what the stopped one dropped).
    await expect.poll(runningWorkerIsFresh, { timeout: 20_000 }).toBe(true);

    const ba = tab.locator('[data-fixture-expect="ba"]');
    await expect.poll(() => tab!.locator('[data-fixture-expect="ba"] candid-badge').count(), { timeout: 30_000 }).toBe(beforeAfter);
    // Every before/after post: exactly one badge, and its card ends with the photo's result.
    for (let i = 0; i < beforeAfter; i++) {
      const post = ba.nth(i);
      expect(await post.locator('candid-badge').count(), `post ${i}: one badge`).toBe(1);
      await post.locator('candid-badge button.badge').click();
      // "checked": the analysis itself finished (its fallback after failed retries reads "not-checked").
      await post.locator('candid-badge [data-image-status="checked"]').waitFor({ timeout: 30_000 });
      await post.locator('candid-badge button.badge').click(); // close it again
    }
    expect(await tab.locator('[data-fixture-expect="none"] candid-badge').count()).toBe(0);
    expect(await tab.locator('candid-badge').count()).toBe(beforeAfter);
    // The new worker did fetch again what the stopped one had not finished.
    expect(backgroundFetchesStarted).toBeGreaterThan(startedBeforeStop);
  });
});
