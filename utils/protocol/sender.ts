import type { Origin } from './define';

/** The parts of `runtime.MessageSender` the router trusts, and only after checking them. */
export interface SenderFacts {
  id?: string;
  url?: string;
  hasTab: boolean;
}

const SITE_HOSTS = new Set(['www.tiktok.com', 'www.instagram.com']);
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
