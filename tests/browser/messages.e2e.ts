// Forged and malformed runtime messages in the real browser, from every place a message can come
// from: a web page (which cannot reach the runtime at all: no externally_connectable), an
// extension page (content-only types, bad shapes, oversized payloads) and the content script's own
// isolated world (reached through the DevTools protocol). All refused; nothing written.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedPage, generatePosts, MEDIA_HOSTS, SITE_HOSTS } from '../../scripts/bench/feed';
import { smallJpeg } from '../../scripts/bench/browser';
import { html, launchExtension, openExtensionPage, type Launched } from './harness';

let launched: Launched;
let site: Page;
let extensionPage: Page;

const posts = generatePosts(10, 0.2);

beforeAll(async () => {
  const photo = await smallJpeg();
  launched = await launchExtension({
    hosts: {
      [SITE_HOSTS.tiktok]: html(feedPage('tiktok', posts)),
      [MEDIA_HOSTS.tiktok]: (_url, route) => route.fulfill({ status: 200, contentType: 'image/jpeg', body: photo }),
    },
  });
  site = await launched.context.newPage();
  await site.goto(`https://${SITE_HOSTS.tiktok}/foryou`);
  // The scanner has asked the background about the page's posts: the database exists from here on.
  await site.waitForFunction(() => document.querySelectorAll('candid-badge').length === 2, undefined, { timeout: 20_000 });
  extensionPage = await openExtensionPage(launched, 'privacy.html');
  // The page's own posts are still being analysed (results land in the image cache): wait until the
  // database stops changing, so the comparisons below see only what the forged messages do.
  let last = '';
  for (let stable = 0; stable < 3; ) {
    const now = JSON.stringify(await snapshot(extensionPage));
    stable = now === last ? stable + 1 : 0;
    last = now;
    await extensionPage.waitForTimeout(400);
  }
});

afterAll(async () => {
  await launched?.close();
});

type Snapshot = { stores: Record<string, number>; storage: string };

/** The parts of the extension pages' `chrome` API used here (the project has no chrome typings). */
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
}

/** Row counts of every store of the extension's database, and the whole of storage.local. */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    const stores: Record<string, number> = {};
    if (names.includes('candid-skin')) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('candid-skin');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        stores[store] = await new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
    }
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const storage = JSON.stringify(await chrome.storage.local.get(null));
    return { stores, storage };
  });
}

/** Messages an extension page might forge: types meant for the content script only, bad shapes, oversized. */
const FROM_EXTENSION_PAGE: [string, unknown][] = [
  ['content-only: set a decision', { candid: 1, type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'not-before-after', key: 'forged' } }],
  ['content-only: hide an author', { candid: 1, type: 'scan:set-decision', payload: { site: 'instagram', kind: 'hide-author', key: 'forged' } }],
  ['content-only: read decisions', { candid: 1, type: 'scan:list-decisions', payload: { site: 'tiktok' } }],
  ['content-only: analyse media', { candid: 1, type: 'scan:analyse-media', payload: { site: 'tiktok', urls: [`https://${MEDIA_HOSTS.tiktok}/obj/x.jpeg`] } }],
  ['no envelope marker', { type: 'journal:changed', payload: {} }],
  ['wrong envelope marker', { candid: 2, type: 'journal:changed', payload: {} }],
  ['unknown type', { candid: 1, type: 'scan:delete-everything', payload: {} }],
  ['prototype key as type', { candid: 1, type: '__proto__', payload: {} }],
  ['inherited key as type', { candid: 1, type: 'toString', payload: {} }],
  ['constructor as type', { candid: 1, type: 'constructor', payload: {} }],
  ['a bare string', 'journal:changed'],
  ['a number', 42],
  ['null', null],
  ['an array', [1, 'journal:changed']],
  ['payload of the wrong type', { candid: 1, type: 'journal:changed', payload: 'now' }],
  ['payload missing', { candid: 1, type: 'scan:open-compare' }],
  ['unknown treatment', { candid: 1, type: 'scan:open-compare', payload: { treatment: 'snake-oil' } }],
  ['treatment of the wrong type', { candid: 1, type: 'scan:open-compare', payload: { treatment: 7 } }],
  ['concern too long', { candid: 1, type: 'scan:open-compare', payload: { concern: 'x'.repeat(500) } }],
  ['oversized payload (70 KB)', { candid: 1, type: 'journal:changed', payload: { pad: 'x'.repeat(70_000) } }],
  ['oversized payload (2 MB)', { candid: 1, type: 'scan:open-compare', payload: { concern: 'x'.repeat(2_000_000) } }],
];

/** Messages forged from the content script's world: wrong shapes, and a type only extension pages may send. */
const FROM_CONTENT_WORLD: [string, unknown][] = [
  ['extension-page-only type', { candid: 1, type: 'journal:changed', payload: {} }],
  ['unknown decision kind', { candid: 1, type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'delete-all', key: 'k' } }],
  ['unknown site', { candid: 1, type: 'scan:set-decision', payload: { site: 'facebook', kind: 'hide-author', key: 'k' } }],
  ['empty key', { candid: 1, type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'hide-author', key: '' } }],
  ['key too long', { candid: 1, type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'hide-author', key: 'k'.repeat(301) } }],
  ['key of the wrong type', { candid: 1, type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'hide-author', key: 12345 } }],
  ['"on" of the wrong type', { candid: 1, type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'hide-author', key: 'k', on: 'yes' } }],
  ['decisions of an unknown site', { candid: 1, type: 'scan:list-decisions', payload: { site: 'facebook' } }],
  ['too many media URLs', { candid: 1, type: 'scan:analyse-media', payload: { site: 'tiktok', urls: Array.from({ length: 9 }, (_, i) => `https://${MEDIA_HOSTS.tiktok}/obj/${i}.jpeg`) } }],
  ['media URL too long', { candid: 1, type: 'scan:analyse-media', payload: { site: 'tiktok', urls: [`https://${MEDIA_HOSTS.tiktok}/${'a'.repeat(3000)}`] } }],
  ['oversized decision (100 KB)', { candid: 1, type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'hide-author', key: 'k', pad: 'x'.repeat(100_000) } }],
  ['no envelope marker', { type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'hide-author', key: 'k' } }],
  ['unknown type', { candid: 1, type: 'scan:wipe', payload: {} }],
];

/** The content script's isolated world on the site page, found through the DevTools protocol. */
async function contentWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await launched.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => void contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${launched.extensionId}`);
  expect(world, "the content script's world is reachable").toBeDefined();
  return { cdp, contextId: world!.id };
}

async function sendFromContentWorld(world: { cdp: CDPSession; contextId: number }, message: unknown): Promise<unknown> {
  const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', {
    contextId: world.contextId,
    expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((reply) => reply, (error) => ({ transportError: String(error) }))`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

describe('forged runtime messages', () => {
  it('a web page cannot reach the runtime at all', async () => {
    const before = await snapshot(extensionPage);
    const outcome = await site.evaluate(async (id) => {
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
      // A forged envelope posted to the window reaches the content script's world only if it listens (it must not act on it).
      window.postMessage({ candid: 1, type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'hide-author', key: 'from-page' } }, '*');
      if (typeof runtime?.sendMessage !== 'function') return 'unavailable';
      try {
        await runtime.sendMessage(id, { candid: 1, type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'hide-author', key: 'from-page' } });
        return 'delivered';
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, launched.extensionId);
    expect(outcome).toBe('unavailable');
    await site.waitForTimeout(300);
    expect(await snapshot(extensionPage)).toEqual(before);
  });

  it(`refuses ${FROM_EXTENSION_PAGE.length} forged messages from an extension page and writes nothing`, async () => {
    const before = await snapshot(extensionPage);
    expect(before.stores.decisions).toBe(0);
    for (const [name, message] of FROM_EXTENSION_PAGE) {
      const reply = await extensionPage.evaluate(
        (m) =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime
            .sendMessage(m)
            .then((r: unknown) => r, (error: unknown) => ({ transportError: String(error) })),
        message,
      );
      expect(reply, name).toMatchObject({ ok: false });
    }
    expect(await snapshot(extensionPage)).toEqual(before);
  });

  it(`refuses ${FROM_CONTENT_WORLD.length} malformed messages from the content script's world; a well-formed one is the control`, async () => {
    const world = await contentWorld(site);
    const before = await snapshot(extensionPage);
    expect(before.stores.decisions).toBe(0);
    for (const [name, message] of FROM_CONTENT_WORLD) {
      expect(await sendFromContentWorld(world, message), name).toMatchObject({ ok: false });
    }
    expect(await snapshot(extensionPage)).toEqual(before);
    // Control: the same channel and the same check do see a write when the message is well formed.
    const valid = { candid: 1, type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'hide-author', key: 'control.author' } };
    expect(await sendFromContentWorld(world, valid)).toEqual({ ok: true, value: true });
    expect((await snapshot(extensionPage)).stores.decisions).toBe(1);
    await world.cdp.detach();
  });
});
