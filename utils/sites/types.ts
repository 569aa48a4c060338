/** What a site adapter knows how to read. */
export const SITES = ['tiktok', 'instagram'] as const;
export type Site = (typeof SITES)[number];

/** A post's own words: what the before/after cue check reads. */
export type PostWords = Pick<PostInfo, 'caption' | 'hashtags'>;

/** The platform's own disclosures found on (or in the page data for) a post. */
export interface PostLabels {
  /** "Paid partnership" / branded content / `is_paid_partnership` / `isAd`. */
  paidPartnership: boolean;
  /** The platform's "Sponsored" ad label. */
  sponsored: boolean;
  /** "AI info", "AI-generated", "Creator labeled as AI-generated", `IsAigc`. */
  aiGenerated: boolean;
  /** Names of disclosed effects or filters (TikTok effect links, `effectStickers`). */
  effects: string[];
}

/** One post as an adapter read it. All text is raw page text: hostile, only ever shown as text. */
export interface PostInfo {
  site: Site;
  /** Stable id for remembering decisions: the video id or shortcode, else a hash of author+caption. */
  key: string;
  /** Where the post was found: a feed item, a single post page, or a profile/search grid tile. */
  kind: 'feed' | 'post' | 'tile';
  caption: string;
  hashtags: string[];
  /** The author's handle without "@", or null when the post does not show it (grid tiles). */
  author: string | null;
  /** Image URLs (images, carousel slides or the video cover), the smallest adequate size first. */
  media: string[];
  labels: PostLabels;
}

export function emptyLabels(): PostLabels {
  return { paidPartnership: false, sponsored: false, aiGenerated: false, effects: [] };
}

/** Facts from the page's embedded JSON, keyed by post id (covers the first page load only). */
export interface PageFacts {
  byId: Map<string, Partial<PostLabels>>;
}

/** Where a badge goes: appended to `parent`, before `before` (null = at the end). */
export interface BadgeSlot {
  parent: Element;
  before: Node | null;
  /** Grid tiles have no room for text: the badge floats over the tile's corner. */
  overlay: boolean;
}

/**
 * One per site. Pure DOM reading: no browser.* and no writes to the page, so it runs on fixtures
 * in Vitest. The scanner owns marking and mounting.
 */
export interface SiteAdapter {
  readonly site: Site;
  /** Post containers under `root` (including `root` itself when it is one). */
  findPosts(root: ParentNode): Element[];
  /**
   * The post container that holds `node` (the node itself, or its nearest post ancestor), or null.
   * The scanner calls it for nodes added inside an existing container, e.g. a virtualised list
   * filling an empty placeholder; it must return null for a container that is still empty.
   */
  postContaining(node: Element): Element | null;
  /**
   * Only the post's words (caption and hashtags), exactly as `extract` reads them, without labels,
   * links, media or page data: the scanner's cheap first look, which decides whether the full read
   * is needed (most posts are not before/after posts).
   */
  readWords(post: Element): PostWords;
  /**
   * Cheaper still: text that contains every character of the post's words (the caption element's
   * whole `textContent`, one native read), or null where that cannot be promised. Only for
   * substring tests that may say "no cue here" (`mayHaveCueIn`), never for reading the words.
   */
  wordsSuperset(post: Element): string | null;
  /** Reads one post container. Never throws on missing parts: they come back empty. */
  extract(post: Element, facts: PageFacts | null): PostInfo;
  /** Where the badge of this post is mounted. */
  badgeSlot(post: Element): BadgeSlot;
  /** Reads the page's embedded JSON once per document, if the site has it. */
  readPageFacts(doc: Document): PageFacts | null;
  /** True when this looks like a page of the site that should contain posts (for the "no posts found" warning). */
  expectsPosts(loc: Location | URL): boolean;
}
