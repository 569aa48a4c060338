// The photo check end to end: a TikTok-like post whose image is a lighting-edited before/after
// composite, served from an allowlisted image host, gets a doubtful badge whose card lists an image
// reason; the same post with an honest composite does not get one from the photo.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, launchExtension, type Launched, type Responder } from './harness';
import { editExposure, editWhiteBalance, composite } from '../../utils/image/synthetic/edits';
import { honestPair } from '../../utils/image/synthetic/pairs';
import type { RgbaImage } from '../../utils/image/types';

const IMAGE_HOST = 'p16-sign-va.tiktokcdn.com';

function jpeg(image: RgbaImage): Promise<Buffer> {
  return sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), { raw: { width: image.width, height: image.height, channels: 4 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

// A plain before/after caption with no other red flag, so the photo decides the verdict.
function post(id: string, caption: string): string {
  return `
<div data-e2e="recommend-list-item-container" class="item" id="${id}">
  <a data-e2e="video-author-avatar" href="/@skin.diary.${id}"><span><img alt="" src="https://${IMAGE_HOST}/obj/avatar-${id}.jpeg"></span></a>
  <div class="body">
    <a href="/@skin.diary.${id}"><h3 data-e2e="video-author-uniqueid">skin.diary.${id}</h3><h4 data-e2e="video-author-nickname">Skin diary</h4></a>
    <div data-e2e="video-desc"><span>${caption} </span><a href="/tag/microneedling"><strong>#microneedling</strong></a></div>
    <div data-e2e="feed-video"><div mode="0"><img mode="0" alt="${caption}" src="https://${IMAGE_HOST}/obj/${id}.jpeg?x-expires=1700000000&amp;x-signature=abc"></div></div>
  </div>
</div>`;
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>For You</title>
<style>[data-e2e="feed-video"] img { width: 280px; display: block; }</style></head>
<body><main class="feed">
${post('edited', 'My microneedling before and after, session 3 of 5')}
${post('honest', 'Microneedling before and after, session 3 of 5, same bathroom light')}
${post('claims', 'Microneedling before and after: scars gone overnight after just one session')}
</main></body></html>`;

let launched: Launched;
const images: Record<string, Buffer> = {};
/** Paths of post images the background (not the page) asked for. */
const backgroundFetches: string[] = [];

beforeAll(async () => {
  const p = honestPair(81, 240, 300, undefined, { background: 0.3 });
  images['/obj/edited.jpeg'] = await jpeg(composite([p.before, editWhiteBalance(editExposure(p.after, 1.35), 0.06)], 'side-by-side', 8));
  images['/obj/honest.jpeg'] = await jpeg(composite([p.before, p.after], 'side-by-side', 8));
  images['/obj/claims.jpeg'] = images['/obj/edited.jpeg'];
  const media: Responder = (url, route) => {
    let fromPage = false;
    try {
      fromPage = Boolean(route.request().frame());
    } catch {
      fromPage = false; // a service worker's request has no frame
    }
    if (!fromPage) backgroundFetches.push(url.pathname);
    const body = images[url.pathname];
    return body ? route.fulfill({ status: 200, contentType: 'image/jpeg', body }) : route.fulfill({ status: 404, body: '' });
  };
  launched = await launchExtension({ hosts: { 'www.tiktok.com': html(PAGE), [IMAGE_HOST]: media } });
});

afterAll(async () => {
  await launched?.close();
});

describe('photo check in the feed', () => {
  it('marks the lighting-edited composite doubtful, with an image reason and the equal-light view in its card', async () => {
    const tab = await launched.context.newPage();
    await tab.goto('https://www.tiktok.com/foryou');
    const edited = tab.locator('#edited');
    await expect.poll(() => edited.getAttribute('data-candid'), { timeout: 20_000 }).toBe('doubtful');
    const button = edited.locator('candid-badge button.badge');
    await button.click();
    const card = edited.locator('candid-badge [role="dialog"]');
    await card.waitFor();
    const imageReasons = card.locator('[data-reason-signal="image"]');
    await expect.poll(() => imageReasons.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await imageReasons.first().textContent()).toMatch(/brighter|warmer|light/);
    expect(await card.locator('img.equal-light').getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);

    // An open card sits above the posts below it (their badges included): close it first.
    await tab.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);

    // The honest composite of the same skin: its photo adds no reason.
    const honest = tab.locator('#honest');
    await expect.poll(() => honest.locator('candid-badge').count(), { timeout: 20_000 }).toBe(1);
    await honest.locator('candid-badge button.badge').click();
    const honestCard = honest.locator('candid-badge [role="dialog"]');
    await honestCard.waitFor();
    await expect.poll(() => honestCard.locator('[data-image-status]').getAttribute('data-image-status'), { timeout: 10_000 }).toBe('checked');
    expect(await honestCard.locator('[data-reason-signal="image"]').count()).toBe(0);
    expect(await honest.getAttribute('data-candid')).not.toBe('doubtful');
    await tab.close();
  });

  it('checks the photo of a post its words already make doubtful only when its card is opened', async () => {
    const tab = await launched.context.newPage();
    await tab.goto('https://www.tiktok.com/foryou');
    const claims = tab.locator('#claims');
    await expect.poll(() => claims.locator('candid-badge').count(), { timeout: 20_000 }).toBe(1);
    expect(await claims.getAttribute('data-candid')).toBe('doubtful');
    // The other posts' photos are checked meanwhile; this one's is not fetched by the background.
    await expect.poll(() => backgroundFetches.filter((path) => path === '/obj/honest.jpeg').length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(backgroundFetches).not.toContain('/obj/claims.jpeg');

    await claims.locator('candid-badge button.badge').click();
    const card = claims.locator('candid-badge [role="dialog"]');
    await card.waitFor();
    await expect.poll(() => card.locator('[data-reason-signal="image"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(backgroundFetches.filter((path) => path === '/obj/claims.jpeg')).toHaveLength(1);
    expect(await claims.getAttribute('data-candid')).toBe('doubtful');
    await tab.close();
  });
});
