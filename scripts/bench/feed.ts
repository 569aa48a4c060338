// Generated fixture feeds for the benchmark and the browser tests: any number of posts in the
// structure our adapters read, copied from our own fixtures (tests/fixtures/tiktok/foryou.html and
// tests/fixtures/instagram/home-feed.html; their <style> is reused as is). All page text goes
// through `escapeHtml`, so captions, names and alt texts are TEXT on the page, as on the real sites.
import fs from 'node:fs';
import path from 'node:path';
import type { Site } from '../../utils/sites/types';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The image hosts the generated posts point at (both on the extension's allowlist). */
export const MEDIA_HOSTS: Record<Site, string> = {
  tiktok: 'p16-sign-va.tiktokcdn.com',
  instagram: 'scontent.cdninstagram.com',
};

export const SITE_HOSTS: Record<Site, string> = { tiktok: 'www.tiktok.com', instagram: 'www.instagram.com' };

/** The path the feed is served under (the adapters expect posts there). */
export const FEED_PATHS: Record<Site, string> = { tiktok: '/foryou', instagram: '/' };

export interface FeedPost {
  index: number;
  /** True for a skin before/after post (the scanner should badge it). */
  beforeAfter: boolean;
  /** The handle in profile links: must stay a valid handle, it keys the post. */
  handle: string;
  /** The author name as the page shows it (TikTok: the handle line; Instagram: the header link). */
  authorText: string;
  /** TikTok's second name line. */
  nickname: string;
  caption: string;
  hashtags: string[];
  alt: string;
  paidPartnership: boolean;
  /** A TikTok effect link's text ("Try this effect"), shown in the card as evidence. */
  effect: string | null;
}

/** Before/after captions of skin treatments (words from our fixtures; each is flagged by the text signals). */
const BEFORE_AFTER = [
  { caption: 'before ➡️ after 1 session', tags: ['microneedling', 'ad'], paid: true },
  { caption: 'Antes y después de 3 sesiones de dermapen en cicatrices de acné 😍 resultados en 2 semanas', tags: ['antesydespues', 'dermapen'], paid: false },
  { caption: 'Vorher nachher: Microneedling nach nur einer Behandlung, Poren viel kleiner und Haut wie neu', tags: ['vorhernachher', 'microneedling'], paid: false },
  { caption: '3 sessions of microneedling, before vs after 👇 acne scars fading and pores visibly tighter', tags: ['microneedling', 'beforeandafter'], paid: true },
  { caption: 'Avant / après une seule séance de microneedling, ma peau est transformée du jour au lendemain ✨', tags: ['avantapres'], paid: false },
] as const;

/** Ordinary posts, including before/after posts that are not about skin (cars, gardens, haircuts). */
const ORDINARY = [
  { caption: '15-minute lemon garlic pasta for busy weeknights 🍋', tags: ['easyrecipe', 'dinnerideas'] },
  { caption: '10 year old sedan, one full day of paint correction 🚗✨', tags: ['beforeandafter', 'cardetailing'] },
  { caption: 'From shaggy to sharp: low taper fade transformation 💈', tags: ['haircut', 'transformation'] },
  { caption: 'learned this one on the train home 🕺', tags: ['dance', 'fyp'] },
  { caption: 'Sunrise over the cliffs after a 4 am start, worth every step', tags: ['hiking'] },
  { caption: 'Meet the barrier serum your evenings were missing. Fragrance free, tested on sensitive skin.', tags: [] },
  { caption: 'Three slow days by the sea. Swipe for the lighthouse', tags: ['travel'] },
  { caption: 'Garden before and after one summer of weekend work 🌱', tags: ['beforeandafter', 'gardening'] },
  { caption: 'Pouring a tulip, slowed down so you can follow the wrist', tags: [] },
] as const;

/**
 * `count` posts, every `1 / beforeAfterShare`-th one a skin before/after post (evenly spread, so
 * every scroll step meets the same mix). Deterministic: the same arguments give the same feed.
 */
export function generatePosts(count: number, beforeAfterShare = 0.1): FeedPost[] {
  const every = Math.max(1, Math.round(1 / beforeAfterShare));
  const posts: FeedPost[] = [];
  for (let index = 0; index < count; index++) {
    const beforeAfter = index % every === every - 1;
    // Before/after posts take the captions in turn (by their own count: by the post's index, every
    // tenth post would always take the same one).
    const source = beforeAfter ? BEFORE_AFTER[Math.floor(index / every) % BEFORE_AFTER.length]! : ORDINARY[index % ORDINARY.length]!;
    const handle = `${beforeAfter ? 'skin' : 'user'}.${index.toString(36)}`;
    posts.push({
      index,
      beforeAfter,
      handle,
      authorText: handle,
      nickname: `Person ${index}`,
      caption: source.caption,
      hashtags: [...source.tags],
      alt: source.caption,
      paidPartnership: 'paid' in source && source.paid,
      effect: null,
    });
  }
  return posts;
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const expectAttr = (post: FeedPost): string => `data-fixture-expect="${post.beforeAfter ? 'ba' : 'none'}"`;

export function tiktokPost(post: FeedPost): string {
  const e = escapeHtml;
  const n = post.index;
  const media = `https://${MEDIA_HOSTS.tiktok}/obj/bench-${n}.jpeg`;
  const tags = post.hashtags.map((tag) => `<a href="/tag/${encodeURIComponent(tag)}"><strong>#${e(tag)}</strong></a>`).join('<span> </span>');
  return `<div data-e2e="recommend-list-item-container" class="item" ${expectAttr(post)}>
  <a data-e2e="video-author-avatar" href="/@${e(post.handle)}" class="avatar"><span shape="circle"><img loading="lazy" alt="" src="https://${MEDIA_HOSTS.tiktok}/obj/bench-avatar-${n}.jpeg"></span></a>
  <div class="body">
    <div>
      <a href="/@${e(post.handle)}" class="names"><h3 data-e2e="video-author-uniqueid">${e(post.authorText)}</h3><h4 data-e2e="video-author-nickname">${e(post.nickname)}</h4></a>
      <button type="button" data-e2e="feed-follow">Follow</button>
      <div data-e2e="video-desc"><span>${e(post.caption)} </span>${tags}</div>
      ${post.paidPartnership ? '<div data-e2e="sponsored-tag"><p>Paid partnership</p></div>' : ''}
      <h4 data-e2e="video-music"><a href="/music/original-sound-${7100000000000000000 + n}">original sound - ${e(post.handle)}</a></h4>
      ${post.effect === null ? '' : `<a class="effect" href="/sticker/Bench-Effect-${7300000000000000000 + n}">${e(post.effect)}</a>`}
    </div>
    <div class="player">
      <div data-e2e="feed-video"><div mode="0"><img mode="0" loading="lazy" alt="${e(post.alt)}" src="${media}"></div></div>
      <div class="actions">
        <button type="button"><span data-e2e="like-icon" aria-hidden="true">♥</span><strong data-e2e="like-count">${(n * 37) % 5000}</strong></button>
        <button type="button"><span data-e2e="comment-icon" aria-hidden="true">💬</span><strong data-e2e="comment-count">${(n * 7) % 900}</strong></button>
        <button type="button"><span data-e2e="share-icon" aria-hidden="true">↗</span><strong data-e2e="share-count">${(n * 3) % 400}</strong></button>
      </div>
    </div>
  </div>
</div>`;
}

/** Instagram shortcodes are 11 characters of [A-Za-z0-9_-]. */
const shortcode = (n: number): string => `Bn${n.toString(36).padStart(9, '0')}`;

export function instagramPost(post: FeedPost): string {
  const e = escapeHtml;
  const n = post.index;
  const code = shortcode(n);
  const src = (w: number): string => `https://${MEDIA_HOSTS.instagram}/v/bench-${n}-${w}.jpg`;
  const tags = post.hashtags.map((tag) => ` <a href="/explore/tags/${encodeURIComponent(tag)}/">#${e(tag)}</a>`).join('');
  const sub = post.paidPartnership ? `<div class="sub"><span>Paid partnership with </span><a href="/brand.${n}/">brand.${n}</a></div>` : '';
  return `<article ${expectAttr(post)}>
  <header>
    <a href="/${e(post.handle)}/"><img alt="${e(post.authorText)}'s profile picture" src="https://${MEDIA_HOSTS.instagram}/v/bench-avatar-${n}.jpg"></a>
    <div>
      <div><a href="/${e(post.handle)}/">${e(post.authorText)}</a></div>
      ${sub}
    </div>
  </header>
  <div class="media"><img alt="${e(post.alt)}" crossorigin="anonymous" sizes="470px" loading="lazy" src="${src(640)}" srcset="${src(320)} 320w, ${src(640)} 640w, ${src(1080)} 1080w"></div>
  <section class="actions"><button type="button"><svg aria-label="Like" role="img" width="24" height="24" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor"/></svg></button><button type="button"><svg aria-label="Comment" role="img" width="24" height="24" viewBox="0 0 24 24"><rect x="4" y="5" width="16" height="12" fill="none" stroke="currentColor"/></svg></button></section>
  <section class="likes"><a href="/p/${code}/liked_by/"><span>${(n * 37) % 5000}</span> likes</a></section>
  <div class="caption"><span><a href="/${e(post.handle)}/">${e(post.authorText)}</a></span> <h1 dir="auto">${e(post.caption)}${tags}</h1></div>
  <div class="when"><a href="/p/${code}/"><time datetime="2025-03-02T10:00:00.000Z">2d</time></a></div>
</article>`;
}

const styleCache = new Map<Site, string>();

/** The <style> block of our fixture for the site, so generated feeds look (and lay out) like it. */
function fixtureStyle(site: Site): string {
  let style = styleCache.get(site);
  if (style === undefined) {
    const file = site === 'tiktok' ? 'tests/fixtures/tiktok/foryou.html' : 'tests/fixtures/instagram/home-feed.html';
    const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
    style = /<style>[\s\S]*?<\/style>/u.exec(source)?.[0] ?? '';
    styleCache.set(site, style);
  }
  return style;
}

export interface FeedPageOptions {
  /**
   * 'static': every post in the HTML. 'infinite': the first post in the HTML, the rest in an inert
   * <template> that the page's own script appends `chunk` posts at a time as the end of the feed
   * nears the viewport (as both sites' infinite feeds do), once `window.__feedStart()` is called.
   */
  mode?: 'static' | 'infinite';
  chunk?: number;
  /** Extra HTML before </body> (e.g. a test's flag script). */
  tail?: string;
}

/** A whole feed page for `site` holding `posts`. */
export function feedPage(site: Site, posts: readonly FeedPost[], options: FeedPageOptions = {}): string {
  const render = site === 'tiktok' ? tiktokPost : instagramPost;
  const mode = options.mode ?? 'static';
  const [first, ...rest] = posts;
  const inPage = mode === 'static' ? posts : first ? [first] : [];
  const body = inPage.map(render).join('\n');
  const open = site === 'tiktok' ? '<div class="top">For You</div>\n<main class="feed" id="feed">' : '<main role="main"><div id="feed">';
  const close = site === 'tiktok' ? '</main>' : '</div></main>';
  const infinite =
    mode === 'infinite'
      ? `<div id="feed-end" style="height:1px"></div>
<template id="feed-rest">${rest.map(render).join('\n')}</template>
<script>${infiniteScript(options.chunk ?? 10)}</script>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${site === 'tiktok' ? 'For You' : 'Instagram'} (generated feed, ${posts.length} posts)</title>
${fixtureStyle(site)}
</head>
<body>
${open}
${body}
${close}
${infinite}
${options.tail ?? ''}
</body>
</html>`;
}

/** The page's own infinite scroll: appends the next chunk when the end of the feed is near. */
function infiniteScript(chunk: number): string {
  return `(() => {
  const feed = document.getElementById('feed');
  const rest = document.getElementById('feed-rest').content;
  const end = document.getElementById('feed-end');
  let started = false;
  const more = () => {
    const batch = document.createDocumentFragment();
    for (let n = 0; n < ${chunk} && rest.firstElementChild; n++) batch.append(rest.firstElementChild);
    feed.append(batch);
    window.__feedRemaining = rest.childElementCount;
  };
  window.__feedRemaining = rest.childElementCount;
  new IntersectionObserver((entries) => {
    if (started && entries.some((entry) => entry.isIntersecting)) more();
  }, { rootMargin: '0px 0px 2000px 0px' }).observe(end);
  window.__feedStart = () => { started = true; more(); };
})();`;
}
