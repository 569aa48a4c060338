/** Shortest time between two batches of badge writes. */
export const WRITE_GAP_MS = 250;

/**
 * Coalesces the scanner's DOM writes (badge mounts and updates) into few animation frames: each
 * batch runs in one `requestAnimationFrame` callback, at most one batch per `gapMs`. Measured on
 * the 500-post benchmark feed: each badge write that lands on its own frame makes the browser
 * lay out and repaint the feed again (several ms on a long feed), far more than the script that
 * made it; writes that share a frame share that cost. Marks (`data-candid`) need no batching: no
 * style reads them, so they cause no frame.
 */
export function batchWrites(signal: AbortSignal, gapMs = WRITE_GAP_MS): (write: () => void) => void {
  let queue: (() => void)[] = [];
  let pending = false;
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;

  const flush = (): void => {
    pending = false;
    last = performance.now();
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

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    queue = [];
  });

  return (write) => {
    if (signal.aborted) return;
    queue.push(write);
    if (pending) return;
    pending = true;
    timer = setTimeout(() => {
      frame = requestAnimationFrame(flush);
    }, Math.max(0, last + gapMs - performance.now()));
  };
}
