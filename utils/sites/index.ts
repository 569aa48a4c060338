import type { Site, SiteAdapter } from './types';
import { tiktokAdapter } from './tiktok';
import { instagramAdapter } from './instagram';
import { siteOfPage } from './location';

/** Every site adapter, one per site. */
export const ADAPTERS: Readonly<Record<Site, SiteAdapter>> = {
  tiktok: tiktokAdapter,
  instagram: instagramAdapter,
};


/**
 * The adapter for a page. On the real sites the host decides; in the demo build only, pages on
 * localhost pick the adapter by their first path segment (`/tiktok/…`, `/instagram/…`).
 */
export function adapterFor(hostname: string, pathname: string, demo: boolean): SiteAdapter | null {
  const site = siteOfPage(hostname, pathname, demo);
  return site ? ADAPTERS[site] : null;
}
