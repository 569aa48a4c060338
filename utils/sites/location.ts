import type { Site } from './types';

// The demo build serves the fixtures at http://localhost/<site>/…; everywhere else the adapters
// read the real sites' paths.

const DEMO_HOSTS = new Set(['localhost', '127.0.0.1']);

/** The real sites' hosts, where the content script runs. */
const SITE_OF_HOST: Readonly<Record<string, Site>> = {
  'www.tiktok.com': 'tiktok',
  'www.instagram.com': 'instagram',
};

export function isDemoHost(hostname: string): boolean {
  return DEMO_HOSTS.has(hostname);
}

/** The site of a real site's host, or null. */
export function siteOfHost(hostname: string): Site | null {
  return SITE_OF_HOST[hostname.toLowerCase()] ?? null;
}

/** The site a page belongs to: its host, or in the demo build on localhost its first path segment. */
export function siteOfPage(hostname: string, pathname: string, demo: boolean): Site | null {
  return siteOfHost(hostname) ?? (demo && isDemoHost(hostname) ? demoSiteOf(pathname) : null);
}

/** The site the first path segment names on the demo host (`/tiktok/…`), or null. */
export function demoSiteOf(pathname: string): Site | null {
  const first = pathname.split('/')[1] ?? '';
  return first === 'tiktok' || first === 'instagram' ? first : null;
}

/** Location of the post's document, when it has one (documents from DOMParser do not). */
export function documentLocation(node: Node): { hostname: string; pathname: string } | null {
  try {
    const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
    const loc = doc?.location;
    return loc ? { hostname: loc.hostname, pathname: loc.pathname } : null;
  } catch {
    return null;
  }
}

/**
 * Pathname of a link on `site` (relative, or absolute on the site or one of its subdomains), or
 * null for links elsewhere and for unparsable hrefs: a post's links to other sites say nothing
 * about the post.
 */
export function sitePathOf(href: string | null, site: Site): string | null {
  if (!href) return null;
  // Most links are site-relative: skip URL parsing (it shows in the feed's profile otherwise).
  if (href.startsWith('/') && !href.startsWith('//') && !href.includes('\\')) {
    const end = href.search(/[?#]/u);
    return end === -1 ? href : href.slice(0, end);
  }
  try {
    const url = new URL(href, `https://www.${site}.com/`);
    return url.hostname === `${site}.com` || url.hostname.endsWith(`.${site}.com`) ? url.pathname : null;
  } catch {
    return null;
  }
}
