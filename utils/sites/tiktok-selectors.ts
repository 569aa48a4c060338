// Every TikTok hook the adapter reads, in one place. Only stable hooks: `data-e2e` attributes
// (TikTok's own test ids), ids with a fixed shape, href shapes and visible label text; never the
// generated `css-…` classes. "Seen in" names the capture in ../shared/realpages/tiktok/ that
// shows the hook; "guess" marks hooks known only from public scraper code, not from a capture.

export const TIKTOK_SELECTORS = {
  /**
   * One feed item: a `div` in the 2022 For You feed, an `article` in the 2025 one-column video
   * page (whose virtualised list also holds empty placeholder articles: not posts).
   * Seen in foryou-feed_2022-05 (9) and video-page_2025-12 (13, of which 2 rendered).
   */
  feedItem: '[data-e2e="recommend-list-item-container"]',
  /** A profile grid tile, holding a `/@user/video/<id>` link and the cover `img alt`. Guess. */
  profileTile: '[data-e2e="user-post-item"]',
  /** A search result card on the "Top" tab. Guess. */
  searchTile: '[data-e2e="search_top-item"]',
  /** The caption, hashtags and mentions as links inside. Seen in both captures. */
  caption: '[data-e2e="video-desc"]',
  /** A search card's caption. Guess. */
  searchCaption: '[data-e2e="search-card-video-caption"]',
  /** Hashtag links (`/tag/<name>`). Seen in both captures. */
  hashtagLink: 'a[href^="/tag/"]',
  /** The author's handle as text. Seen in foryou-feed_2022-05. */
  authorHandle: '[data-e2e="video-author-uniqueid"]',
  /** A search card's author handle. Guess. */
  searchAuthorHandle: '[data-e2e="search-card-user-unique-id"]',
  /** The author's avatar link (`/@handle`). Seen in both captures. */
  authorAvatarLink: 'a[data-e2e="video-author-avatar"][href^="/@"]',
  /** Any profile link (`/@handle`): the author when outside the caption (2025 layout). Seen in both. */
  profileLink: 'a[href^="/@"]',
  /** Links to a video or photo post (`/@user/video/<id>`, `/@user/photo/<id>`). Seen as an href shape in grids; guess for feeds. */
  postLink: 'a[href*="/video/"], a[href*="/photo/"]',
  /** The player wrapper whose id ends in the video id (`xgwrapper-0-<id>`). Seen in video-page_2025-12. */
  playerWithId: '[id^="xgwrapper-"]',
  /** The video area holding the cover image. Seen in both captures. */
  videoArea: '[data-e2e="feed-video"]',
  /** The cover image, whose `alt` repeats the caption: the caption of grid tiles. Seen in both captures. */
  coverWithAlt: 'img[alt]',
  /** Images and posters that can be the cover. Seen in both captures (img; poster is a guess). */
  coverImage: 'img, video[poster]',
  /** TikTok's disclosure tag, text "Paid partnership". Seen in video-page_2025-12. */
  sponsoredTag: '[data-e2e="sponsored-tag"]',
  /** "Try this effect" links, `/sticker/<slug>-<id>`. From public reports (README); not in the captures. */
  effectLink: 'a[href*="/sticker/"]',
} as const;

/** JSON blocks with the first page load's item data. The 2025 capture has the first; the 2022 one had the second (stripped). */
export const TIKTOK_JSON_IDS = ['__UNIVERSAL_DATA_FOR_REHYDRATION__', 'SIGI_STATE'] as const;

/** Visible label texts (English UI). */
export const TIKTOK_LABELS = {
  /** Text of the sponsored tag on branded content (seen); other texts in that tag count as ads. */
  paidPartnership: { exact: ['Paid partnership'], prefix: ['Paid partnership'] },
  /** TikTok's ad label. From public reports. */
  sponsored: { exact: ['Sponsored'] },
  /** AI labels; the wording "Creator labeled as AI-generated" appears in the 2025 capture's strings. */
  aiGenerated: { exact: ['Creator labeled as AI-generated', 'AI-generated', 'Contains AI-generated media'] },
} as const;

/** `/@user/video/<id>` or `/@user/photo/<id>` → id. */
export const POST_HREF_ID = /\/(?:video|photo)\/(\d{5,25})(?:[/?#]|$)/u;
/** `/@handle…` → handle. */
export const PROFILE_HREF_HANDLE = /^\/@([\w.]{1,64})(?:[/?#]|$)/u;
/** `/sticker/<slug>-<id>` → slug. */
export const STICKER_HREF_SLUG = /\/sticker\/([^/?#]+?)-\d+(?:[/?#]|$)/u;
/** `xgwrapper-<n>-<id>` → id. */
export const PLAYER_ID = /^xgwrapper-\d+-(\d{5,25})$/u;
