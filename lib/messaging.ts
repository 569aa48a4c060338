import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from '../utils/protocol';

/** The background answered and refused (bad shape, wrong sender, handler error): retrying won't help. */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

/**
 * Sends one typed message to the background and returns its answer. Throws RefusedError with the
 * background's reason when it refused; any other error is the transport (e.g. the worker stopped).
 */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { candid: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<K>> | undefined;
  if (!reply || typeof reply !== 'object') throw new Error(`No answer to ${type}`);
  if (!reply.ok) throw new RefusedError(reply.error);
  return reply.value;
}

/**
 * `send`, retried when the transport failed: an MV3 service worker can be stopped mid-request,
 * which closes the message channel; the next message starts it again. Refusals are not retried.
 */
export async function sendWithRetry<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
  { attempts = 4, delayMs = 250 }: { attempts?: number; delayMs?: number } = {},
): Promise<ResponseOf<K>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(type, payload);
    } catch (error) {
      if (error instanceof RefusedError || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}
