// Every host the extension may touch, in one place, so the manifest, the fetch allowlist and the
// tests that assert the built manifest read the same list.

/** Pages the content script runs on. */
export const SITE_PATTERNS = ['https://www.tiktok.com/*', 'https://www.instagram.com/*'] as const;

/**
 * Hosts that serve the two sites' post media. The background fetches images only from these
 * (issue: pixel analysis); nothing else is reachable.
 */
export const IMAGE_HOST_PATTERNS = [
  'https://*.tiktokcdn.com/*',
  'https://*.tiktokcdn-us.com/*',
  'https://*.tiktokcdn-eu.com/*',
  'https://*.cdninstagram.com/*',
  'https://*.fbcdn.net/*',
] as const;

/** Only the demo build (`npm start`) matches the locally served demo feed. */
export const DEMO_PATTERNS = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

const IMAGE_HOST_SUFFIXES = ['.tiktokcdn.com', '.tiktokcdn-us.com', '.tiktokcdn-eu.com', '.cdninstagram.com', '.fbcdn.net'];

/** True when `url` is an https URL on one of the sites' image hosts (or, in the demo, localhost). */
export function isAllowedMediaUrl(url: string, allowLocalhost = false): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (allowLocalhost && parsed.protocol === 'http:' && (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1')) {
    return true;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  return IMAGE_HOST_SUFFIXES.some((suffix) => parsed.hostname.endsWith(suffix));
}
