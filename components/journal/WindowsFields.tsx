import { AFTERCARE_RULES, MAX_WINDOW_HOURS, type AftercareWindows, type RestrictionId } from '../../utils/knowledge/aftercare';

/**
 * The practitioner's own windows, in hours, one per restriction; blank keeps the default (shown as
 * the placeholder). Used per session in the log form and as the user's default in settings.
 */
export function WindowsFields(props: {
  values: Partial<Record<RestrictionId, string>>;
  defaults: AftercareWindows;
  errors?: Partial<Record<string, string>>;
  idPrefix: string;
  onChange: (id: RestrictionId, value: string) => void;
}) {
  return (
    <>
      {AFTERCARE_RULES.map((rule) => {
        const fieldId = `${props.idPrefix}-${rule.id}`;
        const error = props.errors?.[`window-${rule.id}`];
        return (
          <div key={rule.id} class="field">
            <label for={fieldId}>{rule.short} (hours)</label>
            <input
              id={fieldId}
              name={`window-${rule.id}`}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_WINDOW_HOURS}
              placeholder={String(props.defaults[rule.id])}
              value={props.values[rule.id] ?? ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${fieldId}-error` : undefined}
              onInput={(e) => props.onChange(rule.id, e.currentTarget.value)}
            />
            {error ? <p id={`${fieldId}-error`} class="error">{error}</p> : null}
          </div>
        );
      })}
    </>
  );
}
