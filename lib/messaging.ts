import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from '../utils/protocol';

/**
 * Sends one typed message to the background and returns its answer. Throws with the background's
 * reason when it refused, so callers handle one error path.
 */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { candid: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<K>> | undefined;
  if (!reply || typeof reply !== 'object') throw new Error(`No answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
