import type { JSX } from 'preact';
import { TREATMENT_NAMES, type TreatmentId } from '../../utils/treatments';
import { NOT_IN_SOURCES, TREATMENT_RECORDS } from '../../utils/knowledge/treatments';
import { MAX_COMPARE, MIN_COMPARE } from './selection';

/**
 * Pick two or three treatments. Checkboxes in a fieldset: each is a real control with its label,
 * and the unchecked ones are disabled (with the reason said) once three are picked.
 */
export function TreatmentPicker({ selected, onToggle }: { selected: readonly TreatmentId[]; onToggle: (id: TreatmentId) => void }): JSX.Element {
  const full = selected.length >= MAX_COMPARE;
  return (
    <fieldset class="picker">
      <legend>Treatments to compare</legend>
      <p class="hint" id="picker-hint" aria-live="polite">
        {full
          ? `${MAX_COMPARE} picked, the most that fit side by side. Untick one to pick another.`
          : selected.length < MIN_COMPARE
            ? 'Pick at least two to compare.'
            : `Pick up to ${MAX_COMPARE}.`}
      </p>
      <div class="chips">
        {TREATMENT_RECORDS.map(({ id }) => {
          const checked = selected.includes(id);
          return (
            <label class={`chip${checked ? ' is-checked' : ''}`} key={id}>
              <input
                type="checkbox"
                name="treatment"
                value={id}
                checked={checked}
                disabled={full && !checked}
                aria-describedby="picker-hint"
                onChange={() => onToggle(id)}
              />
              {TREATMENT_NAMES[id]}
            </label>
          );
        })}
      </div>
      {NOT_IN_SOURCES.length ? (
        <p class="hint absent">
          Not in our sources yet: {NOT_IN_SOURCES.map((id) => TREATMENT_NAMES[id]).join(', ')}. We state nothing about them until a
          source of the same standing covers them.
        </p>
      ) : null}
    </fieldset>
  );
}
