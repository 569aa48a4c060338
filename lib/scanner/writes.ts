/** Shortest time between two batches of badge writes. */
export const WRITE_GAP_MS = 250;

/**
 * Coalesces the scanner's DOM writes (badge mounts and updates) into few animation frames: each
 * batch runs in one `requestAnimationFrame` callback, at most one batch per `gapMs`, so badges that
 * become ready together appear together, and a page in a background tab is not redrawn for them.
 * Marks (`data-candid`) need no batching: no style reads them, so they cause no layout or paint.
 * (Measured on the benchmark feed: what a badge costs the page is the layout and repaint of its
 * inserted box, about the same whether or not writes share a frame; see issue #5's note.)
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
