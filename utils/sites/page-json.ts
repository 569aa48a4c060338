// Reading the JSON the sites embed in their pages. It is large (hundreds of KB) and not ours:
// every parse is guarded, the text is size-capped and the walk visits a bounded number of nodes.

/** Scripts longer than this are skipped rather than parsed on the page's main thread. */
export const MAX_JSON_CHARS = 8_000_000;
/** Most objects/arrays one walk visits. */
export const MAX_WALK_NODES = 200_000;

/** JSON.parse that returns undefined instead of throwing. */
export function parseJson(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_JSON_CHARS) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The JSON value inside a script that assigns or passes one object, e.g.
 * `window._sharedData = {...};` or `window.__additionalDataLoaded('/p/x/', {...});`:
 * the text from the first `{` to the last `}`.
 */
export function parseEmbeddedObject(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_JSON_CHARS) return undefined;
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  return parseJson(text.slice(start, end + 1));
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `visit` on every object in `root`, breadth-first, up to `budget` containers. */
export function walkObjects(root: unknown, visit: (obj: JsonObject) => void, budget: number = MAX_WALK_NODES): void {
  const queue: unknown[] = [root];
  let visited = 0;
  for (let head = 0; head < queue.length && visited < budget; head += 1) {
    const value = queue[head];
    if (typeof value !== 'object' || value === null) continue;
    visited += 1;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) queue.push(item);
      continue;
    }
    const obj = value as JsonObject;
    visit(obj);
    for (const key of Object.keys(obj)) {
      const child = obj[key];
      if (typeof child === 'object' && child !== null) queue.push(child);
    }
  }
}

export function stringField(obj: JsonObject, key: string): string | null {
  const value = obj[key];
  return typeof value === 'string' ? value : null;
}
