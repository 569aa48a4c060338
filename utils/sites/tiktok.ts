import { emptyLabels, type BadgeSlot, type PageFacts, type PostInfo, type PostLabels, type PostWords, type SiteAdapter } from './types';
import {
  PLAYER_ID,
  POST_HREF_ID,
  PROFILE_HREF_HANDLE,
  STICKER_HREF_SLUG,
  TIKTOK_JSON_IDS,
  TIKTOK_LABELS,
  TIKTOK_SELECTORS as S,
} from './tiktok-selectors';
import { capText, captionHashtags, collapseWhitespace, readAttributeText, readText, textSuperset } from './text';
import { mediaUrls } from './srcset';
import { hashKey } from './post-key';
import { findLabel } from './labels';
import { mergeLabels } from './merge-labels';
import { isObject, parseJson, stringField, walkObjects, type JsonObject } from './page-json';
import { demoSiteOf, isDemoHost, sitePathOf } from './location';

// TikTok: For You / Following feeds and the one-column video page (feed items), profile grids
// and search results (tiles). All hooks come from ./tiktok-selectors.ts.

const POST_SELECTOR = [S.feedItem, S.profileTile, S.searchTile].join(', ');
const TILE_SELECTOR = [S.profileTile, S.searchTile].join(', ');
/** Something a real post has and a placeholder of the virtualised list does not. */
const CONTENT_SELECTOR = [S.caption, S.authorHandle, S.profileLink, S.postLink, S.searchCaption].join(', ');
const HANDLE = /^[\w.]{1,64}$/u;

function isTile(post: Element): boolean {
  return post.matches(TILE_SELECTOR);
}

const pathOf = (href: string | null): string | null => sitePathOf(href, 'tiktok');

function handleFromHref(href: string | null): string | null {
  const path = pathOf(href);
  const match = path ? PROFILE_HREF_HANDLE.exec(path) : null;
  return match?.[1] ?? null;
}

function handleFromText(el: Element | null): string | null {
  const text = collapseWhitespace(el?.textContent ?? '').replace(/^@/u, '');
  return HANDLE.test(text) ? text : null;
}

function readAuthor(post: Element, captionEl: Element | null): string | null {
  const fromText = handleFromText(post.querySelector(S.authorHandle)) ?? handleFromText(post.querySelector(S.searchAuthorHandle));
  if (fromText) return fromText;
  const avatar = handleFromHref(post.querySelector(S.authorAvatarLink)?.getAttribute('href') ?? null);
  if (avatar) return avatar;
  // `/@user/video/<id>` names the author; mentions and video links inside the caption do not.
  for (const link of post.querySelectorAll(S.postLink)) {
    if (captionEl?.contains(link)) continue;
    const handle = handleFromHref(link.getAttribute('href'));
    if (handle) return handle;
  }
  for (const link of post.querySelectorAll(S.profileLink)) {
    if (captionEl?.contains(link)) continue;
    const handle = handleFromHref(link.getAttribute('href'));
    if (handle) return handle;
  }
  return null;
}

function readVideoId(post: Element, captionEl: Element | null): string | null {
  for (const link of post.querySelectorAll(S.postLink)) {
    if (captionEl?.contains(link)) continue; // a caption may link another video ("part 1 here")
    const id = POST_HREF_ID.exec(pathOf(link.getAttribute('href')) ?? '')?.[1];
    if (id) return id;
  }
  for (const player of post.querySelectorAll(S.playerWithId)) {
    const id = PLAYER_ID.exec(player.id)?.[1];
    if (id) return id;
  }
  return null;
}

const readHashtags = (captionEl: Element | null, caption: string): string[] =>
  captionHashtags(captionEl, caption, S.hashtagLink);

function effectName(link: Element): string | null {
  const text = capText(collapseWhitespace(link.textContent ?? ''), 100);
  if (text) return text;
  const slug = STICKER_HREF_SLUG.exec(pathOf(link.getAttribute('href')) ?? '')?.[1];
  if (!slug) return null;
  try {
    return capText(decodeURIComponent(slug).replace(/-/gu, ' '), 100);
  } catch {
    return capText(slug.replace(/-/gu, ' '), 100);
  }
}

function readLabels(post: Element, captionEl: Element | null): PostLabels {
  const labels = emptyLabels();
  const excluded = captionEl ? [captionEl] : [];
  const tag = post.querySelector(S.sponsoredTag);
  if (tag) {
    // The tag reads "Paid partnership" on branded content; an ad's tag reads "Sponsored".
    const text = collapseWhitespace(tag.textContent ?? '').toLowerCase();
    if (TIKTOK_LABELS.sponsored.exact.some((s) => s.toLowerCase() === text)) labels.sponsored = true;
    else labels.paidPartnership = true;
  }
  if (findLabel(post, TIKTOK_LABELS.paidPartnership, excluded)) labels.paidPartnership = true;
  if (findLabel(post, TIKTOK_LABELS.sponsored, excluded)) labels.sponsored = true;
  if (findLabel(post, TIKTOK_LABELS.aiGenerated, excluded)) labels.aiGenerated = true;
  for (const link of post.querySelectorAll(S.effectLink)) {
    const name = effectName(link);
    if (name && !labels.effects.includes(name)) labels.effects.push(name);
    if (labels.effects.length >= 20) break;
  }
  return labels;
}

function readMedia(post: Element): string[] {
  // Feed items: only the video area (the avatars sit outside it). Tiles: the post link first.
  const area = isTile(post) ? (post.querySelector(S.postLink) ?? post) : post.querySelector(S.videoArea);
  return area ? mediaUrls(area.querySelectorAll(S.coverImage)) : [];
}

function readCaption(post: Element): { captionEl: Element | null; caption: string } {
  const captionEl = post.querySelector(S.caption) ?? (isTile(post) ? post.querySelector(S.searchCaption) : null);
  let caption = readText(captionEl);
  if (!caption && !captionEl) {
    // Grid tiles (and items whose caption element is missing) carry the caption in the cover's alt.
    const scope = isTile(post) ? post : post.querySelector(S.videoArea);
    caption = readAttributeText(scope?.querySelector(S.coverWithAlt) ?? null, 'alt');
  }
  return { captionEl, caption };
}

/** The caption element's whole text; null for posts whose words come from the cover's alt. */
function wordsSuperset(post: Element): string | null {
  const captionEl = post.querySelector(S.caption) ?? (isTile(post) ? post.querySelector(S.searchCaption) : null);
  return textSuperset(captionEl);
}

function readWords(post: Element): PostWords {
  const { captionEl, caption } = readCaption(post);
  return { caption, hashtags: readHashtags(captionEl, caption) };
}

function extract(post: Element, facts: PageFacts | null): PostInfo {
  const { captionEl, caption } = readCaption(post);
  const author = readAuthor(post, captionEl);
  const key = readVideoId(post, captionEl) ?? hashKey(author, caption);
  const labels = mergeLabels(readLabels(post, captionEl), facts?.byId.get(key));
  return {
    site: 'tiktok',
    key,
    kind: isTile(post) ? 'tile' : 'feed',
    caption,
    hashtags: readHashtags(captionEl, caption),
    author,
    media: readMedia(post),
    labels,
  };
}

function findPosts(root: ParentNode): Element[] {
  const candidates: Element[] = [];
  if (isElement(root) && root.matches(POST_SELECTOR)) candidates.push(root);
  candidates.push(...root.querySelectorAll(POST_SELECTOR));
  // Placeholders of the virtualised list are empty; a nested match belongs to its outer post.
  return candidates.filter(
    (el) => el.querySelector(CONTENT_SELECTOR) !== null && el.parentElement?.closest(POST_SELECTOR) == null,
  );
}

/** The outermost post around `node` (or `node` itself), once it has content; null otherwise. */
function postContaining(node: Element): Element | null {
  let post = node.closest(POST_SELECTOR);
  for (let outer = post?.parentElement?.closest(POST_SELECTOR); outer; outer = outer.parentElement?.closest(POST_SELECTOR)) {
    post = outer;
  }
  return post && post.querySelector(CONTENT_SELECTOR) !== null ? post : null;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

function badgeSlot(post: Element): BadgeSlot {
  if (isTile(post)) {
    return { parent: post.querySelector(S.postLink) ?? post, before: null, overlay: true };
  }
  const captionEl = post.querySelector(S.caption);
  if (captionEl?.parentElement) return { parent: captionEl.parentElement, before: captionEl, overlay: false };
  return { parent: post, before: null, overlay: false };
}

/** Labels of one item object of the page JSON (`itemStruct` / `ItemModule[id]`). */
function labelsOfItem(item: JsonObject): Partial<PostLabels> {
  const labels: Partial<PostLabels> = {};
  const stickers = item['effectStickers'];
  if (Array.isArray(stickers)) {
    const names: string[] = [];
    for (const sticker of stickers.slice(0, 20)) {
      const name = isObject(sticker) ? stringField(sticker, 'name') : null;
      const clean = name ? capText(collapseWhitespace(name), 100) : '';
      if (clean && !names.includes(clean)) names.push(clean);
    }
    if (names.length > 0) labels.effects = names;
  }
  const description = stringField(item, 'AIGCDescription');
  if (item['IsAigc'] === true || (description !== null && description.trim() !== '')) labels.aiGenerated = true;
  // The 2025 capture's item shown with "Paid partnership" has isAd false: the DOM tag stays the
  // main source, the JSON only adds what the DOM does not show.
  if (item['isAd'] === true) labels.paidPartnership = true;
  return labels;
}

const ITEM_KEYS = ['effectStickers', 'IsAigc', 'AIGCDescription', 'isAd'];

function readPageFacts(doc: Document): PageFacts | null {
  let found = false;
  const byId = new Map<string, Partial<PostLabels>>();
  for (const id of TIKTOK_JSON_IDS) {
    const json = parseJson(doc.getElementById(id)?.textContent);
    if (json === undefined) continue;
    found = true;
    walkObjects(json, (obj) => {
      const itemId = stringField(obj, 'id');
      if (!itemId || !/^\d{5,25}$/u.test(itemId) || !ITEM_KEYS.some((k) => k in obj)) return;
      byId.set(itemId, mergeLabels(labelsOfItem(obj), byId.get(itemId), true));
    });
  }
  return found ? { byId } : null;
}

const FEED_PATHS = /^\/(?:$|foryou|following|friends|explore|search|tag\/|discover|@[\w.]+)/u;

function expectsPosts(loc: Location | URL): boolean {
  if (isDemoHost(loc.hostname)) return demoSiteOf(loc.pathname) === 'tiktok';
  return /(^|\.)tiktok\.com$/u.test(loc.hostname) && FEED_PATHS.test(loc.pathname);
}

export const tiktokAdapter: SiteAdapter = {
  site: 'tiktok',
  findPosts,
  postContaining,
  readWords,
  wordsSuperset,
  extract,
  badgeSlot,
  readPageFacts,
  expectsPosts,
};
