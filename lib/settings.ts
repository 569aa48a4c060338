import { storage } from 'wxt/utils/storage';
import type { Site } from '../utils/sites/types';

/**
 * The user's settings (browser.storage.local: read by the content script too, and on the device
 * only). Versioned so later changes migrate instead of resetting the user's choices.
 */
export type Sensitivity = 'relaxed' | 'balanced' | 'strict';

export interface Settings {
  sites: Record<Site, boolean>;
  sensitivity: Sensitivity;
  /** Show a badge on before/after posts that raised no red flag. */
  showNoRedFlags: boolean;
  /** A daily sunscreen reminder during and after aftercare. */
  sunscreenReminder: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  sites: { tiktok: true, instagram: true },
  sensitivity: 'balanced',
  showNoRedFlags: true,
  sunscreenReminder: false,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings with every field present, whatever an older or damaged stored value lacks. */
export async function readSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored, sites: { ...DEFAULT_SETTINGS.sites, ...stored.sites } };
}
