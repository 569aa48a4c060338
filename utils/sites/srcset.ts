// Choosing which image URL to hand to the pixel analysis: the smallest size that is still
// adequate, so the background fetches as few bytes as possible (see HTML's srcset syntax:
// https://html.spec.whatwg.org/multipage/images.html#srcset-attributes).

/** Narrowest width we still analyse; smaller thumbnails lose the detail the analysis needs. */
export const MIN_ADEQUATE_WIDTH = 320;

export interface SrcsetCandidate {
  url: string;
  /** Width descriptor (`640w`), when given. */
  width: number | null;
  /** Pixel-density descriptor (`2x`); 1 when the candidate has no descriptor. */
  density: number | null;
}

/** Parses a `srcset` value. Tolerant: malformed candidates are skipped, never thrown on. */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  let i = 0;
  const n = Math.min(srcset.length, 20_000);
  while (i < n && out.length < 50) {
    while (i < n && (srcset[i] === ',' || /\s/u.test(srcset[i] ?? ''))) i += 1;
    const urlStart = i;
    while (i < n && !/\s/u.test(srcset[i] ?? '')) i += 1;
    let url = srcset.slice(urlStart, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/u, '');
    } else {
      const descStart = i;
      while (i < n && srcset[i] !== ',') i += 1;
      descriptor = srcset.slice(descStart, i).trim();
    }
    if (!url) continue;
    const width = /^(\d+)w$/u.exec(descriptor);
    const density = /^(\d+(?:\.\d+)?)x$/u.exec(descriptor);
    if (width?.[1]) out.push({ url, width: Number(width[1]), density: null });
    else if (density?.[1]) out.push({ url, width: null, density: Number(density[1]) });
    else if (!descriptor) out.push({ url, width: null, density: 1 });
  }
  return out;
}

/**
 * The smallest candidate at least `minWidth` wide (the largest when none is that wide); with
 * density descriptors only, the 1x candidate (the lowest density otherwise).
 */
export function pickFromSrcset(candidates: SrcsetCandidate[], minWidth: number = MIN_ADEQUATE_WIDTH): string | null {
  const sized = candidates.filter((c) => c.width !== null).sort((a, b) => (a.width ?? 0) - (b.width ?? 0));
  if (sized.length > 0) {
    const adequate = sized.find((c) => (c.width ?? 0) >= minWidth);
    return (adequate ?? sized[sized.length - 1])?.url ?? null;
  }
  const dense = candidates.filter((c) => c.density !== null).sort((a, b) => (a.density ?? 0) - (b.density ?? 0));
  const oneX = dense.find((c) => (c.density ?? 0) >= 1);
  return (oneX ?? dense[0])?.url ?? null;
}

/** An absolute http(s) URL for `raw` resolved against `base`, or null (data:, blob:, junk). */
export function absoluteHttpUrl(raw: string | null | undefined, base: string | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > 4096) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The image URL worth analysing for `img`: the adequate srcset candidate, else `src`. */
export function imageUrl(img: Element, minWidth: number = MIN_ADEQUATE_WIDTH): string | null {
  const base = baseOf(img);
  const srcset = img.getAttribute('srcset');
  if (srcset) {
    const picked = absoluteHttpUrl(
      pickFromSrcset(parseSrcset(srcset).filter((c) => absoluteHttpUrl(c.url, base) !== null), minWidth),
      base,
    );
    if (picked) return picked;
  }
  return absoluteHttpUrl(img.getAttribute('src'), base);
}

/** The document's base URL, when it has a usable one (DOMParser documents may not). */
export function baseOf(node: Node): string | undefined {
  const base = node.ownerDocument?.baseURI ?? undefined;
  return base && /^https?:/u.test(base) ? base : undefined;
}

/** De-duplicated image URLs from `imgs` (and video posters), in order, at most `max`. */
export function mediaUrls(elements: Iterable<Element>, max = 10): string[] {
  const out: string[] = [];
  for (const el of elements) {
    const url = el.tagName.toUpperCase() === 'VIDEO' ? absoluteHttpUrl(el.getAttribute('poster'), baseOf(el)) : imageUrl(el);
    if (url && !out.includes(url)) out.push(url);
    if (out.length >= max) break;
  }
  return out;
}
