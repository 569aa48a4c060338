import { ruleById } from '../../utils/knowledge/aftercare';
import type { RestrictionSpan } from '../../utils/schedule/aftercare';
import type { AftercareNow } from '../../utils/schedule/status';
import { formatDuration, formatHours, formatLocal, formatRange } from '../../utils/schedule/time';
import { TREATMENT_NAMES } from '../../utils/treatments';
import { Sources } from './Sources';

function WindowNote({ span }: { span: RestrictionSpan }) {
  const range = formatRange(span.rangeHours);
  return (
    <p class="hint">
      {span.isDefault ? (span.note ?? `Sources say ${range}.`) : `Your practitioner's window: ${formatHours(span.hours)} (sources say ${range}).`}{' '}
      <Sources ids={span.sources} />
    </p>
  );
}

/** What is restricted now and for how long, soonest end first, and what comes next. */
export function Countdown({ status, now }: { status: AftercareNow; now: number }) {
  const { latest, active, pending, day } = status;
  if (!latest && !status.upcoming) return null;
  const first = active[0];
  const summary = first ? `${ruleById(first.rule).short} — ${formatDuration(first.endsAt - now)} left` : 'Nothing is restricted now.';
  return (
    <section class="countdown" aria-labelledby="countdown-title">
      <h2 id="countdown-title">Aftercare</h2>
      {latest && day !== null ? (
        <p>
          Day {day} after {TREATMENT_NAMES[latest.treatment].toLowerCase()} (ended {formatLocal(latest.endedAt, now)}).
        </p>
      ) : null}
      {/* No live region: the popup's clock changes this text every minute, and a screen reader would
          re-announce it each time. User actions are announced by the popup's own status line. */}
      <p class="countdown-summary">{summary}</p>
      {active.length > 0 ? (
        <ul class="restrictions">
          {active.map((span) => (
            <li key={span.rule}>
              <strong>{ruleById(span.rule).short}</strong> — {formatDuration(span.endsAt - now)} left, until {formatLocal(span.endsAt, now)}
              {span.label !== ruleById(span.rule).short ? <><br /><span class="detail">{span.label}</span></> : null}
              <WindowNote span={span} />
            </li>
          ))}
        </ul>
      ) : latest ? (
        // Sunscreen is daily and ongoing; moisturising often is for the first 2 weeks (the aftercare days).
        <p>{day !== null ? 'Keep up the daily sunscreen and moisturise often.' : 'Keep up the daily sunscreen.'}</p>
      ) : null}
      {first ? (
        <p class="next">
          <strong>Next, {formatLocal(first.endsAt, now)}:</strong> {ruleById(first.rule).endsMessage}
        </p>
      ) : null}
      {status.upcoming ? (
        <p class="next">
          <strong>Logged ahead:</strong> {TREATMENT_NAMES[status.upcoming.treatment]} ending {formatLocal(status.upcoming.endedAt, now)}
          {pending.length > 0 ? '; its aftercare starts then.' : '.'}
        </p>
      ) : null}
    </section>
  );
}
