import { emptyLabels, type BadgeSlot, type PageFacts, type PostInfo, type PostLabels, type PostWords, type SiteAdapter } from './types';
import {
  INSTAGRAM_LABELS,
  INSTAGRAM_SELECTORS as S,
  POST_PATH,
  PROFILE_PAGE_PATH,
  PROFILE_PATH,
  RESERVED_PATHS,
} from './instagram-selectors';
import { captionHashtags, hashtagsInText, readAttributeText, readText, textSuperset, uniqueTags } from './text';
import { mediaUrls } from './srcset';
import { hashKey } from './post-key';
import { findLabel } from './labels';
import { mergeLabels } from './merge-labels';
import { parseEmbeddedObject, parseJson, stringField, walkObjects } from './page-json';
import { demoSiteOf, documentLocation, isDemoHost, sitePathOf } from './location';

// Instagram: home feed and post pages (`article`), profile/explore/search grids (tiles: links to
// a post whose image `alt` holds the caption). All hooks come from ./instagram-selectors.ts.

const ARTICLE_SELECTOR = [S.article, S.dialogArticle].join(', ');

const pathOf = (href: string | null): string | null => sitePathOf(href, 'instagram');

function handleOfProfilePath(path: string | null, pattern: RegExp = PROFILE_PATH): string | null {
  const handle = path ? pattern.exec(path)?.[1] : undefined;
  return handle && !RESERVED_PATHS.has(handle.toLowerCase()) ? handle : null;
}

/** `{ user, code }` of a post path; user is null for `/p/<code>/`. */
function postPathParts(path: string | null): { user: string | null; code: string } | null {
  const match = path ? POST_PATH.exec(path) : null;
  if (!match?.[2]) return null;
  const user = match[1] && !RESERVED_PATHS.has(match[1].toLowerCase()) ? match[1] : null;
  return { user, code: match[2] };
}

/** True when the page shows a single post (`/p/<code>/`, `/reel/<code>/`): its grid tiles are "more posts", not posts. */
function onPostPage(node: Node): boolean {
  const loc = documentLocation(node);
  return loc !== null && !isDemoHost(loc.hostname) && postPathParts(loc.pathname) !== null;
}

/** A grid tile: a post link with an image, exactly a post path (not `/p/<code>/liked_by/`), outside any article. */
function isTile(el: Element): boolean {
  if (!el.matches(S.postLink) || el.closest(S.anyArticle) || !el.querySelector(S.tileImage)) return false;
  const path = pathOf(el.getAttribute('href'));
  return path !== null && POST_PATH.exec(path)?.[0].replace(/\/$/u, '') === path.replace(/\/$/u, '');
}

function findPosts(root: ParentNode): Element[] {
  const posts: Element[] = [];
  const self = (root as Node).nodeType === 1 ? (root as Element) : null;
  if (self?.matches(ARTICLE_SELECTOR)) posts.push(self);
  posts.push(...root.querySelectorAll(ARTICLE_SELECTOR));
  const tiles = [...(self ? [self] : []), ...root.querySelectorAll(S.postLink)].filter(isTile);
  // The page's location only when there are tiles: reading it from the content script's world is
  // slow, and the feed's articles (read once per post the site adds) have none.
  if (tiles.length && !onPostPage(root as Node)) posts.push(...tiles);
  return posts.filter((post, i) => posts.indexOf(post) === i && post.parentElement?.closest(ARTICLE_SELECTOR) == null);
}

/** The post around `node` (or `node` itself): its outermost article, else its grid tile; null otherwise. */
function postContaining(node: Element): Element | null {
  let article = node.closest(ARTICLE_SELECTOR);
  for (let outer = article?.parentElement?.closest(ARTICLE_SELECTOR); outer; outer = outer.parentElement?.closest(ARTICLE_SELECTOR)) {
    article = outer;
  }
  if (article) return article;
  const tile = node.closest(S.postLink);
  return tile && isTile(tile) && !onPostPage(tile) ? tile : null;
}

function readHeaderAuthor(article: Element, caption: Element | null): string | null {
  const header = article.querySelector(S.header);
  for (const scope of header ? [header, article] : [article]) {
    for (const link of scope.querySelectorAll(S.localLink)) {
      if (caption?.contains(link)) continue;
      const handle = handleOfProfilePath(pathOf(link.getAttribute('href')));
      if (handle) return handle;
    }
  }
  return null;
}

/** The caption element: the caption heading, else the text next to the 2021 author heading. */
function captionElementOf(article: Element): Element | null {
  return article.querySelector(S.captionHeading) ?? article.querySelector(S.captionTextAfterHeading);
}

function readShortcode(article: Element): string | null {
  let fallback: string | null = null;
  for (const link of article.querySelectorAll(S.postLink)) {
    const parts = postPathParts(pathOf(link.getAttribute('href')));
    if (!parts) continue;
    if (link.querySelector(S.timestamp)) return parts.code;
    fallback ??= parts.code;
  }
  if (fallback) return fallback;
  const loc = documentLocation(article);
  return loc && !isDemoHost(loc.hostname) ? (postPathParts(loc.pathname)?.code ?? null) : null;
}

const readHashtags = (captionEl: Element | null, caption: string): string[] =>
  captionHashtags(captionEl, caption, S.hashtagLink);

function readArticleLabels(article: Element, captionEl: Element | null): PostLabels {
  const labels = emptyLabels();
  // Labels sit under the author in the header; without a header, anywhere but the caption.
  const scope = article.querySelector(S.header) ?? article;
  const excluded = captionEl ? [captionEl] : [];
  labels.paidPartnership = findLabel(scope, INSTAGRAM_LABELS.paidPartnership, excluded) !== null;
  labels.sponsored =
    findLabel(scope, INSTAGRAM_LABELS.sponsored, excluded) !== null || article.querySelector(S.adRedirectLink) !== null;
  labels.aiGenerated = findLabel(scope, INSTAGRAM_LABELS.aiGenerated, excluded) !== null;
  return labels;
}

function articleMedia(article: Element): string[] {
  const header = article.querySelector(S.header);
  const elements = [...article.querySelectorAll(`${S.postImage}, ${S.videoPoster}`)].filter((el) => !header?.contains(el));
  return mediaUrls(elements);
}

function extractArticle(article: Element, facts: PageFacts | null): PostInfo {
  const captionEl = captionElementOf(article);
  const caption = readText(captionEl);
  const author = readHeaderAuthor(article, captionEl);
  const key = readShortcode(article) ?? hashKey(author, caption);
  return {
    site: 'instagram',
    key,
    kind: onPostPage(article) ? 'post' : 'feed',
    caption,
    hashtags: readHashtags(captionEl, caption),
    author,
    media: articleMedia(article),
    labels: mergeLabels(readArticleLabels(article, captionEl), facts?.byId.get(key)),
  };
}

function tileAuthor(tile: Element, parts: { user: string | null } | null): string | null {
  if (parts?.user) return parts.user;
  // `/p/<code>/` tiles on a profile page (or its reels tab) are the profile owner's.
  const loc = documentLocation(tile);
  if (!loc || isDemoHost(loc.hostname)) return null;
  return handleOfProfilePath(loc.pathname, PROFILE_PAGE_PATH);
}

function extractTile(tile: Element, facts: PageFacts | null): PostInfo {
  const image = tile.querySelector(S.tileImage);
  const caption = readAttributeText(image, 'alt');
  const parts = postPathParts(pathOf(tile.getAttribute('href')));
  const author = tileAuthor(tile, parts);
  const key = parts?.code ?? hashKey(author, caption);
  return {
    site: 'instagram',
    key,
    kind: 'tile',
    caption,
    hashtags: uniqueTags(hashtagsInText(caption)),
    author,
    media: image ? mediaUrls([image]) : [],
    labels: mergeLabels(emptyLabels(), facts?.byId.get(key)),
  };
}

function extract(post: Element, facts: PageFacts | null): PostInfo {
  return post.matches(S.anyArticle) ? extractArticle(post, facts) : extractTile(post, facts);
}

/** An article's caption element text; a tile's alt as written (its words are the alt, collapsed). */
function wordsSuperset(post: Element): string | null {
  if (post.matches(S.anyArticle)) return textSuperset(captionElementOf(post));
  return post.querySelector(S.tileImage)?.getAttribute('alt') ?? '';
}

function readWords(post: Element): PostWords {
  if (post.matches(S.anyArticle)) {
    const captionEl = captionElementOf(post);
    const caption = readText(captionEl);
    return { caption, hashtags: readHashtags(captionEl, caption) };
  }
  const caption = readAttributeText(post.querySelector(S.tileImage), 'alt');
  return { caption, hashtags: uniqueTags(hashtagsInText(caption)) };
}

function badgeSlot(post: Element): BadgeSlot {
  if (!post.matches(S.anyArticle)) return { parent: post, before: null, overlay: true };
  const captionEl = captionElementOf(post);
  // Before the caption (2021 layout: before the author line the caption follows).
  const anchor = captionEl?.matches(S.captionHeading) ? captionEl : (captionEl?.previousElementSibling ?? null);
  if (anchor?.parentElement) return { parent: anchor.parentElement, before: anchor, overlay: false };
  const header = post.querySelector(S.header);
  if (header?.parentElement) return { parent: header.parentElement, before: header.nextSibling, overlay: false };
  return { parent: post, before: null, overlay: false };
}

/**
 * `is_paid_partnership` from the page's embedded data (the 2021-era `window._sharedData` /
 * `__additionalDataLoaded` objects and JSON script blocks), keyed by `shortcode` or `code`.
 */
function readPageFacts(doc: Document): PageFacts | null {
  const byId = new Map<string, Partial<PostLabels>>();
  let found = false;
  for (const script of doc.querySelectorAll(S.pageDataScript)) {
    const text = script.textContent ?? '';
    if (!text.includes('"is_paid_partnership"')) continue;
    const json = parseJson(text) ?? parseEmbeddedObject(text);
    if (json === undefined) continue;
    found = true;
    walkObjects(json, (obj) => {
      if (typeof obj['is_paid_partnership'] !== 'boolean') return;
      const code = stringField(obj, 'shortcode') ?? stringField(obj, 'code');
      if (!code || !/^[\w-]{5,40}$/u.test(code)) return;
      if (obj['is_paid_partnership'] === true) byId.set(code, { paidPartnership: true });
    });
  }
  return found ? { byId } : null;
}

const NOT_POST_PAGES = /^\/(?:accounts|direct|stories|legal|about|developer|emails|challenge|web)(?:\/|$)/u;

function expectsPosts(loc: Location | URL): boolean {
  if (isDemoHost(loc.hostname)) return demoSiteOf(loc.pathname) === 'instagram';
  if (!/(^|\.)instagram\.com$/u.test(loc.hostname)) return false;
  return !NOT_POST_PAGES.test(loc.pathname) && !/\/(?:followers|following)\/?$/u.test(loc.pathname);
}

export const instagramAdapter: SiteAdapter = {
  site: 'instagram',
  findPosts,
  postContaining,
  readWords,
  wordsSuperset,
  extract,
  badgeSlot,
  readPageFacts,
  expectsPosts,
};
