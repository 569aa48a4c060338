// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { instagramAdapter as instagram } from '../../../utils/sites/instagram';
import { loadFixture, loadHtml } from './load-page';

const CDN = 'https://scontent.cdninstagram.com/v/';

function read(path: string, url: string) {
  const doc = loadFixture(path, url);
  const facts = instagram.readPageFacts(doc);
  const posts = instagram.findPosts(doc);
  return { doc, facts, posts, infos: posts.map((post) => instagram.extract(post, facts)) };
}

describe('Instagram home feed', () => {
  const { posts, infos } = read('instagram/home-feed.html', 'https://www.instagram.com/');

  it('finds the six articles with shortcodes from their permalinks', () => {
    expect(posts).toHaveLength(6);
    expect(infos.map((i) => i.key)).toEqual(['CgLwF1xA001', 'CgLwF1xA002', 'CgLwF1xA003', 'CgLwF1xA004', 'CgLwF1xA005', 'CgLwF1xA006']);
    expect(infos.every((i) => i.kind === 'feed' && i.site === 'instagram')).toBe(true);
  });

  it('takes the author from the header, not from the partner brand link', () => {
    expect(infos.map((i) => i.author)).toEqual([
      'glowclinic.lisbon', 'velvetderm.co', 'chloe.peau.nette', 'nomad.nils', 'greenthumb.gus', 'latte.lines',
    ]);
  });

  it('reads caption and hashtags', () => {
    expect(infos[0]?.caption).toBe(
      '3 sessions of microneedling, before vs after 👇 acne scars fading and pores visibly tighter #microneedling #beforeandafter',
    );
    expect(infos[0]?.hashtags).toEqual(['microneedling', 'beforeandafter']);
    expect(infos[4]?.hashtags).toEqual(['beforeandafter', 'gardening']);
    expect(infos[1]?.hashtags).toEqual([]);
  });

  it('reads "Paid partnership with …", "Sponsored" and "AI info" from under the author', () => {
    expect(infos.map((i) => [i.labels.paidPartnership, i.labels.sponsored, i.labels.aiGenerated])).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
      [false, false, false],
      [false, false, false],
      [false, false, false],
    ]);
  });

  it('picks the smallest srcset candidate at least 320 px wide, every carousel slide, and reel posters', () => {
    expect(infos[0]?.media).toEqual([`${CDN}fixture-41-480.jpg`]);
    expect(infos[1]?.media).toEqual([`${CDN}fixture-42-320.jpg`]);
    expect(infos[2]?.media).toEqual([`${CDN}fixture-43-640.jpg`]);
    expect(infos[3]?.media).toEqual([`${CDN}fixture-44a-320.jpg`, `${CDN}fixture-44b-320.jpg`, `${CDN}fixture-44c-320.jpg`]);
    expect(infos[5]?.media).toEqual([`${CDN}fixture-46-poster.jpg`]);
  });

  it('puts the badge just before the caption', () => {
    const post = posts[0] as Element;
    const slot = instagram.badgeSlot(post);
    expect(slot.before).toBe(post.querySelector('h1'));
    expect(slot.parent).toBe(post.querySelector('h1')?.parentElement);
    expect(slot.overlay).toBe(false);
  });
});

describe('Instagram profile grid', () => {
  it('reads nine tiles: shortcode from the link, caption from the image alt', () => {
    const { posts, infos } = read('instagram/profile-grid.html', 'https://www.instagram.com/dermabea.skin/');
    expect(posts).toHaveLength(9);
    expect(infos.map((i) => i.key)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `DhQk3Ra000${n}`));
    expect(infos.every((i) => i.kind === 'tile' && i.author === 'dermabea.skin')).toBe(true);
    expect(infos[3]?.caption).toBe('Q&A: does microneedling hurt? Answering your top questions');
    expect(infos[4]?.hashtags).toEqual(['antesydespues', 'dermapen']);
    expect(infos[0]?.media).toEqual([`${CDN}fixture-51-320.jpg`]);
    expect(infos[1]?.media).toEqual([`${CDN}fixture-52-640.jpg`]);
    const slot = instagram.badgeSlot(posts[0] as Element);
    expect(slot).toEqual({ parent: posts[0], before: null, overlay: true });
  });

  it('leaves the author of user-less tile links unknown off a profile page', () => {
    const { infos } = read('instagram/profile-grid.html', 'https://www.instagram.com/explore/');
    expect(infos.map((i) => i.author)).toEqual([
      'dermabea.skin', 'dermabea.skin', 'dermabea.skin', 'dermabea.skin', null, 'dermabea.skin', null, 'dermabea.skin', 'dermabea.skin',
    ]);
    const tagged = read('instagram/profile-grid.html', 'https://www.instagram.com/dermabea.skin/tagged/');
    expect(tagged.infos[4]?.author).toBeNull();
  });
});

describe('Instagram post page (2021 structure)', () => {
  const url = 'https://www.instagram.com/p/CkNoor00001/';
  const { posts, infos, facts } = read('instagram/post-page.html', url);

  it('finds only the post, not the "More posts from" tiles', () => {
    expect(posts).toHaveLength(1);
    expect(infos[0]).toMatchObject({
      key: 'CkNoor00001',
      kind: 'post',
      author: 'skinstudio.noor',
      caption: 'Dermapen session two, before and after. Redness gone by day 3, texture smoother in a week #dermapen #skinjourney',
      hashtags: ['dermapen', 'skinjourney'],
      media: [`${CDN}fixture-61-640.jpg`],
    });
  });

  it('reads is_paid_partnership from the page data for this shortcode only', () => {
    expect([...(facts?.byId ?? [])]).toEqual([['CkNoor00001', { paidPartnership: true }]]);
    expect(infos[0]?.labels).toEqual({ paidPartnership: true, sponsored: false, aiGenerated: false, effects: [] });
    expect(instagram.extract(posts[0] as Element, null).labels.paidPartnership).toBe(false);
  });

  it('ignores label words inside comments', () => {
    expect(infos[0]?.labels.sponsored).toBe(false);
  });

  it('puts the badge before the caption line', () => {
    const slot = instagram.badgeSlot(posts[0] as Element);
    expect(slot.before).toBe((posts[0] as Element).querySelector('h2'));
  });
});

describe('Instagram post opened over a grid', () => {
  it('on the /p/ address, the dialog article is the only post', () => {
    const { infos } = read('instagram/post-dialog.html', 'https://www.instagram.com/okafor.skin/p/DkOk0000002/');
    expect(infos.map((i) => [i.key, i.kind, i.author])).toEqual([['DkOk0000002', 'post', 'okafor.skin']]);
  });

  it('on the profile address, the tiles are posts as well', () => {
    const { infos } = read('instagram/post-dialog.html', 'https://www.instagram.com/okafor.skin/');
    expect(infos.map((i) => i.kind)).toEqual(['feed', 'tile', 'tile', 'tile']);
  });
});

describe('Instagram postContaining', () => {
  it('returns the article or tile around a node, and nothing for tiles on a post page', () => {
    const feed = read('instagram/post-dialog.html', 'https://www.instagram.com/okafor.skin/');
    const tileImage = feed.doc.querySelector('.grid img') as Element;
    expect(instagram.postContaining(tileImage)).toBe(tileImage.closest('a'));
    const heading = feed.doc.querySelector('article h1') as Element;
    expect(instagram.postContaining(heading)).toBe(heading.closest('article'));
    expect(instagram.postContaining(feed.doc.body)).toBeNull();
    const post = read('instagram/post-dialog.html', 'https://www.instagram.com/okafor.skin/p/DkOk0000002/');
    expect(instagram.postContaining(post.doc.querySelector('.grid img') as Element)).toBeNull();
  });
});

describe('Instagram page data', () => {
  const page = (script: string): Document => loadHtml(`<html><body>${script}</body></html>`, 'https://www.instagram.com/');

  it('reads the window._sharedData assignment and the v1 "code" shape', () => {
    const shared = instagram.readPageFacts(
      page('<script type="text/plain">window._sharedData = {"a":{"shortcode_media":{"shortcode":"AbCdE12345","is_paid_partnership":true}}};</script>'),
    );
    expect(shared?.byId.get('AbCdE12345')).toEqual({ paidPartnership: true });
    const v1 = instagram.readPageFacts(page('<script type="application/json">{"items":[{"code":"XyZ_-98765","is_paid_partnership":true},{"code":"NoPaid0001","is_paid_partnership":false}]}</script>'));
    expect([...(v1?.byId.keys() ?? [])]).toEqual(['XyZ_-98765']);
  });

  it('returns null without page data and survives malformed data', () => {
    expect(instagram.readPageFacts(page('<p>nothing</p>'))).toBeNull();
    expect(instagram.readPageFacts(page('<script type="application/json">{"is_paid_partnership": tru</script>'))).toBeNull();
    expect(instagram.readPageFacts(page('<script type="application/json">{"is_paid_partnership":true,"shortcode":"<b>x</b>"}</script>'))?.byId.size).toBe(0);
  });
});

describe('Instagram expectsPosts', () => {
  it('expects posts on feed, profiles, posts, reels and explore', () => {
    for (const url of ['/', '/someone/', '/p/CkNoor00001/', '/reel/CkNoor00001/', '/reels/', '/explore/', '/explore/tags/peel/']) {
      expect(instagram.expectsPosts(new URL(url, 'https://www.instagram.com')), url).toBe(true);
    }
  });

  it('does not expect posts on account, message and follower pages', () => {
    for (const url of ['/accounts/edit/', '/direct/inbox/', '/stories/someone/1/', '/someone/followers/']) {
      expect(instagram.expectsPosts(new URL(url, 'https://www.instagram.com')), url).toBe(false);
    }
    expect(instagram.expectsPosts(new URL('https://www.tiktok.com/'))).toBe(false);
    expect(instagram.expectsPosts(new URL('http://localhost:4173/instagram/home-feed.html'))).toBe(true);
  });
});
