import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, readSettings, settingsItem, type Sensitivity, type Settings } from '../lib/settings';
import { HiddenOnPosts } from './HiddenOnPosts';

const SENSITIVITY_TEXT: Record<Sensitivity, string> = {
  relaxed: 'Relaxed — flag only strong evidence',
  balanced: 'Balanced',
  strict: 'Strict — flag weaker signs too',
};

/** The feed scanner's settings: per site, sensitivity, whether calm posts get a badge too, and what the user hid. */
export function SettingsPanel() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void readSettings().then(setSettings);
    return settingsItem.watch(() => void readSettings().then(setSettings));
  }, []);

  if (!settings) return <p aria-busy="true">Loading settings…</p>;

  const save = (next: Settings): void => {
    setSettings(next);
    void settingsItem.setValue(next).then(() => setSaved('Saved. Open feeds update right away.'));
  };

  return (
    <>
      <form class="settings" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Check posts on</legend>
          {(['tiktok', 'instagram'] as const).map((site) => (
            <label key={site}>
              <input
                type="checkbox"
                name={`site-${site}`}
                checked={settings.sites[site]}
                onChange={(event) => save({ ...settings, sites: { ...settings.sites, [site]: event.currentTarget.checked } })}
              />
              {site === 'tiktok' ? 'TikTok' : 'Instagram'}
            </label>
          ))}
        </fieldset>
        <label>
          Sensitivity
          <select
            name="sensitivity"
            value={settings.sensitivity}
            onChange={(event) => save({ ...settings, sensitivity: event.currentTarget.value as Sensitivity })}
          >
            {(Object.keys(SENSITIVITY_TEXT) as Sensitivity[]).map((level) => (
              <option key={level} value={level}>{SENSITIVITY_TEXT[level]}</option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            name="show-no-red-flags"
            checked={settings.showNoRedFlags}
            onChange={(event) => save({ ...settings, showNoRedFlags: event.currentTarget.checked })}
          />
          Also mark before/after posts with no red flags
        </label>
        <button type="button" onClick={() => save(DEFAULT_SETTINGS)}>Restore defaults</button>
        <p role="status" aria-live="polite">{saved}</p>
      </form>
      <HiddenOnPosts />
    </>
  );
}
