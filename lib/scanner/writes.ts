/** Longest a queued badge write waits for the page's own next DOM change before it gets a frame of its own. */
export const WRITE_WAIT_MS = 1200;

/**
 * Queues the scanner's visible DOM writes (badge mounts and updates) and runs them when the PAGE
 * next changes its own DOM: synchronously in a MutationObserver callback, so they are laid out and
 * painted in the frame the site already pays for. On a long feed, a frame with any change in it
 * costs the browser ~10–15 ms of style, layout and paint, whatever the change; a badge drawn in a
 * frame of its own cost that much each, the same badge drawn in the site's frame about nothing
 * (measured on the benchmark feed; see issue #5's note). Feeds change their DOM many times a second
 * while the user scrolls, so the wait is short; on a page that stays still, the writes run in one
 * animation frame after `maxWaitMs`.
 *
 * The observer is connected only while writes are waiting. Marks (`data-candid`) need none of
 * this: they are attributes no style reads, so they cost no layout or paint.
 */
export function pageWrites(signal: AbortSignal, maxWaitMs = WRITE_WAIT_MS): (write: () => void) => void {
  let queue: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;

  const flush = (): void => {
    observer.disconnect();
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    timer = frame = undefined;
    const run = queue;
    queue = [];
    for (const write of run) {
      try {
        write();
      } catch (error) {
        console.warn('[Candid Skin] a badge could not be drawn', error);
      }
    }
  };

  // Only the page's own changes wake it: it is disconnected before our writes run.
  const observer = new MutationObserver(flush);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    queue = [];
  });

  return (write) => {
    if (signal.aborted) return;
    queue.push(write);
    if (queue.length > 1) return;
    observer.observe(document.documentElement, { childList: true, subtree: true });
    timer = setTimeout(() => {
      frame = requestAnimationFrame(flush);
    }, maxWaitMs);
  };
}
