import { useEffect, useState } from 'preact/hooks';
import { readSettings, settingsItem, type Settings } from '../../lib/settings';
import { SUNSCREEN_HOUR } from '../../utils/schedule/reminders';

/**
 * The optional daily sunscreen reminder (stored with the other settings; the background re-plans
 * its alarms when it changes). Restriction and next-session reminders are always on.
 */
export function ReminderSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void readSettings().then(setSettings);
    return settingsItem.watch(() => void readSettings().then(setSettings));
  }, []);
  if (!settings) return null;
  const toggle = (on: boolean): void => {
    const next = { ...settings, sunscreenReminder: on };
    setSettings(next);
    void settingsItem.setValue(next).then(() => setSaved(on ? `You will be reminded every day at ${SUNSCREEN_HOUR}:00.` : 'Daily sunscreen reminder off.'));
  };
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <p class="hint">You get a notification when a restriction ends and when the window for your next session opens.</p>
      <label class="check">
        <input type="checkbox" name="sunscreen-reminder" checked={settings.sunscreenReminder} onChange={(e) => toggle(e.currentTarget.checked)} />
        Daily sunscreen reminder at {SUNSCREEN_HOUR}:00
      </label>
      <p role="status" aria-live="polite" class="hint">{saved}</p>
    </section>
  );
}
