import { useState } from 'preact/hooks';
import { COURSE_DEFAULTS, MAX_PLANNED_SESSIONS } from '../../utils/knowledge/aftercare';
import { newId } from '../../utils/journal/limits';
import type { CourseRecord } from '../../utils/journal/types';
import type { CourseProgress } from '../../utils/schedule/course';
import { formatLocalDate } from '../../utils/schedule/time';
import { CONCERN_IDS, CONCERN_NAMES, type ConcernId } from '../../utils/treatments';
import { Sources } from './Sources';

/** The course: "Session 3 of 5", when the next one is due, and a form to plan a new course. */
export function CoursePlan(props: { course: CourseRecord | null; progress: CourseProgress | null; now: number; onSave: (course: CourseRecord) => Promise<void> }) {
  const { course, progress } = props;
  const [editing, setEditing] = useState(false);
  if (editing || !course) {
    return editing ? (
      <CourseForm now={props.now} onCancel={() => setEditing(false)} onSave={async (c) => { await props.onSave(c); setEditing(false); }} />
    ) : (
      <section class="course" aria-labelledby="course-title">
        <h2 id="course-title">Course</h2>
        <p>Plan your course to see "session 3 of 5" and when the next one is due.</p>
        <button type="button" onClick={() => setEditing(true)}>Plan a course</button>
      </section>
    );
  }
  return (
    <section class="course" aria-labelledby="course-title">
      <h2 id="course-title">Course: {CONCERN_NAMES[course.concern]}</h2>
      <p class="course-progress">{progress?.label}</p>
      {progress?.nextWindow ? (
        <p>
          Session {progress.nextWindow.number} is due between {formatLocalDate(progress.nextWindow.opensAt)} and {formatLocalDate(progress.nextWindow.closesAt)}
          {' '}({course.intervalDays[0]}–{course.intervalDays[1]} days after the last one).
        </p>
      ) : progress?.complete ? (
        <p>All planned sessions are done. Results keep building for months; maintenance sessions may follow.</p>
      ) : null}
      <button type="button" class="link" onClick={() => setEditing(true)}>Start a new course</button>
    </section>
  );
}

function CourseForm(props: { now: number; onSave: (course: CourseRecord) => Promise<void>; onCancel: () => void }) {
  const [concern, setConcern] = useState<ConcernId>('acne-scars');
  const [sessions, setSessions] = useState(String(COURSE_DEFAULTS.sessions));
  const [minDays, setMinDays] = useState(String(COURSE_DEFAULTS.intervalDays[0]));
  const [maxDays, setMaxDays] = useState(String(COURSE_DEFAULTS.intervalDays[1]));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (saving) return;
    const planned = Number(sessions);
    const low = Number(minDays);
    const high = Number(maxDays);
    if (!Number.isInteger(planned) || planned < 1 || planned > MAX_PLANNED_SESSIONS) return setError(`Plan 1 to ${MAX_PLANNED_SESSIONS} sessions.`);
    if (![low, high].every((d) => Number.isInteger(d) && d >= 1 && d <= 365) || low > high) return setError('The interval is two whole numbers of days, shortest first (like 28 and 42).');
    setSaving(true);
    try {
      await props.onSave({ id: newId(), concern, plannedSessions: planned, intervalDays: [low, high], startedAt: props.now });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  };
  return (
    <form class="course-form" onSubmit={submit} aria-labelledby="course-form-title">
      <h2 id="course-form-title">Plan a course</h2>
      <p class="hint">{COURSE_DEFAULTS.text} <Sources ids={COURSE_DEFAULTS.sources} /></p>
      <label>
        Concern
        <select name="course-concern" value={concern} onChange={(e) => setConcern(e.currentTarget.value as ConcernId)}>
          {CONCERN_IDS.map((id) => <option key={id} value={id}>{CONCERN_NAMES[id]}</option>)}
        </select>
      </label>
      <label>
        Sessions planned
        <input name="course-sessions" type="number" min={1} max={MAX_PLANNED_SESSIONS} value={sessions} onInput={(e) => setSessions(e.currentTarget.value)} />
      </label>
      <fieldset class="inline">
        <legend>Days between sessions</legend>
        <label>From <input name="course-min-days" type="number" min={1} max={365} value={minDays} onInput={(e) => setMinDays(e.currentTarget.value)} /></label>
        <label>to <input name="course-max-days" type="number" min={1} max={365} value={maxDays} onInput={(e) => setMaxDays(e.currentTarget.value)} /></label>
      </fieldset>
      {error ? <p role="alert" class="error">{error}</p> : null}
      <div class="actions">
        <button type="submit" disabled={saving}>Save course</button>
        <button type="button" class="secondary" onClick={props.onCancel}>Cancel</button>
      </div>
    </form>
  );
}
