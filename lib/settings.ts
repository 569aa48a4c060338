import { storage } from 'wxt/utils/storage';
import { completeSettings, DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type Settings } from '../utils/settings';

export { DEFAULT_SETTINGS, type Sensitivity, type Settings } from '../utils/settings';

/**
 * The user's settings in browser.storage.local (on the device only), versioned so later changes
 * migrate instead of resetting the user's choices. Used by the extension pages and the background;
 * the content script reads the same key through lib/settings-light.ts to stay small.
 */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_STORAGE_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function readSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}
