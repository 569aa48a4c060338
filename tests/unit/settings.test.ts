import { describe, expect, it } from 'vitest';
import { completeSettings, DEFAULT_SETTINGS } from '../../utils/settings';

describe('completeSettings', () => {
  it('fills what an older or empty stored value lacks with the defaults', () => {
    expect(completeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(completeSettings({ sites: { tiktok: false } })).toEqual({ ...DEFAULT_SETTINGS, sites: { tiktok: false, instagram: true } });
  });
  it('keeps valid choices and drops damaged or foreign values', () => {
    const stored = { sites: { tiktok: 'no', instagram: false }, sensitivity: 'strict', showNoRedFlags: false, extra: 1 };
    expect(completeSettings(stored)).toEqual({
      sites: { tiktok: true, instagram: false },
      sensitivity: 'strict',
      showNoRedFlags: false,
      sunscreenReminder: false,
    });
    expect(completeSettings({ sensitivity: 'paranoid' }).sensitivity).toBe('balanced');
    expect(completeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
});
