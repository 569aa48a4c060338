import { isRecord } from '../validate';
import { MAX_MESSAGE_BYTES, type RouteSpec } from './define';
import { scanRoutes } from './scan';
import { journalRoutes } from './journal';

/**
 * The one message protocol of the extension. Each feature declares its messages in its own file
 * here and is registered in this list; the background router handles exactly these types.
 */
export const routes = {
  ...scanRoutes,
  ...journalRoutes,
};

export type Routes = typeof routes;
export type MessageType = keyof Routes;
export type RequestOf<K extends MessageType> = Routes[K] extends RouteSpec<infer Q, unknown> ? Q : never;
export type ResponseOf<K extends MessageType> = Routes[K] extends RouteSpec<unknown, infer R> ? R : never;

/** The envelope every message travels in; the marker keeps other traffic out of our router. */
export interface Envelope<K extends MessageType = MessageType> {
  candid: 1;
  type: K;
  payload: RequestOf<K>;
}

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(routes, value);
}

/** Checks an untrusted message: envelope, known type, size and payload shape. Null when refused. */
export function parseMessage(raw: unknown): { type: MessageType; payload: unknown } | null {
  if (!isRecord(raw) || raw.candid !== 1 || !isMessageType(raw.type)) return null;
  let size: number;
  try {
    size = JSON.stringify(raw.payload ?? null).length;
  } catch {
    return null;
  }
  if (size > MAX_MESSAGE_BYTES) return null;
  const payload = routes[raw.type].request(raw.payload);
  return payload === null ? null : { type: raw.type, payload };
}

export { route, type Origin, type Reply, type RouteSpec } from './define';
