// Stable keys for remembering the user's decisions about a post ("Not a before/after post").
// The site's own id is best; when the page shows none (the 2022 For You feed has no video links),
// a short hash of author and caption stays stable across reloads.

/** 32-bit FNV-1a over UTF-16 code units (http://www.isthe.com/chongo/tech/comp/fnv/). Not cryptographic. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** `h-` + base-36 hash of author and caption; the prefix keeps it apart from site ids. */
export function hashKey(author: string | null, caption: string): string {
  return `h-${fnv1a(`${author ?? ''}\n${caption}`).toString(36)}`;
}
