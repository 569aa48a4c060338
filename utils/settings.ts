import type { Site } from './sites/types';

/**
 * The user's settings: their shape and defaults (pure, so the content script can use them without
 * the storage library; lib/settings.ts stores them).
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

const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'strict'];

/** Settings with every field present and valid, whatever an older or damaged stored value holds. */
export function completeSettings(stored: unknown): Settings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Settings>;
  const sites = (typeof value.sites === 'object' && value.sites !== null ? value.sites : {}) as Partial<Record<Site, unknown>>;
  const flag = (candidate: unknown, fallback: boolean): boolean => (typeof candidate === 'boolean' ? candidate : fallback);
  return {
    sites: {
      tiktok: flag(sites.tiktok, DEFAULT_SETTINGS.sites.tiktok),
      instagram: flag(sites.instagram, DEFAULT_SETTINGS.sites.instagram),
    },
    sensitivity: SENSITIVITIES.includes(value.sensitivity as Sensitivity) ? (value.sensitivity as Sensitivity) : DEFAULT_SETTINGS.sensitivity,
    showNoRedFlags: flag(value.showNoRedFlags, DEFAULT_SETTINGS.showNoRedFlags),
    sunscreenReminder: flag(value.sunscreenReminder, DEFAULT_SETTINGS.sunscreenReminder),
  };
}

/** Where the settings live in `browser.storage.local` (wxt storage's `local:settings` item). */
export const SETTINGS_STORAGE_KEY = 'settings';
