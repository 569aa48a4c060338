// The feed scanner in real Chromium, on our fixtures served under the real host names.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { html, launchExtension, readExtensionStorage, ROOT, writeExtensionStorage, type Launched, type Responder } from './harness';

const fixture = (site: string, name: string): string => fs.readFileSync(path.join(ROOT, 'tests/fixtures', site, name), 'utf8');
const TIKTOK_FEED = 'foryou.html';
const INSTAGRAM_FEED = 'home-feed.html';
const INSTAGRAM_GRID = 'profile-grid.html';
const HOSTILE = 'hostile.html';

let photo: Buffer;
const media: Responder = (_url, route) => route.fulfill({ status: 200, contentType: 'image/jpeg', body: photo });

/** Pages served per host; each test sets what the next navigation gets. */
const served: Record<string, string> = {};
const page: Responder = (url, route) => {
  const body = served[url.host];
  if (!body || route.request().resourceType() !== 'document') return route.abort();
  return html(body)(url, route);
};

let launched: Launched;

beforeAll(async () => {
  photo = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 200, g: 160, b: 140 } } }).jpeg().toBuffer();
  launched = await launchExtension({
    hosts: {
      'www.tiktok.com': page,
      'www.instagram.com': page,
      'p16-sign-va.tiktokcdn.com': media,
      'p16-sign-sg.tiktokcdn.com': media,
      'p77-sign-va.tiktokcdn.com': media,
      'scontent.cdninstagram.com': media,
      'instagram.fxyz1-1.fna.fbcdn.net': media,
    },
  });
});

afterAll(async () => {
  await launched?.close();
});

/** Waits until every fixture post carries the scanner's mark, then returns expectation vs outcome. */
async function marks(tab: Page): Promise<{ expect: string; candid: string; badges: number }[]> {
  await tab.waitForFunction(() => {
    const posts = [...document.querySelectorAll('[data-fixture-expect]')];
    return posts.length > 0 && posts.every((post) => post.hasAttribute('data-candid'));
  }, undefined, { timeout: 15_000 });
  // Badges mount asynchronously after the mark: let them land.
  await tab.waitForTimeout(500);
  return tab.evaluate(() =>
    [...document.querySelectorAll('[data-fixture-expect]')].map((post) => ({
      expect: post.getAttribute('data-fixture-expect') ?? '',
      candid: post.getAttribute('data-candid') ?? '',
      badges: post.querySelectorAll('candid-badge').length,
    })),
  );
}

function expectBadgesOnExactlyTheBeforeAfterPosts(result: { expect: string; candid: string; badges: number }[]): void {
  expect(result.filter((post) => post.expect === 'ba').length).toBeGreaterThan(0);
  for (const [index, post] of result.entries()) {
    if (post.expect === 'ba') {
      expect(post.candid, `post ${index}`).not.toBe('none');
      expect(post.badges, `post ${index}`).toBe(1);
    } else {
      expect(post.candid, `post ${index}`).toBe('none');
      expect(post.badges, `post ${index}`).toBe(0);
    }
  }
}

async function open(host: string, pathname: string, body: string): Promise<Page> {
  served[host] = body;
  const tab = await launched.context.newPage();
  await tab.goto(`https://${host}${pathname}`);
  return tab;
}

describe('feed scanner', () => {
  it('badges exactly the before/after posts of a TikTok feed', async () => {
    const tab = await open('www.tiktok.com', '/foryou', fixture('tiktok', TIKTOK_FEED));
    expectBadgesOnExactlyTheBeforeAfterPosts(await marks(tab));
    await tab.close();
  });

  it('badges exactly the before/after posts of an Instagram feed and a profile grid', async () => {
    const feed = await open('www.instagram.com', '/', fixture('instagram', INSTAGRAM_FEED));
    expectBadgesOnExactlyTheBeforeAfterPosts(await marks(feed));
    await feed.close();
    const grid = await open('www.instagram.com', '/dermabea.skin/', fixture('instagram', INSTAGRAM_GRID));
    expectBadgesOnExactlyTheBeforeAfterPosts(await marks(grid));
    await grid.close();
  });

  it('flags posts that scroll in later', async () => {
    const tab = await open('www.tiktok.com', '/foryou', fixture('tiktok', TIKTOK_FEED));
    await marks(tab);
    const before = await tab.locator('candid-badge').count();
    // Infinite scroll: the site appends a copy of a before/after item with a new id and caption.
    await tab.evaluate(() => {
      const template = document.querySelector('[data-fixture-expect="ba"]')!;
      const copy = template.cloneNode(true) as Element;
      copy.removeAttribute('data-candid');
      copy.querySelectorAll('candid-badge').forEach((badge) => badge.remove());
      copy.querySelectorAll('a[href*="/video/"]').forEach((link) => link.setAttribute('href', '/@later/video/7000000000000000099'));
      template.parentElement!.append(copy);
      copy.scrollIntoView();
    });
    await expect.poll(() => tab.locator('candid-badge').count(), { timeout: 10_000 }).toBe(before + 1);
    await tab.close();
  });

  it('draws the badge of a post the site adds in the same frame as the post, and fills in the photo check later', async () => {
    const tab = await open('www.tiktok.com', '/foryou', fixture('tiktok', TIKTOK_FEED));
    await marks(tab);
    // The next animation frame callback after the site's append runs before that frame is laid out
    // and painted: the badge must already be there, so the page lays it out once, with the post.
    const inFirstFrame = await tab.evaluate(async () => {
      const template = document.querySelector('[data-fixture-expect="ba"]')!;
      const copy = template.cloneNode(true) as Element;
      copy.removeAttribute('data-candid');
      copy.querySelectorAll('candid-badge').forEach((badge) => badge.remove());
      copy.querySelectorAll('a[href*="/video/"]').forEach((link) => link.setAttribute('href', '/@sameframe/video/7000000000000000077'));
      copy.id = 'same-frame';
      template.parentElement!.append(copy);
      return new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(copy.querySelector('candid-badge') !== null)));
    });
    expect(inFirstFrame).toBe(true);
    // The photo check answers after the badge is drawn; its result reaches the badge's card
    // (with the page's next own change, or on its own after a short wait on a still page).
    const badge = tab.locator('#same-frame candid-badge button.badge');
    await badge.click();
    await expect.poll(() => tab.locator('#same-frame candid-badge').evaluate((host) => host.shadowRoot?.textContent ?? ''), { timeout: 10_000 }).not.toContain('Checking the photo');
    await tab.close();
  });

  it('flags a post reached by in-app navigation', async () => {
    const tab = await open('www.tiktok.com', '/foryou', fixture('tiktok', TIKTOK_FEED));
    await marks(tab);
    // A single-page app: the URL changes without a load and the feed is replaced by one post.
    await tab.evaluate(() => {
      const template = document.querySelector('[data-fixture-expect="ba"]')!.cloneNode(true) as Element;
      template.removeAttribute('data-candid');
      template.querySelectorAll('candid-badge').forEach((badge) => badge.remove());
      const holder = template.ownerDocument.createElement('div');
      holder.id = 'navigated';
      holder.append(template);
      history.pushState({}, '', '/@someone/video/7000000000000000042');
      document.querySelectorAll('[data-fixture-expect]').forEach((post) => post.remove());
      document.body.append(holder);
    });
    await expect.poll(() => tab.locator('#navigated candid-badge').count(), { timeout: 10_000 }).toBe(1);
    await tab.close();
  });

  it('opens the card with its reasons, keyboard first', async () => {
    const tab = await open('www.tiktok.com', '/foryou', fixture('tiktok', TIKTOK_FEED));
    await marks(tab);
    const doubtful = tab.locator('[data-candid="doubtful"] candid-badge').first();
    const button = doubtful.locator('button.badge');
    await expect.poll(() => button.getAttribute('aria-label')).toMatch(/Candid Skin: .*reason/);
    // Closed, the badge is a plain inline box (no stacking context for the page to repaint)…
    expect(await doubtful.evaluate((host) => [getComputedStyle(host).position, getComputedStyle(host).zIndex])).toEqual(['static', 'auto']);
    await button.focus();
    await tab.keyboard.press('Enter');
    const card = doubtful.locator('[role="dialog"]');
    await card.waitFor();
    // …open, it is raised and anchors its card just below itself.
    expect(await doubtful.evaluate((host) => [getComputedStyle(host).position, getComputedStyle(host).zIndex])).toEqual(['relative', '2']);
    const [badgeBox, cardBox] = [await button.boundingBox(), await card.boundingBox()];
    expect(cardBox!.y - (badgeBox!.y + badgeBox!.height)).toBeGreaterThanOrEqual(0);
    expect(cardBox!.y - (badgeBox!.y + badgeBox!.height)).toBeLessThan(20);
    expect(Math.abs(cardBox!.x - badgeBox!.x)).toBeLessThan(20);
    expect(await card.locator('li[data-reason-signal]').count()).toBeGreaterThan(0);
    expect(await card.textContent()).toMatch(/What real results look like/);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await tab.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await doubtful.evaluate((host) => getComputedStyle(host).position)).toBe('static');
    await tab.close();
  });

  it('opens the comparison from a post’s card on the treatment and concern the post is about', async () => {
    const tab = await open('www.tiktok.com', '/foryou', fixture('tiktok', TIKTOK_FEED));
    await marks(tab);
    // The Spanish dermapen post about acne scars.
    const post = tab.locator('[data-fixture-expect="ba"]', { hasText: 'cicatrices' });
    await post.locator('candid-badge button.badge').click();
    await post.locator('candid-badge').getByRole('button', { name: /^Compare Microneedling/ }).click();
    await expect
      .poll(() => readExtensionStorage(launched, 'session', 'panelFocus'), { timeout: 10_000 })
      .toMatchObject({ treatment: 'microneedling', concern: 'acne-scars' });
    // Chrome opens its side panel (or, where it cannot, the same page in a tab): the panel page
    // reads the focus and opens on that treatment and concern.
    const panel = await launched.context.newPage();
    await panel.goto(`chrome-extension://${launched.extensionId}/sidepanel.html`);
    await expect.poll(() => panel.getByRole('combobox', { name: /Show which treatments address/ }).inputValue()).toBe('acne-scars');
    expect(await panel.locator('table thead th').nth(1).textContent()).toMatch(/^Microneedling/);
    await panel.close();
    await tab.close();
  });

  it('remembers "Not a before/after post" across a reload', async () => {
    const tab = await open('www.tiktok.com', '/foryou', fixture('tiktok', TIKTOK_FEED));
    await marks(tab);
    const post = tab.locator('[data-fixture-expect="ba"]').first();
    await post.locator('candid-badge button.badge').click();
    await post.locator('candid-badge').getByRole('button', { name: 'Not a before/after post' }).click();
    await expect.poll(() => post.getAttribute('data-candid')).toBe('none');
    expect(await post.locator('candid-badge').count()).toBe(0);
    await tab.reload();
    await marks(tab);
    const first = tab.locator('[data-fixture-expect="ba"]').first();
    await expect.poll(() => first.getAttribute('data-candid')).toBe('none');
    expect(await first.locator('candid-badge').count()).toBe(0);
    // The other before/after posts keep their badges.
    expect(await tab.locator('[data-fixture-expect="ba"] candid-badge').count()).toBeGreaterThan(0);
    await tab.close();
  });

  it('hides badges for an author, on this page and after a reload', async () => {
    const tab = await open('www.tiktok.com', '/foryou', fixture('tiktok', TIKTOK_FEED));
    await marks(tab);
    const post = tab.locator('[data-fixture-expect="ba"]', { hasText: 'hautnah.mia' });
    await post.locator('candid-badge button.badge').click();
    await post.locator('candid-badge').getByRole('button', { name: 'Hide for @hautnah.mia' }).click();
    await expect.poll(() => post.locator('candid-badge').count()).toBe(0);
    expect(await post.getAttribute('data-candid-hidden')).toBe('author');
    await tab.reload();
    await marks(tab);
    const reloaded = tab.locator('[data-fixture-expect="ba"]', { hasText: 'hautnah.mia' });
    await expect.poll(() => reloaded.getAttribute('data-candid-hidden')).toBe('author');
    expect(await reloaded.locator('candid-badge').count()).toBe(0);
    // Other authors keep theirs.
    expect(await tab.locator('[data-fixture-expect="ba"] candid-badge').count()).toBeGreaterThan(0);
    await tab.close();
  });

  it('shows a hidden author again from the popup’s settings', async () => {
    const popup = await launched.context.newPage();
    await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await popup.getByRole('button', { name: 'Show @hautnah.mia again on TikTok' }).click();
    await expect.poll(() => popup.locator('.hidden-on-posts [role="status"]').textContent()).toMatch(/^@hautnah\.mia is shown again\./);
    expect(await popup.getByRole('button', { name: 'Show @hautnah.mia again on TikTok' }).count()).toBe(0);
    await popup.close();
    const tab = await open('www.tiktok.com', '/foryou', fixture('tiktok', TIKTOK_FEED));
    await marks(tab);
    const post = tab.locator('[data-fixture-expect="ba"]', { hasText: 'hautnah.mia' });
    await expect.poll(() => post.locator('candid-badge').count()).toBe(1);
    expect(await post.getAttribute('data-candid-hidden')).toBeNull();
    await tab.close();
  });

  it('ignores clicks the page’s own scripts make on a card’s buttons', async () => {
    const tab = await open('www.tiktok.com', '/foryou', fixture('tiktok', TIKTOK_FEED));
    // (Earlier tests hid an author and a post: compare with what this page showed before the clicks.)
    const before = await marks(tab);
    const hiddenBefore = await tab.locator('[data-candid-hidden]').count();
    const pagesBefore = launched.context.pages().length;
    const focusBefore = await readExtensionStorage(launched, 'session', 'panelFocus');
    // The page's world can reach the badge's open shadow root: it opens every card and clicks every action.
    const clicked = await tab.evaluate(() => {
      let count = 0;
      for (const host of document.querySelectorAll('candid-badge')) {
        const shadow = host.shadowRoot!;
        shadow.querySelector<HTMLButtonElement>('button.badge')!.click();
        for (const button of shadow.querySelectorAll<HTMLButtonElement>('.actions button')) {
          button.click();
          count += 1;
        }
      }
      return count;
    });
    expect(clicked).toBeGreaterThan(1);
    await tab.waitForTimeout(1000);
    // No post lost its badge, no author was hidden, no panel or tab was opened for the page.
    expect(before.filter((post) => post.badges === 1).length).toBeGreaterThan(0);
    expect(await marks(tab)).toEqual(before);
    expect(await tab.locator('[data-candid-hidden]').count()).toBe(hiddenBefore);
    expect(launched.context.pages().length).toBe(pagesBefore);
    expect(await readExtensionStorage(launched, 'session', 'panelFocus')).toEqual(focusBefore);
    // And nothing was stored: after a reload every before/after post has its badge.
    await tab.reload();
    expect(await marks(tab)).toEqual(before);
    await tab.close();
  });

  it('follows the settings at once: calm posts unbadged, a site switched off', async () => {
    const tab = await open('www.instagram.com', '/dermabea.skin/', fixture('instagram', INSTAGRAM_GRID));
    await marks(tab);
    const calm = tab.locator('[data-candid="no-red-flags"] candid-badge');
    expect(await calm.count()).toBeGreaterThan(0);
    const base = { sites: { tiktok: true, instagram: true }, sensitivity: 'balanced', sunscreenReminder: false };
    await writeExtensionStorage(launched, 'local', { settings: { ...base, showNoRedFlags: false } });
    await expect.poll(() => calm.count()).toBe(0);
    // Still judged and marked: only the badge is left out.
    await expect.poll(() => tab.locator('[data-candid="no-red-flags"]').count()).toBeGreaterThan(0);
    await writeExtensionStorage(launched, 'local', { settings: { ...base, showNoRedFlags: true, sites: { tiktok: true, instagram: false } } });
    await expect.poll(() => tab.locator('candid-badge').count()).toBe(0);
    expect(await tab.locator('[data-candid]').count()).toBe(0);
    await writeExtensionStorage(launched, 'local', { settings: { ...base, showNoRedFlags: true } });
    await expect.poll(() => tab.locator('candid-badge').count()).toBeGreaterThan(0);
    await tab.close();
  });

  it('never runs page text as code and shows it as text', async () => {
    const tab = await open('www.instagram.com', '/', fixture('instagram', HOSTILE));
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await marks(tab);
    await tab.locator('candid-badge button.badge').first().click().catch(() => undefined);
    await tab.waitForTimeout(300);
    expect(await tab.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false)).toBe(false);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
