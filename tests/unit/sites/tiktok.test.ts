// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { tiktokAdapter as tiktok } from '../../../utils/sites/tiktok';
import { hashKey } from '../../../utils/sites/post-key';
import { loadFixture, loadHtml } from './load-page';

const FEED_URL = 'https://www.tiktok.com/foryou';

function read(path: string, url: string) {
  const doc = loadFixture(path, url);
  const facts = tiktok.readPageFacts(doc);
  const posts = tiktok.findPosts(doc);
  return { doc, facts, posts, infos: posts.map((post) => tiktok.extract(post, facts)) };
}

describe('TikTok For You feed (2022 structure)', () => {
  const { doc, posts, infos } = read('tiktok/foryou.html', FEED_URL);

  it('finds every item, in page order', () => {
    expect(posts).toHaveLength(8);
    expect(infos.map((i) => i.author)).toEqual([
      'glowlab.studio', 'panela.da.rita', 'shinecraft.detail', 'dra.lucia.piel',
      'fadebymarco', 'hautnah.mia', 'twostep.tomo', 'slowtrails',
    ]);
    expect(infos.every((i) => i.site === 'tiktok' && i.kind === 'feed')).toBe(true);
  });

  it('keys items without a video link by a hash of author and caption, unique and stable', () => {
    for (const info of infos) expect(info.key).toBe(hashKey(info.author, info.caption));
    expect(new Set(infos.map((i) => i.key)).size).toBe(8);
    const again = tiktok.findPosts(doc).map((p) => tiktok.extract(p, null).key);
    expect(again).toEqual(infos.map((i) => i.key));
  });

  it('reads the caption as text with hashtags separated, and the hashtags from the tag links', () => {
    expect(infos[0]?.caption).toBe('before ➡️ after 1 session #microneedling #ad');
    expect(infos[0]?.hashtags).toEqual(['microneedling', 'ad']);
    expect(infos[2]?.caption).toBe(
      '10 year old sedan, one full day of paint correction 🚗✨ #beforeandafter detailing #cardetailing',
    );
    expect(infos[2]?.hashtags).toEqual(['beforeandafter', 'cardetailing']);
  });

  it('reads the sponsored tag as a paid partnership and the effect link as an effect', () => {
    expect(infos.map((i) => i.labels.paidPartnership)).toEqual([true, false, false, false, false, false, false, false]);
    expect(infos[3]?.labels.effects).toEqual(['Soft Glow']);
    expect(infos.filter((i) => i.labels.effects.length > 0)).toHaveLength(1);
    expect(infos.some((i) => i.labels.sponsored || i.labels.aiGenerated)).toBe(false);
  });

  it('takes the cover only from the video area, the 1x or smallest adequate srcset candidate', () => {
    expect(infos[0]?.media).toEqual(['https://p16-sign-va.tiktokcdn.com/obj/fixture-1.jpeg']);
    expect(infos[5]?.media).toEqual(['https://p16-sign-va.tiktokcdn.com/obj/fixture-6.jpeg']);
    expect(infos.flatMap((i) => i.media).some((url) => url.includes('avatar'))).toBe(false);
  });

  it('puts the badge just before the caption', () => {
    const post = posts[0] as Element;
    const slot = tiktok.badgeSlot(post);
    const caption = post.querySelector('[data-e2e="video-desc"]');
    expect(slot.before).toBe(caption);
    expect(slot.parent).toBe(caption?.parentElement);
    expect(slot.overlay).toBe(false);
  });

  it('finds an item passed as the root itself, and nothing under a node inside it', () => {
    const post = posts[1] as Element;
    expect(tiktok.findPosts(post)).toEqual([post]);
    expect(tiktok.findPosts(post.querySelector('[data-e2e="feed-video"]') as Element)).toEqual([]);
  });

  it('takes neither key nor author from another video a caption links to', () => {
    const doc = loadFixture('tiktok/foryou.html', FEED_URL);
    const first = tiktok.findPosts(doc)[0]!;
    const link = doc.createElement('a');
    link.setAttribute('href', '/@other.creator/video/7499999999999999999');
    link.textContent = 'part 1 here';
    first.querySelector('[data-e2e="video-desc"]')!.append(link);
    const info = tiktok.extract(first, null);
    expect(info.author).toBe('glowlab.studio');
    expect(info.key).toBe(hashKey(info.author, info.caption));
  });

  it('has no page JSON', () => {
    expect(tiktok.readPageFacts(doc)).toBeNull();
  });
});

describe('TikTok one-column video page (2025 structure)', () => {
  const url = 'https://www.tiktok.com/@skinjournal.ana/video/7400000000000000011';
  const { doc, facts, posts, infos } = read('tiktok/video-page.html', url);

  it('counts the rendered items and not the empty placeholder articles', () => {
    expect(doc.querySelectorAll('[data-e2e="recommend-list-item-container"]')).toHaveLength(9);
    expect(posts).toHaveLength(3);
    expect(infos.map((i) => i.key)).toEqual(['7400000000000000011', '7400000000000000012', '7400000000000000013']);
  });

  it('takes the author from the item, not from a mention inside the caption', () => {
    expect(infos.map((i) => i.author)).toEqual(['skinjournal.ana', 'morning.with.jo', 'clinica.pele.viva']);
    expect(infos[1]?.caption).toBe('my slow sunday morning routine with the new serum from @lumiere.lab ☕ #morningroutine');
  });

  it('reads the "Paid partnership" tag of the 2025 layout', () => {
    expect(infos.map((i) => i.labels.paidPartnership)).toEqual([false, true, false]);
  });

  it('adds effects and the AI label from the page JSON, keyed by video id', () => {
    expect(facts?.byId.get('7400000000000000011')).toEqual({ aiGenerated: true, effects: ['Porcelain Skin'] });
    expect(infos[0]?.labels).toEqual({ paidPartnership: false, sponsored: false, aiGenerated: true, effects: ['Porcelain Skin'] });
    const withoutFacts = tiktok.extract(posts[0] as Element, null);
    expect(withoutFacts.labels).toEqual({ paidPartnership: false, sponsored: false, aiGenerated: false, effects: [] });
  });

  it('hands over a placeholder once the virtualised list fills it, not while it is empty', () => {
    const placeholder = doc.querySelector('article[data-scroll-index="3"]') as Element;
    expect(tiktok.postContaining(placeholder)).toBeNull();
    const desc = doc.createElement('div');
    desc.setAttribute('data-e2e', 'video-desc');
    desc.textContent = 'filled in later';
    const wrapper = placeholder.appendChild(doc.createElement('div'));
    wrapper.appendChild(desc);
    expect(tiktok.findPosts(wrapper)).toEqual([]);
    expect(tiktok.postContaining(desc)).toBe(placeholder);
    expect(tiktok.findPosts(doc)).toHaveLength(4);
    placeholder.replaceChildren();
  });

  it('finds no post around nodes outside any item', () => {
    expect(tiktok.postContaining(doc.body)).toBeNull();
  });

  it('skips a data: placeholder cover and falls back to the video poster', () => {
    expect(infos[0]?.media).toEqual(['https://p16-pu-sign-no.tiktokcdn-eu.com/obj/fixture-11.jpeg']);
    expect(infos[2]?.media).toEqual(['https://p16-pu-sign-no.tiktokcdn-eu.com/obj/fixture-13-poster.jpeg']);
  });
});

describe('TikTok grids (guessed structures)', () => {
  it('reads profile tiles: id, author and type from the link, caption from the cover alt', () => {
    const { posts, infos } = read('tiktok/profile-grid.html', 'https://www.tiktok.com/@skinjournal.ana');
    expect(infos.map((i) => i.key)).toEqual([
      '7400000000000000021', '7400000000000000022', '7400000000000000023', '7400000000000000024',
    ]);
    expect(infos.every((i) => i.kind === 'tile' && i.author === 'skinjournal.ana')).toBe(true);
    expect(infos[0]?.caption).toBe('microneedling before and after, week 1 vs week 6 #microneedling #beforeandafter');
    expect(infos[0]?.hashtags).toEqual(['microneedling', 'beforeandafter']);
    expect(infos[3]?.caption).toBe('');
    const slot = tiktok.badgeSlot(posts[0] as Element);
    expect(slot.overlay).toBe(true);
    expect(slot.parent.getAttribute('href')).toBe('https://www.tiktok.com/@skinjournal.ana/video/7400000000000000021');
  });

  it('reads search cards: caption and author from their own elements', () => {
    const { infos } = read('tiktok/search.html', 'https://www.tiktok.com/search?q=microneedling');
    expect(infos).toHaveLength(3);
    expect(infos[0]).toMatchObject({
      key: '7400000000000000031',
      kind: 'tile',
      author: 'dermadiary.kim',
      caption: 'RF microneedling before / after, 3 sessions in and my pores are gone #morpheus8',
      hashtags: ['morpheus8'],
      media: ['https://p16-sign-va.tiktokcdn.com/obj/fixture-31-m.jpeg'],
    });
    expect(infos.map((i) => i.author)).toEqual(['dermadiary.kim', 'pennywise.kitchen', 'studio.nailsbyb']);
  });
});

describe('TikTok page JSON', () => {
  const page = (json: string, id = 'SIGI_STATE'): Document =>
    loadHtml(`<html><body><script id="${id}" type="application/json">${json}</script></body></html>`, FEED_URL);

  it('reads the 2022 SIGI_STATE item module', () => {
    const facts = tiktok.readPageFacts(
      page('{"ItemModule":{"7300000000000000001":{"id":"7300000000000000001","author":{"id":"6800000000000000001"},"effectStickers":[{"ID":"1","name":"Glass Skin"},{"ID":"2","name":"Glass Skin"},{"ID":"3"}],"isAd":true,"IsAigc":false,"AIGCDescription":""}}}'),
    );
    expect([...(facts?.byId.keys() ?? [])]).toEqual(['7300000000000000001']);
    expect(facts?.byId.get('7300000000000000001')).toEqual({ paidPartnership: true, effects: ['Glass Skin'] });
  });

  it('counts a non-empty AIGCDescription as an AI label', () => {
    const facts = tiktok.readPageFacts(
      page('{"x":{"id":"7300000000000000002","IsAigc":false,"AIGCDescription":"Creator labeled as AI-generated"}}', '__UNIVERSAL_DATA_FOR_REHYDRATION__'),
    );
    expect(facts?.byId.get('7300000000000000002')).toEqual({ aiGenerated: true });
  });

  it('survives malformed, odd-shaped and deeply nested JSON', () => {
    expect(tiktok.readPageFacts(page('{"ItemModule": {'))).toBeNull();
    expect(tiktok.readPageFacts(page('null'))?.byId.size).toBe(0);
    const odd = tiktok.readPageFacts(page('{"a":{"id":"7300000000000000003","effectStickers":"Glow","isAd":"yes"},"b":{"id":12,"isAd":true}}'));
    expect(odd?.byId.get('7300000000000000003')).toEqual({});
    expect(odd?.byId.size).toBe(1);
    const deep = `${'['.repeat(20000)}${']'.repeat(20000)}`;
    expect(() => tiktok.readPageFacts(page(deep))).not.toThrow();
  });
});

describe('TikTok expectsPosts', () => {
  it('expects posts on feeds, profiles, videos, search and tags', () => {
    for (const url of [
      'https://www.tiktok.com/', 'https://www.tiktok.com/foryou', 'https://www.tiktok.com/following',
      'https://www.tiktok.com/@someone', 'https://www.tiktok.com/@someone/video/7400000000000000001',
      'https://www.tiktok.com/search?q=peel', 'https://www.tiktok.com/tag/microneedling', 'https://www.tiktok.com/explore',
    ]) expect(tiktok.expectsPosts(new URL(url)), url).toBe(true);
  });

  it('does not expect posts on other pages, other hosts, or other demo pages', () => {
    for (const url of [
      'https://www.tiktok.com/legal/privacy-policy', 'https://www.tiktok.com/messages', 'https://www.tiktok.com/upload',
      'https://www.instagram.com/', 'http://localhost:4173/instagram/home-feed.html',
    ]) expect(tiktok.expectsPosts(new URL(url)), url).toBe(false);
    expect(tiktok.expectsPosts(new URL('http://localhost:4173/tiktok/foryou.html'))).toBe(true);
  });
});
