// The platforms' own disclosures are short visible labels ("Paid partnership", "AI info").
// They are found by reading text nodes, so a caption that merely mentions the words does not
// count: the caller excludes the caption element, and a label must be the whole text of its
// node (or start it, for "Paid partnership with <brand>").

export interface LabelTexts {
  /** Texts that must equal a text node's whole (trimmed, case-folded) content. */
  exact: readonly string[];
  /** Texts a text node may start with (followed by more words, e.g. a brand name). */
  prefix?: readonly string[];
}

/** Labels are short; longer text nodes are captions or comments and are not read. */
const MAX_LABEL_NODE_CHARS = 120;
/** Most text nodes read per post, so a huge post cannot stall the scan. */
const MAX_TEXT_NODES = 4_000;

function fold(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * The first label of `texts` found as a text node inside `scope` but outside every `excluded`
 * element, as written on the page; null when none is.
 */
export function findLabel(scope: Element, texts: LabelTexts, excluded: readonly Element[] = []): string | null {
  const doc = scope.ownerDocument;
  if (!doc || typeof doc.createTreeWalker !== 'function') return null;
  const exact = texts.exact.map(fold);
  const prefix = (texts.prefix ?? []).map(fold);
  const walker = doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode()) {
    seen += 1;
    const raw = node.nodeValue ?? '';
    if (raw.length > MAX_LABEL_NODE_CHARS || raw.trim() === '') continue;
    const text = fold(raw);
    const hit = exact.includes(text) || prefix.some((p) => text.startsWith(p));
    if (!hit) continue;
    if (excluded.some((el) => el.contains(node))) continue;
    return raw.replace(/\s+/gu, ' ').trim();
  }
  return null;
}
