import { useState } from 'preact/hooks';
import { DEFAULT_WINDOWS, MAX_WINDOW_HOURS, RESTRICTION_IDS, type AftercareWindows, type RestrictionId } from '../../utils/knowledge/aftercare';
import { WindowsFields } from './WindowsFields';

/** The user's default aftercare times (their practitioner's instructions) for every new session. */
export function DefaultWindows(props: { current?: Partial<AftercareWindows>; onSave: (windows: Partial<AftercareWindows>) => Promise<void> }) {
  const [values, setValues] = useState<Partial<Record<RestrictionId, string>>>(() =>
    Object.fromEntries(Object.entries(props.current ?? {}).map(([k, v]) => [k, String(v)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const next: Partial<AftercareWindows> = {};
    const problems: Record<string, string> = {};
    for (const id of RESTRICTION_IDS) {
      const text = values[id]?.trim() ?? '';
      if (!text) continue;
      const hours = Number(text);
      if (!Number.isFinite(hours) || hours < 1 || hours > MAX_WINDOW_HOURS) problems[`window-${id}`] = `Enter hours from 1 to ${MAX_WINDOW_HOURS}, or leave it blank.`;
      else next[id] = Math.round(hours);
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return setMessage('Nothing was saved: fix the marked times.');
    await props.onSave(next);
    setMessage(`${Object.keys(next).length ? 'Saved: new sessions use these times.' : 'Saved: new sessions use the default times.'} Sessions already logged keep theirs.`);
  };
  return (
    <form class="default-windows" onSubmit={save} noValidate aria-labelledby="windows-title">
      <h2 id="windows-title">Aftercare times</h2>
      <p class="hint">By default we count the longer end where sources differ. If your practitioner gave you other times, enter them here (hours); blank keeps the default.</p>
      <WindowsFields idPrefix="default-window" values={values} defaults={DEFAULT_WINDOWS} errors={errors} onChange={(id, v) => setValues((old) => ({ ...old, [id]: v }))} />
      <div class="actions"><button type="submit">Save times</button></div>
      <p role="status" aria-live="polite">{message}</p>
    </form>
  );
}
