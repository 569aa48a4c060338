import { APPLIED_NAMES, AREA_NAMES, type CourseRecord, type SessionRecord } from '../../utils/journal/types';
import { formatLocal } from '../../utils/schedule/time';
import { TREATMENT_NAMES } from '../../utils/treatments';

/** Every session, newest first, paged; sessions of the current course show their number. */
export function History(props: {
  sessions: SessionRecord[];
  /** null while it is being counted. */
  total: number | null;
  course: CourseRecord | null;
  courseSessions: SessionRecord[];
  now: number;
  onEdit: (session: SessionRecord) => void;
  onMore: () => void;
}) {
  const order = [...props.courseSessions].sort((a, b) => a.endedAt - b.endedAt).map((s) => s.id);
  if (props.sessions.length === 0) return <p>No sessions yet. Log your first one in the Log tab.</p>;
  const { total } = props;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History{total === null ? '' : ` (${total} ${total === 1 ? 'session' : 'sessions'})`}</h2>
      <ol class="history">
        {props.sessions.map((s) => {
          const number = order.indexOf(s.id);
          const details = [
            s.setting === 'home' ? 'at home' : 'at a clinic',
            s.depthMm !== undefined ? `${s.depthMm} mm` : '',
            s.areas.map((a) => AREA_NAMES[a]).join(', '),
            s.applied.map((a) => APPLIED_NAMES[a]).join(', '),
          ].filter(Boolean);
          return (
            <li key={s.id}>
              <div class="history-head">
                <strong>{TREATMENT_NAMES[s.treatment]}</strong>
                <span>{formatLocal(s.endedAt, props.now)}</span>
              </div>
              {number >= 0 && props.course ? <p class="hint">Session {number + 1} of {Math.max(props.course.plannedSessions, order.length)}</p> : null}
              <p class="hint">{details.join(' · ')}</p>
              {s.safety && s.safety.length > 0 ? <p class="warning">Safety check: {s.safety.length} item{s.safety.length === 1 ? '' : 's'} to discuss with your practitioner.</p> : null}
              {s.notes ? <p class="notes">{s.notes}</p> : null}
              <button type="button" class="link" onClick={() => props.onEdit(s)} aria-label={`Edit ${TREATMENT_NAMES[s.treatment]} of ${formatLocal(s.endedAt, props.now)}`}>Edit</button>
            </li>
          );
        })}
      </ol>
      {total !== null && props.sessions.length < total ? <button type="button" class="secondary" onClick={props.onMore}>Show older sessions</button> : null}
    </section>
  );
}
