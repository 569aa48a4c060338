/**
 * Runs `work` when the page's main thread is idle (within `timeout` ms at the latest), so the
 * scanner never lengthens the site's own frames. Falls back to a timer where idle callbacks are
 * missing. Returns a cancel function.
 */
export function whenIdle(work: (deadline: { timeRemaining(): number }) => void, timeout = 300): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const started = performance.now();
  const handle = setTimeout(() => work({ timeRemaining: () => Math.max(0, 8 - (performance.now() - started)) }), 16);
  return () => clearTimeout(handle);
}

/** Longest stretch of scanner work in one go; posts past it wait for the next idle period. */
export const SLICE_MS = 6;
/**
 * The same inside the site's own task (posts it has just added): smaller, because the site's task
 * is already running and together they must stay well under the 50 ms of a long task.
 */
export const LIVE_SLICE_MS = 3;
