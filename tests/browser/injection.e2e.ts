// Script-injection payloads in captions, author names, alt texts and effect names of before/after
// posts, on both sites' structures. The page sets `window.__pwned = false`; every payload would set
// it to true if it ran. None may run, and the card shows page text as text.
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, feedPage, generatePosts, MEDIA_HOSTS, SITE_HOSTS, type FeedPost } from '../../scripts/bench/feed';
import { smallJpeg } from '../../scripts/bench/browser';
import type { Site } from '../../utils/sites/types';
import { launchExtension, type Launched } from './harness';

interface Payload {
  name: string;
  /** The payload, running `flag` (a statement) if it is ever executed. */
  make(flag: string): string;
  /** Runs by itself when parsed as HTML (checked by the control test); the others need a click or a second decoding. */
  autoRuns: boolean;
}

const PAYLOADS: Payload[] = [
  { name: 'img onerror', make: (f) => `<img src=x onerror=${f}>`, autoRuns: true },
  { name: 'img onerror, slash separators', make: (f) => `<img/src="x"/onerror=${f}>`, autoRuns: true },
  { name: 'svg onload', make: (f) => `<svg onload=${f}>`, autoRuns: true },
  { name: 'attribute break-out then script', make: (f) => `"><script>${f}</script>`, autoRuns: true },
  { name: 'iframe srcdoc script', make: (f) => `<iframe srcdoc="<script>top.${f}</script>">`, autoRuns: true },
  { name: 'details ontoggle', make: (f) => `<details open ontoggle=${f}>`, autoRuns: true },
  { name: 'entity-encoded handler', make: (f) => `<img src=x onerror=${f.replace('w', '&#119;')}>`, autoRuns: true },
  { name: 'textarea break-out', make: (f) => `</textarea><img src=x onerror=${f}>`, autoRuns: true },
  { name: 'title break-out', make: (f) => `</title><img src=x onerror=${f}>`, autoRuns: true },
  { name: 'comment break-out', make: (f) => `--><img src=x onerror=${f}><!--`, autoRuns: true },
  { name: 'javascript: URL', make: (f) => `javascript:${f}`, autoRuns: false },
  { name: 'link with javascript: URL', make: (f) => `<a href="javascript:${f}">look</a>`, autoRuns: false },
  { name: 'entity-obfuscated javascript: URL', make: (f) => `<a href="jav&#x61;script:${f}">x</a>`, autoRuns: false },
  { name: 'already-escaped markup (double decoding)', make: (f) => `&lt;img src=x onerror=${f}&gt;`, autoRuns: false },
  { name: 'template expression', make: (f) => `{{constructor.constructor('${f}')()}}`, autoRuns: false },
  { name: 'template literal', make: (f) => `\${${f}}`, autoRuns: false },
  { name: 'split script tag', make: (f) => `<scr<script>ipt>${f}</scr</script>ipt>`, autoRuns: false },
  { name: 'object javascript: data', make: (f) => `<object data="javascript:${f}"></object>`, autoRuns: false },
  { name: 'button formaction', make: (f) => `<form><button formaction=javascript:${f}>x`, autoRuns: false },
  { name: 'focus handler', make: (f) => `<input autofocus onfocus=${f}>`, autoRuns: false },
  { name: 'svg animate onbegin', make: (f) => `<svg><animate onbegin=${f} attributeName=x dur=1s>`, autoRuns: false },
  { name: 'mathml mutation', make: (f) => `<math><mglyph><style><img src=x onerror=${f}>`, autoRuns: false },
  { name: 'style import', make: (f) => `<style>@import 'javascript:${f}'</style>`, autoRuns: false },
  { name: 'click handler', make: (f) => `<b onclick=${f}>tap</b>`, autoRuns: false },
];

const PWN = 'window.__pwned=true';
/** The page's flag, set before anything else runs. */
const FLAG_SCRIPT = '<script>window.__pwned = false;</script>';

/** A before/after post per payload, with the payload in every text field we read and show. */
function hostilePosts(site: Site): FeedPost[] {
  const base = generatePosts(PAYLOADS.length * 2, 0.5);
  return PAYLOADS.map((payload, i) => {
    const text = payload.make(PWN);
    const post = base[i * 2 + 1]!; // the before/after one of each pair
    return {
      ...post,
      index: i,
      handle: `${site}.hostile.${i}`,
      authorText: text,
      nickname: text,
      caption: `${text} ${post.caption}`,
      alt: text,
      effect: text,
    };
  });
}

function page(site: Site): string {
  // The flag script goes first in <body>, before any post.
  return feedPage(site, hostilePosts(site)).replace('<body>', `<body>\n${FLAG_SCRIPT}`);
}

/** Control pages: the same payloads parsed as HTML (what a careless `innerHTML` would do). */
function controlPage(index: number): string {
  return `<!doctype html><html><body>${FLAG_SCRIPT}<div>${PAYLOADS[index]!.make(PWN)}</div></body></html>`;
}

let launched: Launched;
let tab: Page | null = null;

beforeAll(async () => {
  const photo = await smallJpeg();
  const pages = (site: Site) => (url: URL, route: Route) => {
    if (route.request().resourceType() !== 'document') return route.abort(); // `src=x` fails: onerror would fire
    const control = /^\/control\/(\d+)$/u.exec(url.pathname);
    const body = control ? controlPage(Number(control[1])) : page(site);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  };
  const media = (_url: URL, route: Route) => route.fulfill({ status: 200, contentType: 'image/jpeg', body: photo });
  launched = await launchExtension({
    hosts: {
      [SITE_HOSTS.tiktok]: pages('tiktok'),
      [SITE_HOSTS.instagram]: pages('instagram'),
      [MEDIA_HOSTS.tiktok]: media,
      [MEDIA_HOSTS.instagram]: media,
    },
  });
});

afterAll(async () => {
  await launched?.close();
});

const pwned = (p: Page): Promise<unknown> => p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Tags our badge and card are made of; anything else came from page text. */
const OUR_TAGS = new Set(['BUTTON', 'SPAN', 'DIV', 'H2', 'H3', 'P', 'UL', 'LI', 'STRONG', 'FIGURE', 'FIGCAPTION', 'IMG', 'STYLE']);

interface CardSnapshot {
  text: string;
  foreign: string[];
}

/** Opens each before/after post's card and returns its text and any element or attribute that is not ours. */
async function openCards(p: Page): Promise<CardSnapshot[]> {
  const count = await p.locator('[data-fixture-expect="ba"]').count();
  const cards: CardSnapshot[] = [];
  for (let i = 0; i < count; i++) {
    const post = p.locator('[data-fixture-expect="ba"]').nth(i);
    await post.locator('candid-badge button.badge').click();
    await post.locator('candid-badge [role="dialog"]').waitFor();
    cards.push(
      await post.evaluate((el, ours) => {
        const root = el.querySelector('candid-badge')!.shadowRoot!;
        const foreign: string[] = [];
        for (const node of root.querySelectorAll('*')) {
          if (!ours.includes(node.tagName)) foreign.push(node.tagName);
          if (node.tagName === 'IMG' && !node.classList.contains('equal-light')) foreign.push('IMG (not ours)');
          for (const attr of node.attributes) {
            if (attr.name.startsWith('on') || /^\s*javascript:/iu.test(attr.value)) foreign.push(`${node.tagName}[${attr.name}]`);
          }
        }
        return { text: root.querySelector('[role="dialog"]')!.textContent ?? '', foreign };
      }, [...OUR_TAGS]),
    );
    await post.locator('candid-badge button.badge').click();
  }
  return cards;
}

describe('script injection through page text', () => {
  it(`the ${PAYLOADS.length} payloads are live: the ${PAYLOADS.filter((p) => p.autoRuns).length} self-running ones flip the flag when parsed as HTML`, async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
    tab = await launched.context.newPage();
    for (const [index, payload] of PAYLOADS.entries()) {
      if (!payload.autoRuns) continue;
      await tab.goto(`https://${SITE_HOSTS.tiktok}/control/${index}`);
      await expect.poll(() => pwned(tab!), { timeout: 5000, message: payload.name }).toBe(true);
    }
    await tab.close();
  });

  for (const site of ['tiktok', 'instagram'] as const) {
    it(`none runs on ${site}, and the card shows page text as text`, async () => {
      tab = await launched.context.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(String(error)));
      await tab.goto(`https://${SITE_HOSTS[site]}${site === 'tiktok' ? '/foryou' : '/'}`);
      expect(await pwned(tab)).toBe(false);
      // Every post is a before/after post: each gets exactly one badge.
      await expect.poll(() => tab!.locator('candid-badge').count(), { timeout: 20_000 }).toBe(PAYLOADS.length);
      // The page shows the payloads as text (they were escaped in its HTML): the post's own check.
      const captions = await tab.locator(site === 'tiktok' ? '[data-e2e="video-desc"] > span:first-child' : 'article h1').allTextContents();
      const written = hostilePosts(site).map((p) => (site === 'tiktok' ? p.caption : [p.caption, ...p.hashtags.map((t) => `#${t}`)].join(' ')));
      expect(captions.map((c) => c.trim())).toEqual(written);

      const cards = await openCards(tab);
      expect(cards).toHaveLength(PAYLOADS.length);
      for (const [i, card] of cards.entries()) {
        expect(card.foreign, PAYLOADS[i]!.name).toEqual([]);
        if (site === 'tiktok') {
          // The effect name is page text the card shows: verbatim, as text.
          expect(card.text, PAYLOADS[i]!.name).toContain(`Effect: ${PAYLOADS[i]!.make(PWN)}`);
        }
      }
      await tab.waitForTimeout(300); // an `onerror` would fire once its failed request returns
      expect(await pwned(tab)).toBe(false);
      expect(errors).toEqual([]);
      await tab.close();
    });
  }

  it('keeps every payload short enough to be shown whole', () => {
    // Evidence is cut at 80 characters ("Effect: " + payload): a cut payload could not be compared.
    for (const payload of PAYLOADS) expect(`Effect: ${payload.make(PWN)}`.length, payload.name).toBeLessThanOrEqual(80);
    expect(escapeHtml('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });
});
