import type { JSX } from 'preact';
import { CONCERN_IDS, CONCERN_NAMES, TREATMENT_NAMES, type ConcernId, type TreatmentId } from '../../utils/treatments';
import { treatmentsForConcern, type ConcernEntry } from '../../utils/knowledge/treatments';
import { FactCell } from './FactCell';
import { MAX_COMPARE } from './selection';

function EntryList({ entries, concern }: { entries: ConcernEntry[]; concern: ConcernId }): JSX.Element {
  return (
    <ul class="concern-list">
      {entries.map(({ treatment, fact }) => (
        <li key={treatment}>
          <strong>{TREATMENT_NAMES[treatment]}</strong>
          <FactCell cell={fact} about={`${CONCERN_NAMES[concern].toLowerCase()}, ${TREATMENT_NAMES[treatment]}`} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Filter by concern: which treatments our sources say address it, which they say do not, and which
 * they do not mention, each with its sources. "Compare these" puts the first ones in the table.
 */
export function ConcernFilter({
  concern,
  onConcern,
  onCompare,
}: {
  concern: ConcernId | null;
  onConcern: (concern: ConcernId | null) => void;
  onCompare: (ids: TreatmentId[]) => void;
}): JSX.Element {
  const coverage = concern ? treatmentsForConcern(concern) : null;
  return (
    <section class="concern" aria-labelledby="concern-heading">
      <h2 id="concern-heading">Your concern</h2>
      <label class="concern-select">
        <span>Show which treatments address</span>
        <select
          value={concern ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onConcern((CONCERN_IDS as readonly string[]).includes(value) ? (value as ConcernId) : null);
          }}
        >
          <option value="">Any concern</option>
          {CONCERN_IDS.map((id) => (
            <option value={id} key={id}>
              {CONCERN_NAMES[id]}
            </option>
          ))}
        </select>
      </label>
      {coverage && concern ? (
        <div class="coverage" aria-live="polite" data-concern={concern}>
          <h3>Address {CONCERN_NAMES[concern].toLowerCase()}</h3>
          {coverage.addresses.length ? (
            <>
              <EntryList entries={coverage.addresses} concern={concern} />
              <button type="button" class="secondary" onClick={() => onCompare(coverage.addresses.slice(0, MAX_COMPARE).map((e) => e.treatment))}>
                Compare {coverage.addresses.length > MAX_COMPARE ? `the first ${MAX_COMPARE}` : coverage.addresses.length > 1 ? 'these' : 'this one'}
              </button>
            </>
          ) : (
            <p class="not-stated">None of our sources names a treatment for this.</p>
          )}
          {coverage.doesNot.length ? (
            <>
              <h3>Do not address it</h3>
              <EntryList entries={coverage.doesNot} concern={concern} />
            </>
          ) : null}
          {coverage.notStated.length ? (
            <>
              <h3>Not stated by our sources</h3>
              <p class="not-stated-list">{coverage.notStated.map((id) => TREATMENT_NAMES[id]).join(', ')}</p>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
