// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { tiktokAdapter as tiktok } from '../../../utils/sites/tiktok';
import { instagramAdapter as instagram } from '../../../utils/sites/instagram';
import { MAX_CAPTION_CHARS, MAX_SUPERSET_CHARS } from '../../../utils/sites/text';
import type { SiteAdapter } from '../../../utils/sites/types';
import { loadFixture, loadHtml } from './load-page';

function readAll(adapter: SiteAdapter, doc: Document) {
  const facts = adapter.readPageFacts(doc);
  return adapter.findPosts(doc).map((post) => ({ post, info: adapter.extract(post, facts), slot: adapter.badgeSlot(post), superset: adapter.wordsSuperset(post) }));
}

describe.each([
  ['tiktok', tiktok, 'tiktok/hostile.html', 'https://www.tiktok.com/foryou', 7],
  ['instagram', instagram, 'instagram/hostile.html', 'https://www.instagram.com/', 9],
] as const)('%s hostile fixture', (_name, adapter, path, url, count) => {
  const doc = loadFixture(path, url);
  const read = readAll(adapter, doc);
  const captions = read.map((r) => r.info.caption);

  it('finds every post and reads each without throwing', () => {
    expect(read).toHaveLength(count);
    for (const { post, slot } of read) expect(post.contains(slot.parent) || slot.parent === post).toBe(true);
    // The cheap gate's text is a bounded string or null (a huge caption falls back to the words).
    for (const { superset } of read) expect(superset === null || superset.length <= MAX_SUPERSET_CHARS).toBe(true);
  });

  it('returns markup-like captions verbatim as text, and the page holds no element built from them', () => {
    expect(captions[0]).toBe('<img src=x onerror=alert(1)> before ➡️ after 1 session #microneedling');
    expect(captions[1]?.startsWith('<script>')).toBe(true);
    expect(doc.querySelector('img[onerror], svg[onload]')).toBeNull();
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('caps a 100 KB caption at the caption limit', () => {
    expect(captions[2]).toHaveLength(MAX_CAPTION_CHARS);
    expect(captions[2]?.startsWith('microneedling before and after 💉 glow serum')).toBe(true);
  });

  it('keeps right-to-left and emoji-only captions as written', () => {
    expect(captions[3]).toMatch(/^(وصفة سهلة للعشاء في عشر دقائق #طبخ|גינה קטנה על המרפסת)$/u);
    expect(captions[4]).toMatch(/^(✨😍🔥🫶|🌸🌸🌸)$/u);
  });

  it('returns missing parts empty: caption "", author null, media []', () => {
    const noCaption = read.find((r) => r.info.author?.startsWith('no.caption'));
    expect(noCaption?.info.caption).toBe('');
    expect(read.some((r) => r.info.author === null && r.info.caption !== '')).toBe(true);
    expect(read.some((r) => r.info.media.length === 0)).toBe(true);
  });
});

describe('hostile specifics', () => {
  it('keeps escaped entities as text on Instagram', () => {
    const doc = loadFixture('instagram/hostile.html', 'https://www.instagram.com/');
    const infos = instagram.findPosts(doc).map((p) => instagram.extract(p, null));
    expect(infos[1]?.caption).toBe('<script>alert(document.domain)</script> &lt;b&gt;not bold&lt;/b&gt;');
    expect(infos[7]).toMatchObject({ kind: 'tile', caption: '', key: 'HoStIle0008' });
    expect(infos[8]?.caption).toBe('<svg onload=alert(1)>');
  });

  it('finds nothing, without throwing, on pages where no selector matches', () => {
    const doc = loadHtml('<html><body><main><div><p>Log in to continue</p><a href="/p/">x</a></div></main></body></html>', 'https://www.instagram.com/');
    expect(instagram.findPosts(doc)).toEqual([]);
    expect(tiktok.findPosts(doc)).toEqual([]);
    expect(instagram.readPageFacts(doc)).toBeNull();
    expect(tiktok.readPageFacts(doc)).toBeNull();
  });

  it('extracts an empty post container without throwing', () => {
    const doc = loadHtml('<html><body><main><article></article><div data-e2e="recommend-list-item-container"></div></main></body></html>', 'https://www.tiktok.com/');
    const article = doc.querySelector('article') as Element;
    const item = doc.querySelector('div') as Element;
    expect(instagram.extract(article, null)).toMatchObject({ caption: '', author: null, media: [], hashtags: [] });
    expect(tiktok.extract(item, null)).toMatchObject({ caption: '', author: null, media: [], hashtags: [] });
    expect(tiktok.badgeSlot(item)).toEqual({ parent: item, before: null, overlay: false });
    expect(instagram.badgeSlot(article)).toEqual({ parent: article, before: null, overlay: false });
  });

  it('does not read a caption that merely contains label words as a label', () => {
    const doc = loadHtml(
      '<html><body><div data-e2e="recommend-list-item-container"><h3 data-e2e="video-author-uniqueid">x.y</h3><div data-e2e="video-desc"><span>Sponsored</span> <span>AI-generated</span> <span>Paid partnership</span></div></div></body></html>',
      'https://www.tiktok.com/',
    );
    const info = tiktok.extract(tiktok.findPosts(doc)[0] as Element, null);
    expect(info.labels).toEqual({ paidPartnership: false, sponsored: false, aiGenerated: false, effects: [] });
    expect(info.caption).toBe('Sponsored AI-generated Paid partnership');
  });
});
