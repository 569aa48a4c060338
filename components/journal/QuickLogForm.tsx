import { useRef, useState } from 'preact/hooks';
import { AT_HOME_ADVICE, DEFAULT_WINDOWS, type AftercareWindows, type ContraindicationId, type RestrictionId } from '../../utils/knowledge/aftercare';
import { charCount, MAX_NOTES_CHARS, newId } from '../../utils/journal/limits';
import { draftFromSession, draftWarnings, emptyDraft, parseSessionDraft, type DraftField, type SessionDraft } from '../../utils/journal/session-input';
import { APPLIED, APPLIED_NAMES, AREA_NAMES, AREAS, DEVICE_NAMES, DEVICES, type CourseRecord, type SessionRecord } from '../../utils/journal/types';
import { CONCERN_IDS, CONCERN_NAMES, TREATMENT_NAMES, type TreatmentId } from '../../utils/treatments';
import { hasAftercare } from '../../utils/schedule/aftercare';
import { SafetyCheck } from './SafetyCheck';
import { Sources } from './Sources';
import { WindowsFields } from './WindowsFields';

/**
 * Treatments the knowledge base has sources for, microneedling first. A list of ids rather than an
 * import of the comparison's registry, which would load every treatment's texts into the popup;
 * tests/unit/journal/loggable.test.ts keeps the two in step.
 */
export const LOGGABLE_TREATMENTS: readonly TreatmentId[] = ['microneedling', 'microneedling-prp', 'microneedling-rf', 'at-home-roller', 'microdermabrasion', 'botox'];

export interface LogFormProps {
  /** The session to edit; absent for a new one. */
  editing?: SessionRecord;
  course: CourseRecord | null;
  /** Show the safety check open: the first session of a course (or ever). */
  safetyFirst: boolean;
  userDefaults?: Partial<AftercareWindows>;
  onSubmit: (session: SessionRecord, setAsDefault: boolean) => Promise<void>;
  onDelete?: (session: SessionRecord) => Promise<void>;
  onCancel?: () => void;
}

const FIELD_ORDER: DraftField[] = ['treatment', 'endedAtLocal', 'setting', 'device', 'depthMm', 'areas', 'applied', 'concerns', 'discomfort', 'notes', 'window-no-makeup', 'window-no-actives', 'window-no-sun', 'window-no-swimming'];
const FIELD_INPUT_ID: Partial<Record<DraftField, string>> = { setting: 'log-setting-clinic', areas: 'log-areas', applied: 'log-applied', concerns: 'log-concerns' };

function inputId(field: DraftField): string {
  if (FIELD_INPUT_ID[field]) return FIELD_INPUT_ID[field]!;
  if (field.startsWith('window-')) return `log-${field}`;
  return `log-${field}`;
}

/** The quick log: sensible defaults (microneedling, ended now, at a clinic), everything else optional. */
export function QuickLogForm(props: LogFormProps) {
  const { editing } = props;
  // One id per form: a double submit stores the same row once.
  const [id] = useState(() => editing?.id ?? newId());
  const [draft, setDraft] = useState<SessionDraft>(() => (editing ? draftFromSession(editing) : emptyDraft(Date.now())));
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [safety, setSafety] = useState<Set<ContraindicationId>>(() => new Set(editing?.safety ?? []));
  const [showSafety, setShowSafety] = useState(props.safetyFirst || (editing?.safety?.length ?? 0) > 0);
  // The user's own answer to "Part of my course"; until they give one, it follows the treatment: a
  // treatment with aftercare (microneedling) belongs to the course, Botox logged meanwhile does not.
  // An edited session keeps what was stored.
  const [inCourseChoice, setInCourseChoice] = useState<boolean | null>(editing ? editing.courseId !== undefined : null);
  // Microneedling's family: its course, and the contraindications our sources list, are theirs.
  const withAftercare = hasAftercare(draft.treatment as TreatmentId);
  const inCourse = inCourseChoice ?? withAftercare;
  const [asDefault, setAsDefault] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');
  const submitting = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof SessionDraft>(key: K, value: SessionDraft[K]): void => setDraft((d) => ({ ...d, [key]: value }));
  const toggleIn = (key: 'areas' | 'applied' | 'concerns', value: string, on: boolean): void =>
    setDraft((d) => ({ ...d, [key]: on ? [...d[key].filter((v) => v !== value), value] : d[key].filter((v) => v !== value) }));
  const setWindow = (rule: RestrictionId, value: string): void => setDraft((d) => ({ ...d, windows: { ...d.windows, [rule]: value } }));

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    // A ref, not state: a second click arrives before the re-render that would disable the button.
    if (submitting.current) return;
    const now = Date.now();
    const result = parseSessionDraft(draft, now);
    if (!result.ok) {
      setErrors(result.errors);
      setFailure('');
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      if (first) queueMicrotask(() => formRef.current?.querySelector<HTMLElement>(`#${inputId(first)}`)?.focus());
      return;
    }
    setErrors({});
    submitting.current = true;
    setSaving(true);
    const session: SessionRecord = { ...result.value, id, createdAt: editing?.createdAt ?? now, updatedAt: now };
    const courseId = inCourse ? (editing?.courseId ?? props.course?.id) : undefined;
    if (courseId) session.courseId = courseId;
    if (withAftercare && (showSafety || safety.size > 0)) session.safety = [...safety];
    try {
      await props.onSubmit(session, asDefault);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      submitting.current = false;
      setSaving(false);
    }
  };

  const fieldError = (field: DraftField) =>
    errors[field] ? <p id={`${inputId(field)}-error`} class="error">{errors[field]}</p> : null;
  const describe = (field: DraftField) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${inputId(field)}-error` } : {});
  const warnings = draftWarnings(draft);
  const errorCount = Object.keys(errors).length;
  const defaults: AftercareWindows = { ...DEFAULT_WINDOWS, ...props.userDefaults };

  return (
    <form ref={formRef} class="log-form" onSubmit={submit} noValidate aria-labelledby="log-title">
      <h2 id="log-title">{editing ? 'Edit session' : 'Log a session'}</h2>
      <div role="alert" class="error-summary">
        {errorCount > 0 ? `Nothing was saved: ${errorCount === 1 ? 'one field needs' : `${errorCount} fields need`} a fix.` : failure ? `Nothing was saved: ${failure}` : ''}
      </div>

      <div class="field">
        <label for="log-treatment">Treatment</label>
        <select id="log-treatment" name="treatment" value={draft.treatment} onChange={(e) => set('treatment', e.currentTarget.value)} {...describe('treatment')}>
          {LOGGABLE_TREATMENTS.map((t) => <option key={t} value={t}>{TREATMENT_NAMES[t]}</option>)}
        </select>
        {fieldError('treatment')}
      </div>

      <div class="field">
        <label for="log-endedAtLocal">Ended at</label>
        <div class="row">
          <input id="log-endedAtLocal" name="endedAt" type="datetime-local" value={draft.endedAtLocal} onInput={(e) => set('endedAtLocal', e.currentTarget.value)} {...describe('endedAtLocal')} />
          <button type="button" class="secondary" onClick={() => set('endedAtLocal', emptyDraft(Date.now()).endedAtLocal)}>Now</button>
        </div>
        {fieldError('endedAtLocal')}
      </div>

      <fieldset class="inline">
        <legend>Where</legend>
        <label><input id="log-setting-clinic" type="radio" name="setting" value="clinic" checked={draft.setting === 'clinic'} onChange={() => set('setting', 'clinic')} /> At a clinic</label>
        <label><input type="radio" name="setting" value="home" checked={draft.setting === 'home'} onChange={() => set('setting', 'home')} /> At home</label>
        {fieldError('setting')}
      </fieldset>
      {draft.setting === 'home' ? <p class="hint">{AT_HOME_ADVICE.text} <Sources ids={AT_HOME_ADVICE.sources} /></p> : null}

      <div class="row two">
        <div class="field">
          <label for="log-device">Device</label>
          <select id="log-device" name="device" value={draft.device} onChange={(e) => set('device', e.currentTarget.value)} {...describe('device')}>
            <option value="">Not recorded</option>
            {DEVICES.map((d) => <option key={d} value={d}>{DEVICE_NAMES[d]}</option>)}
          </select>
          {fieldError('device')}
        </div>
        <div class="field">
          <label for="log-depthMm">Needle depth (mm)</label>
          <input id="log-depthMm" name="depthMm" type="text" inputMode="decimal" autoComplete="off" placeholder="e.g. 0.5" value={draft.depthMm} onInput={(e) => set('depthMm', e.currentTarget.value)} {...describe('depthMm')} />
          {fieldError('depthMm')}
        </div>
      </div>
      <div role="status" aria-live="polite">
        {warnings.map((w) => <p key={w} class="warning">{w} <Sources ids={AT_HOME_ADVICE.sources} /></p>)}
      </div>

      <details open={draft.areas.length + draft.applied.length + draft.concerns.length > 0 || Boolean(errors.areas || errors.applied || errors.concerns)}>
        <summary>Areas, products after, concerns</summary>
        <fieldset class="chips" id="log-areas" tabIndex={-1}>
          <legend>Treated areas</legend>
          {AREAS.map((a) => <label key={a}><input type="checkbox" name="areas" value={a} checked={draft.areas.includes(a)} onChange={(e) => toggleIn('areas', a, e.currentTarget.checked)} /> {AREA_NAMES[a]}</label>)}
          {fieldError('areas')}
        </fieldset>
        <fieldset class="chips" id="log-applied" tabIndex={-1}>
          <legend>Applied after</legend>
          {APPLIED.map((a) => <label key={a}><input type="checkbox" name="applied" value={a} checked={draft.applied.includes(a)} onChange={(e) => toggleIn('applied', a, e.currentTarget.checked)} /> {APPLIED_NAMES[a]}</label>)}
          {fieldError('applied')}
        </fieldset>
        <fieldset class="chips" id="log-concerns" tabIndex={-1}>
          <legend>Concerns targeted</legend>
          {CONCERN_IDS.map((c) => <label key={c}><input type="checkbox" name="concerns" value={c} checked={draft.concerns.includes(c)} onChange={(e) => toggleIn('concerns', c, e.currentTarget.checked)} /> {CONCERN_NAMES[c]}</label>)}
          {fieldError('concerns')}
        </fieldset>
      </details>

      <div class="field">
        <label for="log-discomfort">Discomfort (0 = none, 10 = worst)</label>
        <select id="log-discomfort" name="discomfort" value={draft.discomfort} onChange={(e) => set('discomfort', e.currentTarget.value)} {...describe('discomfort')}>
          <option value="">Not recorded</option>
          {Array.from({ length: 11 }, (_, n) => <option key={n} value={String(n)}>{n}</option>)}
        </select>
        {fieldError('discomfort')}
      </div>

      <div class="field">
        <label for="log-notes">Notes</label>
        <textarea id="log-notes" name="notes" rows={3} value={draft.notes} onInput={(e) => set('notes', e.currentTarget.value)} {...(errors.notes ? { 'aria-invalid': true } : {})} aria-describedby={`log-notes-count${errors.notes ? ' log-notes-error' : ''}`} />
        <p id="log-notes-count" class="hint">{charCount(draft.notes)} of {MAX_NOTES_CHARS} characters</p>
        {fieldError('notes')}
      </div>

      {props.course ? (
        <label class="check">
          <input type="checkbox" name="in-course" checked={inCourse} onChange={(e) => setInCourseChoice(e.currentTarget.checked)} /> Part of my course ({CONCERN_NAMES[props.course.concern]})
        </label>
      ) : null}

      {/* The contraindications in our sources are microneedling's: asked for that family only. */}
      {!withAftercare ? null : showSafety ? (
        <SafetyCheck ticked={safety} onChange={setSafety} />
      ) : (
        <button type="button" class="link" onClick={() => setShowSafety(true)}>Anything changed since last time? Run the safety check</button>
      )}

      <details open={Object.values(draft.windows).some((v) => v) || FIELD_ORDER.some((f) => f.startsWith('window-') && errors[f])}>
        <summary>My practitioner gave different aftercare times</summary>
        <p class="hint">Leave blank to keep the default shown.</p>
        <WindowsFields idPrefix="log-window" values={draft.windows} defaults={defaults} errors={errors} onChange={setWindow} />
        <label class="check">
          <input type="checkbox" name="windows-as-default" checked={asDefault} onChange={(e) => setAsDefault(e.currentTarget.checked)} /> Use these times for my future sessions too
        </label>
      </details>

      <div class="actions">
        <button type="submit" disabled={saving} aria-disabled={saving}>{saving ? 'Saving…' : editing ? 'Save changes' : 'Save session'}</button>
        {props.onCancel ? <button type="button" class="secondary" onClick={props.onCancel}>Cancel</button> : null}
        {editing && props.onDelete ? <DeleteButton onConfirm={() => props.onDelete!(editing)} /> : null}
      </div>
    </form>
  );
}

function DeleteButton({ onConfirm }: { onConfirm: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  if (!asking) return <button type="button" class="danger" onClick={() => setAsking(true)}>Delete session</button>;
  return (
    <span role="group" aria-label="Confirm delete">
      <button type="button" class="danger" autoFocus onClick={() => void onConfirm()}>Yes, delete it</button>
      <button type="button" class="secondary" onClick={() => setAsking(false)}>Keep it</button>
    </span>
  );
}
