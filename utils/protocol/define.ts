import type { Check } from '../validate';

/** Where a message may come from. The background router checks this against the sender. */
export type Origin = 'content' | 'extension-page';

/**
 * One message type: who may send it, how to check its payload, and (as a type only) what the
 * background answers.
 */
export interface RouteSpec<Req, Res> {
  readonly from: readonly Origin[];
  readonly request: Check<Req>;
  /** Phantom field carrying the response type; never set at run time. */
  readonly response?: Res;
}

export function route<Req, Res>(from: readonly Origin[], request: Check<Req>): RouteSpec<Req, Res> {
  return { from, request };
}

/** What the background answers to every message: a value, or a refusal with a reason. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Largest serialised message the router accepts (a forged giant payload is refused unread). */
export const MAX_MESSAGE_BYTES = 64 * 1024;
