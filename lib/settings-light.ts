import { browser } from 'wxt/browser';
import { completeSettings, SETTINGS_STORAGE_KEY, type Settings } from '../utils/settings';

/**
 * Settings for the content script without the storage library (it would add ~4 KB gzipped to a
 * script that runs on every TikTok and Instagram page). Reads the same key as lib/settings.ts.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  return completeSettings(stored[SETTINGS_STORAGE_KEY]);
}

/** Calls `onChange` with the new settings whenever they change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) onChange(completeSettings(changes[SETTINGS_STORAGE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
