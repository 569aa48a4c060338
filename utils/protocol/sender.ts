import type { Site } from '../sites/types';
import type { Origin } from './define';

/** The parts of `runtime.MessageSender` the router trusts, and only after checking them. */
export interface SenderFacts {
  id?: string;
  url?: string;
  hasTab: boolean;
}


/** The site each content-script host belongs to. */
const SITE_OF_HOST: Readonly<Record<string, Site>> = { 'www.tiktok.com': 'tiktok', 'www.instagram.com': 'instagram' };
const SITE_HOSTS = new Set(Object.keys(SITE_OF_HOST));
const DEMO_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * Decides where a message came from, or null for anything we do not talk to: other extensions,
 * web pages, content scripts on other hosts, frames without a URL.
 */
export function classifySender(
  sender: SenderFacts,
  self: { runtimeId: string; extensionOrigin: string; allowDemoHosts: boolean },
): Origin | null {
  if (sender.id !== self.runtimeId || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (url.origin === new URL(self.extensionOrigin).origin) return 'extension-page';
  if (!sender.hasTab) return null;
  if (url.protocol === 'https:' && SITE_HOSTS.has(url.hostname)) return 'content';
  if (self.allowDemoHosts && url.protocol === 'http:' && DEMO_HOSTS.has(url.hostname)) return 'content';
  return null;
}

/**
 * Which site's data a content script may ask for: its own page's site (the TikTok script neither
 * reads nor writes Instagram's choices); 'any' on the demo hosts, which serve both sites' feeds.
 */
export function siteOfContentSender(senderUrl: string | undefined): Site | 'any' | null {
  try {
    const host = new URL(senderUrl ?? '').hostname;
    if (DEMO_HOSTS.has(host)) return 'any';
    return SITE_OF_HOST[host] ?? null;
  } catch {
    return null;
  }
}
