// Small shape checks for untrusted input (runtime messages, import files). Each returns the value
// narrowed, or null, so callers reject instead of throwing. No dependency: the content script is
// size-budgeted.

export type Check<T> = (value: unknown) => T | null;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function str(maxLength: number, minLength = 0): Check<string> {
  return (value) =>
    typeof value === 'string' && value.length <= maxLength && value.length >= minLength ? value : null;
}

export function num(min: number, max: number): Check<number> {
  return (value) => (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : null);
}

export function int(min: number, max: number): Check<number> {
  return (value) => (Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : null);
}

export const bool: Check<boolean> = (value) => (typeof value === 'boolean' ? value : null);

export function oneOf<const T extends readonly string[]>(options: T): Check<T[number]> {
  return (value) => (typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T[number]) : null);
}

export function arrayOf<T>(item: Check<T>, maxItems: number): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length > maxItems) return null;
    const out: T[] = [];
    for (const entry of value) {
      const checked = item(entry);
      if (checked === null) return null;
      out.push(checked);
    }
    return out;
  };
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  // `undefined` is a valid result here, so a missing field passes; a present but wrong one fails.
  return (value) => (value === undefined ? undefined : check(value)) as T | undefined | null;
}

type Shape = Record<string, Check<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: Exclude<ReturnType<S[K]>, null> };

/** An object with exactly these keys (unknown keys are refused, so nothing unexpected is stored). */
export function object<S extends Shape>(shape: S): Check<Out<S>> {
  return (value) => {
    if (!isRecord(value)) return null;
    for (const key of Object.keys(value)) if (!Object.prototype.hasOwnProperty.call(shape, key)) return null;
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const checked = check(value[key]);
      if (checked === null) return null;
      if (checked !== undefined) out[key] = checked;
    }
    return out as Out<S>;
  };
}
