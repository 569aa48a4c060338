// Reading page text safely. Page text is hostile: it is only ever read as text (never as HTML),
// whitespace is collapsed so the signals see words, and length is capped so a 100 KB caption
// cannot slow the scan down.

/** Longest caption kept; the rest is dropped (issue 2, "Bad input": 100 KB captions). */
export const MAX_CAPTION_CHARS = 20_000;

/** Elements whose text is never caption text (their content is code, icons or controls). */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON']);

/**
 * Links and line breaks separate words: `#tag1#tag2` rendered as two links reads as two tags.
 * Block elements likewise (a caption split over several paragraphs).
 */
const SEPARATING_TAGS = new Set(['A', 'BR', 'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Collapses all whitespace runs to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Cuts `text` to `max` UTF-16 units without leaving half a surrogate pair at the end. */
export function capText(text: string, max: number = MAX_CAPTION_CHARS): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/**
 * The visible text of `el`, words separated at links and blocks, whitespace collapsed, capped.
 * Iterative (no recursion) so hostile deep nesting cannot overflow the stack; stops collecting
 * once well past the cap.
 */
export function readText(el: Element | null, max: number = MAX_CAPTION_CHARS): string {
  if (!el) return '';
  const parts: string[] = [];
  let collected = 0;
  const limit = max * 2 + 64;
  const stack: Node[] = [el];
  while (stack.length > 0 && collected < limit) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      collected += value.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (node !== el && SKIPPED_TAGS.has(tag)) continue;
    const separates = SEPARATING_TAGS.has(tag);
    // Children go on the stack in reverse so they come off in document order; a separating
    // element gets a space before its text (pushed now) and after it (a space node below its children).
    if (separates) stack.push(spaceNode);
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push(child);
    }
    if (separates) parts.push(' ');
  }
  return capText(collapseWhitespace(parts.join('')), max);
}

/** A stand-in text node used only as a word separator on the walk stack (never attached). */
const spaceNode = { nodeType: 3, nodeValue: ' ' } as unknown as Node;

/** Past this length a caption element's raw text is not worth folding for a substring test: read the words instead. */
export const MAX_SUPERSET_CHARS = 4 * MAX_CAPTION_CHARS;

/**
 * `el.textContent`: every character `readText(el)` and link texts inside `el` can return (they only
 * drop, collapse and insert whitespace), or null when `el` is missing or its text is huge.
 */
export function textSuperset(el: Element | null): string | null {
  const text = el?.textContent;
  return typeof text === 'string' && text.length <= MAX_SUPERSET_CHARS ? text : null;
}

/** Text of an attribute (e.g. a tile's `img alt`), collapsed and capped; '' when absent. */
export function readAttributeText(el: Element | null, name: string, max: number = MAX_CAPTION_CHARS): string {
  const value = el?.getAttribute(name);
  return value ? capText(collapseWhitespace(value), max) : '';
}

/** Hashtags in plain text: `#` followed by letters, digits, `_` or joining marks, any script. */
export function hashtagsInText(text: string): string[] {
  const found: string[] = [];
  // Linear: one character class, no nested quantifiers.
  for (const match of text.matchAll(/#([\p{L}\p{N}\p{M}_]+)/gu)) {
    if (match[1]) found.push(match[1]);
    if (found.length >= 200) break;
  }
  return found;
}

/** Case-insensitive de-duplication, first spelling kept, at most `max` entries. */
export function uniqueTags(tags: Iterable<string>, max = 100): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const clean = tag.replace(/^#/u, '').trim();
    const folded = clean.toLowerCase();
    if (!clean || seen.has(folded)) continue;
    seen.add(folded);
    out.push(clean);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * A caption's hashtags: the texts of its hashtag links (`linkSelector`, the site's own), then any
 * `#tag` written in the caption text, de-duplicated.
 */
export function captionHashtags(captionEl: Element | null, caption: string, linkSelector: string): string[] {
  const fromLinks: string[] = [];
  for (const link of captionEl?.querySelectorAll(linkSelector) ?? []) {
    const text = collapseWhitespace(link.textContent ?? '');
    if (text) fromLinks.push(text);
  }
  return uniqueTags([...fromLinks, ...hashtagsInText(caption)]);
}
