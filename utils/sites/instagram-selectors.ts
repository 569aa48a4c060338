// Every Instagram hook the adapter reads, in one place. Instagram's class names are generated
// and change between captures, so only elements, roles, href shapes and label texts are used.
// "Seen in" names the capture in ../shared/realpages/instagram/ that shows the hook; "reported"
// marks hooks known from public reports (../shared/realpages/README.md), not from a capture.

export const INSTAGRAM_SELECTORS = {
  /** A feed post or the post of a post page. Seen in post-page_2021 (`main article`); feeds reported. */
  article: 'main article',
  /** Any article: tiles inside one are a post's own links, not tiles. Seen in post-page_2021. */
  anyArticle: 'article',
  /** A post opened over a grid or feed (the URL turns into /p/<code>/). Reported. */
  dialogArticle: '[role="dialog"] article',
  /** The post's top bar: author links, "Sponsored", "Paid partnership with …", "AI info". Seen in post-page_2021. */
  header: 'header',
  /** Links to a profile or post (`/user/`, `/p/<code>/`); filtered by the path shapes below. Seen in both captures. */
  localLink: 'a[href^="/"]',
  /**
   * Links to a post: grid tiles and a post's own permalinks (`/p/<code>/`, `/<user>/p/<code>/`,
   * `/reel/<code>/`, `/<user>/reel/<code>/`). Seen in profile-grid_2025-02 and post-page_2021.
   */
  postLink: 'a[href*="/p/"], a[href*="/reel/"]',
  /** The caption heading of current post pages and feeds. Reported, not in the captures. */
  captionHeading: 'h1',
  /** The caption's author line in the 2021 post page (comments use h3); the caption is the span after it. Seen in post-page_2021. */
  captionAuthorHeading: 'h2',
  /** The caption text next to that author line. Seen in post-page_2021. */
  captionTextAfterHeading: 'h2 + span',
  /** The permalink's timestamp: preferred source of the shortcode. Seen in post-page_2021. */
  timestamp: 'time',
  /** Hashtag links (`/explore/tags/<tag>/`). Reported href shape. */
  hashtagLink: 'a[href^="/explore/tags/"]',
  /** Post images; carousels have several. Seen in post-page_2021 (srcset with 640w/750w/1080w). */
  postImage: 'img[srcset]',
  /** A reel's cover frame. Reported. */
  videoPoster: 'video[poster]',
  /** A grid tile's image, whose `alt` holds the caption. Seen in profile-grid_2025-02 and post-page_2021. */
  tileImage: 'img',
  /** Sponsored posts link out through Instagram's ad redirect. Reported. */
  adRedirectLink: 'a[href*="facebook.com/ads/ig_redirect"]',
  /** Inline scripts that may carry the page's post data (`is_paid_partnership`). Seen (emptied) in post-page_2021. */
  pageDataScript: 'script:not([src])',
} as const;

/** Visible label texts. English is reported/seen; other languages are our translations (guesses). */
export const INSTAGRAM_LABELS = {
  /** Under the author on ads. Reported. */
  sponsored: { exact: ['Sponsored', 'Gesponsert', 'Publicidad', 'Patrocinado', 'Sponsorisé'] },
  /** "Paid partnership with <brand>" under the author on branded content. Reported. */
  paidPartnership: {
    exact: ['Paid partnership'],
    prefix: ['Paid partnership', 'Bezahlte Partnerschaft', 'Colaboración pagada', 'Parceria paga', 'Partenariat rémunéré'],
  },
  /** The AI label; "Made with AI" until July 2024. Reported. */
  aiGenerated: { exact: ['AI info', 'Made with AI'] },
} as const;

/** A post path: optional `/<user>`, then `/p/`, `/reel/` or `/tv/` and the shortcode. */
export const POST_PATH = /^(?:\/([\w.]{1,30}))?\/(?:p|reel|reels|tv)\/([\w-]{5,40})\/?/u;
/** A profile path, one segment: `/<user>/`. */
export const PROFILE_PATH = /^\/([\w.]{1,30})\/?$/u;
/** A profile page path, and its reels tab (both hold the owner's posts; the tagged tab does not). */
export const PROFILE_PAGE_PATH = /^\/([\w.]{1,30})(?:\/reels)?\/?$/u;
/** Single-segment paths that are site sections, not users. */
export const RESERVED_PATHS = new Set([
  'explore', 'accounts', 'direct', 'reels', 'stories', 'about', 'legal', 'developer', 'web', 'p', 'reel', 'tv',
  'emails', 'challenge', 'privacy', 'terms', 'session', 'oauth', 'data', 'api', 'graphql', 'static', 'ads',
]);
