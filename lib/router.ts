import type { Browser } from 'wxt/browser';
import { parseMessage, routes, type MessageType, type Origin, type Reply, type RequestOf, type ResponseOf } from '../utils/protocol';
import { classifySender, siteOfContentSender } from '../utils/protocol/sender';

export interface HandlerContext {
  origin: Origin;
  /** The tab a content script wrote from (absent for extension pages). */
  tabId?: number;
}

export type Handler<K extends MessageType> = (payload: RequestOf<K>, context: HandlerContext) => Promise<ResponseOf<K>> | ResponseOf<K>;
export type Handlers = { [K in MessageType]: Handler<K> };

export interface RouterOptions {
  runtimeId: string;
  extensionOrigin: string;
  allowDemoHosts: boolean;
  onRefused?: (why: string) => void;
}

/**
 * The background's one message router. Every message is untrusted until its sender and its shape
 * are checked; a refused one gets `{ok:false}` and touches nothing.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  return (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    const refuse = (why: string): Promise<Reply<unknown>> => {
      options.onRefused?.(why);
      return Promise.resolve({ ok: false, error: why });
    };
    const origin = classifySender({ id: sender.id, url: sender.url, hasTab: sender.tab !== undefined }, options);
    if (!origin) return refuse('unknown sender');
    const parsed = parseMessage(message);
    if (!parsed) return refuse('malformed message');
    if (!routes[parsed.type].from.includes(origin)) return refuse(`${parsed.type} is not accepted from ${origin}`);
    if (origin === 'content' && !sameSite(parsed.payload, sender.url)) return refuse(`${parsed.type} names another site than its page's`);
    const handler = handlers[parsed.type] as Handler<MessageType>;
    const context: HandlerContext = { origin, tabId: sender.tab?.id };
    // Called synchronously: a handler that needs the click's user gesture (sidePanel.open) must
    // run before the first await.
    let result: unknown;
    try {
      result = handler(parsed.payload as never, context);
    } catch (error) {
      result = Promise.reject(error);
    }
    return Promise.resolve(result)
      .then(
        (value): Reply<unknown> => ({ ok: true, value }),
        (error: unknown): Reply<unknown> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  };
}

/** A content script's request that names a site must name its own page's site. */
function sameSite(payload: unknown, senderUrl: string | undefined): boolean {
  const site = (payload as { site?: unknown } | null)?.site;
  if (site === undefined) return true;
  return siteOfContentSender(senderUrl) === site;
}
