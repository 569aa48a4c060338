/**
 * The cache key of a media URL: the URL without its query string and fragment. The sites sign
 * image URLs with expiring query parameters; the path names the image itself.
 */
export function mediaKey(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url.split(/[?#]/)[0] ?? url;
  }
}
