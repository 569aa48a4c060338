import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../lib/router';
import { MAX_MESSAGE_BYTES } from '../../../utils/protocol/define';
import { routes } from '../../../utils/protocol';

const options = { runtimeId: 'self', extensionOrigin: 'chrome-extension://self/', allowDemoHosts: false };
const content = { id: 'self', url: 'https://www.tiktok.com/foryou', tab: { id: 7 } } as never;
const page = { id: 'self', url: 'chrome-extension://self/popup.html' } as never;

/** Handlers that record every call: a refused message must reach none of them. */
function spyHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(routes).map((type) => [type, vi.fn(() => { calls.push(type); return true; })]),
  ) as unknown as Handlers;
  return { calls, handlers };
}

const valid = { candid: 1, type: 'scan:set-decision', payload: { site: 'tiktok', kind: 'hide-author', key: 'someone' } };

const forged: [string, unknown, unknown][] = [
  ['no envelope', { type: 'scan:set-decision' }, content],
  ['wrong marker', { ...valid, candid: 2 }, content],
  ['marker as string', { ...valid, candid: '1' }, content],
  ['unknown type', { ...valid, type: 'scan:drop-database' }, content],
  ['prototype key as type', { ...valid, type: '__proto__' }, content],
  ['toString as type', { ...valid, type: 'toString' }, content],
  ['null', null, content],
  ['a string', 'scan:set-decision', content],
  ['a number', 42, content],
  ['an array', [valid], content],
  ['payload missing', { candid: 1, type: 'scan:set-decision' }, content],
  ['payload null', { ...valid, payload: null }, content],
  ['payload array', { ...valid, payload: [] }, content],
  ['unknown site', { ...valid, payload: { ...valid.payload, site: 'facebook' } }, content],
  ['unknown kind', { ...valid, payload: { ...valid.payload, kind: 'delete-all' } }, content],
  ['empty key', { ...valid, payload: { ...valid.payload, key: '' } }, content],
  ['key too long', { ...valid, payload: { ...valid.payload, key: 'k'.repeat(301) } }, content],
  ['key as object', { ...valid, payload: { ...valid.payload, key: { toString: 'x' } } }, content],
  ['extra field', { ...valid, payload: { ...valid.payload, sql: 'DROP' } }, content],
  ['on as string', { ...valid, payload: { ...valid.payload, on: 'false' } }, content],
  ['oversized payload', { ...valid, payload: { ...valid.payload, key: 'x', pad: 'x'.repeat(MAX_MESSAGE_BYTES + 10) } }, content],
  ['decisions with extra keys', { candid: 1, type: 'scan:list-decisions', payload: { site: 'tiktok', postKeys: ['a'] } }, content],
  ['urls not strings', { candid: 1, type: 'scan:analyse-media', payload: { site: 'tiktok', urls: [1, 2] } }, content],
  ['too many urls', { candid: 1, type: 'scan:analyse-media', payload: { site: 'tiktok', urls: Array(9).fill('https://x.tiktokcdn.com/a.jpg') } }, content],
  ['unknown treatment', { candid: 1, type: 'scan:open-compare', payload: { treatment: 'snake-oil' } }, content],
  ['from another extension', valid, { id: 'other', url: 'chrome-extension://other/x.html' }],
  ['from a web page host', valid, { id: 'self', url: 'https://evil.example/', tab: { id: 1 } }],
  ['from a look-alike host', valid, { id: 'self', url: 'https://www.tiktok.com.evil.example/', tab: { id: 1 } }],
  ['from plain http', valid, { id: 'self', url: 'http://www.tiktok.com/', tab: { id: 1 } }],
  ['from localhost outside the demo', valid, { id: 'self', url: 'http://localhost:8080/', tab: { id: 1 } }],
  ['without a sender id', valid, { url: 'https://www.tiktok.com/', tab: { id: 1 } }],
  ['without a sender url', valid, { id: 'self', tab: { id: 1 } }],
  ['content-only type from an extension page', valid, page],
  ['another site than its page', { ...valid, payload: { ...valid.payload, site: 'instagram' } }, content],
  ['another site\'s photo check', { candid: 1, type: 'scan:analyse-media', payload: { site: 'instagram', urls: ['https://scontent.cdninstagram.com/a.jpg'] } }, content],
  ['circular payload', (() => { const p: Record<string, unknown> = { site: 'tiktok' }; p.self = p; return { candid: 1, type: 'scan:list-decisions', payload: p }; })(), content],
];

describe('background router', () => {
  it('lets the demo feed on localhost (demo build only) ask for the site its path names', async () => {
    const { calls, handlers } = spyHandlers();
    const router = createRouter(handlers, { ...options, allowDemoHosts: true });
    const demo = { id: 'self', url: 'http://localhost:5173/instagram/', tab: { id: 3 } } as never;
    await expect(router({ ...valid, payload: { ...valid.payload, site: 'instagram' } }, demo)).resolves.toEqual({ ok: true, value: true });
    await expect(router(valid, demo)).resolves.toMatchObject({ ok: false });
    expect(calls).toEqual(['scan:set-decision']);
  });

  it('hands a well-formed message from our content script to its handler', async () => {
    const { calls, handlers } = spyHandlers();
    const router = createRouter(handlers, options);
    await expect(router(valid, content)).resolves.toEqual({ ok: true, value: true });
    expect(calls).toEqual(['scan:set-decision']);
  });

  it(`refuses ${forged.length} forged or malformed messages without calling any handler`, async () => {
    expect(forged.length).toBeGreaterThanOrEqual(30);
    for (const [name, message, sender] of forged) {
      const { calls, handlers } = spyHandlers();
      const reply = await createRouter(handlers, options)(message, sender as never);
      expect(reply, name).toMatchObject({ ok: false });
      expect(calls, name).toEqual([]);
    }
  });

  it('turns a handler error into a refusal instead of an unhandled rejection', async () => {
    const { handlers } = spyHandlers();
    handlers['scan:set-decision'] = () => { throw new Error('disk full'); };
    await expect(createRouter(handlers, options)(valid, content)).resolves.toEqual({ ok: false, error: 'disk full' });
  });
});
