/**
 * Runs at most `limit` tasks at once and shares one run between identical concurrent requests
 * (same key): a feed that asks twice for the same image while it is analysed gets one analysis.
 */
export function createAnalysisQueue(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const inFlight = new Map<string, Promise<unknown>>();

  async function slot<T>(task: () => Promise<T>): Promise<T> {
    // A waiter is handed the slot itself (`running` stays counted): lowering it first would let a
    // request arriving before the waiter wakes take the same slot.
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  }

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const existing = inFlight.get(key);
      if (existing) return existing as Promise<T>;
      const promise = slot(task).finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
      return promise;
    },
    /** For tests and diagnostics: tasks running now. */
    get running(): number {
      return running;
    },
  };
}

export type AnalysisQueue = ReturnType<typeof createAnalysisQueue>;
