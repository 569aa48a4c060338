import type { Site, SiteAdapter } from './types';
import { tiktokAdapter } from './tiktok';
import { instagramAdapter } from './instagram';
import { demoSiteOf, isDemoHost } from './location';

/** Every site adapter, one per site. */
export const ADAPTERS: Readonly<Record<Site, SiteAdapter>> = {
  tiktok: tiktokAdapter,
  instagram: instagramAdapter,
};

const SITE_HOSTS: Record<string, Site> = {
  'www.tiktok.com': 'tiktok',
  'www.instagram.com': 'instagram',
};

/**
 * The adapter for a page. On the real sites the host decides; in the demo build only, pages on
 * localhost pick the adapter by their first path segment (`/tiktok/…`, `/instagram/…`).
 */
export function adapterFor(hostname: string, pathname: string, demo: boolean): SiteAdapter | null {
  const site = SITE_HOSTS[hostname.toLowerCase()];
  if (site) return ADAPTERS[site];
  if (demo && isDemoHost(hostname)) {
    const demoSite = demoSiteOf(pathname);
    return demoSite ? ADAPTERS[demoSite] : null;
  }
  return null;
}
