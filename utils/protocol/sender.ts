import { isDemoHost, siteOfHost, siteOfPage } from '../sites/location';
import type { Site } from '../sites/types';
import type { Origin } from './define';

/** The parts of `runtime.MessageSender` the router trusts, and only after checking them. */
export interface SenderFacts {
  id?: string;
  url?: string;
  hasTab: boolean;
}

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
  if (url.protocol === 'https:' && siteOfHost(url.hostname)) return 'content';
  if (self.allowDemoHosts && url.protocol === 'http:' && isDemoHost(url.hostname)) return 'content';
  return null;
}

/**
 * Which site's data a content script may ask for: its own page's site (the TikTok script neither
 * reads nor writes Instagram's choices). Called only for senders `classifySender` accepted as
 * content scripts, so a demo host here is the demo build's, whose path names the site.
 */
export function siteOfContentSender(senderUrl: string | undefined): Site | null {
  try {
    const url = new URL(senderUrl ?? '');
    return siteOfPage(url.hostname, url.pathname, true);
  } catch {
    return null;
  }
}
