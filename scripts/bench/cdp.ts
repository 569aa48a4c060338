// DevTools-protocol measurements of one page: main-thread metrics (Performance.getMetrics) and
// long tasks from a trace, with whether our extension's code ran inside them.
import type { CDPSession } from 'playwright-core';

export const METRIC_NAMES = [
  'TaskDuration', 'ScriptDuration', 'V8CompileDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskOtherDuration', 'LayoutCount', 'RecalcStyleCount',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];
export type Metrics = Record<MetricName, number>;

/**
 * Starts metric collection. `threadTicks` makes the durations the renderer main thread's CPU time
 * rather than wall time, so other work on this shared two-core machine does not count as ours.
 */
export async function enableMetrics(cdp: CDPSession): Promise<void> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
}

/** The page's cumulative metrics now; durations in milliseconds. */
export async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const byName = new Map(metrics.map((m) => [m.name, m.value]));
  const out = {} as Metrics;
  for (const name of METRIC_NAMES) {
    const value = byName.get(name) ?? 0;
    out[name] = name.endsWith('Duration') ? value * 1000 : value;
  }
  return out;
}

export function metricsDelta(after: Metrics, before: Metrics): Metrics {
  const out = {} as Metrics;
  for (const name of METRIC_NAMES) out[name] = after[name] - before[name];
  return out;
}

/** Waits until the page's main thread has been (nearly) idle for `quietMs`, or `maxMs` passed. */
export async function waitForQuiet(cdp: CDPSession, { quietMs = 600, busyBelowMs = 4, maxMs = 15_000 } = {}): Promise<void> {
  const started = Date.now();
  let last = (await readMetrics(cdp)).TaskDuration;
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = (await readMetrics(cdp)).TaskDuration;
    if (now - last < busyBelowMs) return;
    last = now;
  }
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> & { frames?: { url?: string; processId?: number }[] } };
}

/**
 * Categories: the timeline (tasks, function calls with their script URL, layout, style) and the
 * V8 sampling profiler, whose stack samples name the script of code that runs without a Blink
 * "FunctionCall" around it (promise continuations of async functions, for example).
 */
const TRACE_CATEGORIES = [
  'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute',
  'disabled-by-default-devtools.timeline.frame', 'disabled-by-default-v8.cpu_profiler',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (payload: { value: unknown[] }): void => {
    events.push(...(payload.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

export interface LongTask {
  ms: number;
  /** Script URLs (extension or page) seen running inside the task. */
  urls: string[];
  ours: boolean;
  /**
   * Our code's time inside the task, ms: the larger of the timeline's script events from
   * chrome-extension:// and the profiler's samples with our script on the stack.
   */
  oursMs: number;
  /** True when the task would not have been long without our code (ms − oursMs ≤ threshold). */
  causedByUs: boolean;
  /** Layout and style recalculation inside the task, ms. */
  layoutStyleMs: number;
}

const OURS = 'chrome-extension://';
/** Timeline events whose `data.url` names the script that runs. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'v8.compile', 'v8.run']);

/**
 * Long tasks (> `thresholdMs`) on the main thread of the renderer showing `host`, each with the
 * script URLs that ran inside it: from the timeline's script events and from the profiler's samples.
 */
export function longTasks(events: readonly TraceEvent[], host: string, thresholdMs = 50): LongTask[] {
  const pid = rendererOf(events, host);
  if (pid === null) return [];
  const mainTid = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  if (mainTid === undefined) return [];
  const main = events.filter((e) => e.pid === pid && e.tid === mainTid);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > thresholdMs * 1000);
  const samples = profileSamples(events, pid, mainTid);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = main.filter((e) => e.ts >= task.ts && e.ts < end && e !== task);
    const urls = new Set<string>();
    let oursMs = 0;
    let layoutStyleMs = 0;
    for (const e of inside) {
      const url = scriptUrl(e);
      if (url && SCRIPT_EVENTS.has(e.name)) {
        urls.add(url);
        if (url.startsWith(OURS) && e.ph === 'X') oursMs += (e.dur ?? 0) / 1000;
      }
      if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.ph === 'X') layoutStyleMs += (e.dur ?? 0) / 1000;
    }
    let sampledOursMs = 0;
    for (const sample of samples) {
      if (sample.ts < task.ts || sample.ts >= end || !sample.urls.length) continue;
      sample.urls.forEach((u) => urls.add(u));
      if (sample.urls.some((u) => u.startsWith(OURS))) sampledOursMs += sample.dt / 1000;
    }
    const list = [...urls];
    const ms = (task.dur ?? 0) / 1000;
    const ours = list.some((u) => u.startsWith(OURS));
    const oursTotal = Math.max(oursMs, sampledOursMs);
    return { ms, urls: list, ours, oursMs: oursTotal, causedByUs: ours && ms - oursTotal <= thresholdMs, layoutStyleMs };
  });
}

function scriptUrl(e: TraceEvent): string | null {
  const data = e.args?.data;
  if (!data) return null;
  if (typeof data.url === 'string' && data.url) return data.url;
  const stack = data.stackTrace as { url?: string }[] | undefined;
  return Array.isArray(stack) && typeof stack[0]?.url === 'string' ? stack[0].url : null;
}

/** The renderer process whose main frame shows `host` (from the trace's start event). */
function rendererOf(events: readonly TraceEvent[], host: string): number | null {
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    for (const frame of e.args?.data?.frames ?? []) {
      if (frame.url && new URL(frame.url).host === host && typeof frame.processId === 'number') return frame.processId;
    }
  }
  return null;
}

interface Frame {
  fn: string;
  url: string;
  line: number;
  col: number;
}

interface Sample {
  ts: number;
  /** The function the sample landed in (self time). */
  leaf: Frame | null;
  /** Time since the previous sample (µs): the time this sample stands for. */
  dt: number;
  urls: string[];
}

/**
 * Sample times and the script URLs on their stacks, from the profiler's ProfileChunk events of the
 * main thread (nodes carry callFrame.url; samples and timeDeltas are parallel arrays).
 */
function profileSamples(events: readonly TraceEvent[], pid: number, tid: number): Sample[] {
  const profile = events.find((e) => e.pid === pid && e.tid === tid && e.name === 'Profile');
  const id = (profile as unknown as { id?: string } | undefined)?.id;
  if (!profile || id === undefined) return [];
  let time = (profile.args?.data?.startTime as number | undefined) ?? profile.ts;
  const urlOf = new Map<number, string>();
  const frameOf = new Map<number, Frame>();
  const parentOf = new Map<number, number>();
  const samples: Sample[] = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || (e as unknown as { id?: string }).id !== id) continue;
    const chunk = e.args?.data as
      | {
          cpuProfile?: {
            nodes?: { id: number; parent?: number; callFrame?: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number } }[];
            samples?: number[];
          };
          timeDeltas?: number[];
        }
      | undefined;
    for (const node of chunk?.cpuProfile?.nodes ?? []) {
      const frame = node.callFrame;
      if (frame) frameOf.set(node.id, { fn: frame.functionName || '(anonymous)', url: frame.url ?? '', line: frame.lineNumber ?? -1, col: frame.columnNumber ?? -1 });
      if (node.callFrame?.url) urlOf.set(node.id, node.callFrame.url);
      if (node.parent !== undefined) parentOf.set(node.id, node.parent);
    }
    const ids = chunk?.cpuProfile?.samples ?? [];
    const deltas = chunk?.timeDeltas ?? [];
    ids.forEach((nodeId, i) => {
      const dt = deltas[i] ?? 0;
      time += dt;
      const urls = new Set<string>();
      for (let n: number | undefined = nodeId, hops = 0; n !== undefined && hops < 200; n = parentOf.get(n), hops++) {
        const url = urlOf.get(n);
        if (url) urls.add(url);
      }
      samples.push({ ts: time, dt, leaf: frameOf.get(nodeId) ?? null, urls: [...urls] });
    });
  }
  return samples;
}

export interface HotFunction extends Frame {
  /** Self time in the profiler's samples, ms. */
  ms: number;
}

/**
 * Where our code spent its time over the whole trace: self time per function of a
 * chrome-extension:// script (from the sampling profiler), most first, and the total with our code
 * anywhere on the stack.
 */
export function ourHotFunctions(events: readonly TraceEvent[], host: string, top = 10): { totalMs: number; functions: HotFunction[] } {
  const pid = rendererOf(events, host);
  const mainTid = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  if (pid === null || mainTid === undefined) return { totalMs: 0, functions: [] };
  const byKey = new Map<string, HotFunction>();
  let totalMs = 0;
  for (const sample of profileSamples(events, pid, mainTid)) {
    if (!sample.urls.some((u) => u.startsWith(OURS))) continue;
    totalMs += sample.dt / 1000;
    const leaf = sample.leaf;
    const ourLeaf = leaf !== null && leaf.url.startsWith(OURS);
    // Native leaves (a RegExp, a DOM call, garbage collection) are named by what they are.
    const key = ourLeaf ? `${leaf.url}:${leaf.line}:${leaf.col}` : `native: ${(leaf?.fn ?? '(unknown)').slice(0, 70)}`;
    const entry = byKey.get(key) ?? { ...(ourLeaf ? leaf : { fn: key, url: '', line: -1, col: -1 }), ms: 0 };
    entry.ms += sample.dt / 1000;
    byKey.set(key, entry);
  }
  return { totalMs, functions: [...byKey.values()].sort((a, b) => b.ms - a.ms).slice(0, top) };
}

/**
 * Self time per trace event name on the page's main thread (ms): where the main thread's time went,
 * to compare a pass with the extension against one without (layout vs style vs script vs paint …).
 */
export function mainThreadBreakdown(events: readonly TraceEvent[], host: string): Map<string, number> {
  const totals = new Map<string, number>();
  const pid = rendererOf(events, host);
  const mainTid = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  if (pid === null || mainTid === undefined) return totals;
  const complete = events
    .filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { event: TraceEvent; self: number }[] = [];
  const close = (entry: { event: TraceEvent; self: number }): void => {
    totals.set(entry.event.name, (totals.get(entry.event.name) ?? 0) + entry.self / 1000);
  };
  for (const event of complete) {
    while (stack.length && stack.at(-1)!.event.ts + (stack.at(-1)!.event.dur ?? 0) <= event.ts) close(stack.pop()!);
    const parent = stack.at(-1);
    if (parent) parent.self -= event.dur ?? 0;
    stack.push({ event, self: event.dur ?? 0 });
  }
  while (stack.length) close(stack.pop()!);
  return totals;
}
