import { CONTRAINDICATION_ADVICE, CONTRAINDICATIONS, type ContraindicationId } from '../../utils/knowledge/aftercare';
import { Sources } from './Sources';

/**
 * The safety check before a session: ticking an item shows a clear "talk to your practitioner"
 * warning. It warns; it never blocks saving.
 */
export function SafetyCheck(props: { ticked: ReadonlySet<ContraindicationId>; onChange: (next: Set<ContraindicationId>) => void }) {
  const { ticked } = props;
  const toggle = (id: ContraindicationId, on: boolean): void => {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    props.onChange(next);
  };
  const flagged = CONTRAINDICATIONS.filter((c) => ticked.has(c.id));
  return (
    <fieldset class="safety">
      <legend>Safety check for microneedling: does any of this apply to you now?</legend>
      {CONTRAINDICATIONS.map((item) => (
        <label key={item.id} class="check">
          <input type="checkbox" name={`safety-${item.id}`} checked={ticked.has(item.id)} onChange={(e) => toggle(item.id, e.currentTarget.checked)} />
          {item.label}
        </label>
      ))}
      <div role="status" aria-live="polite">
        {flagged.length > 0 ? (
          <p class="warning">
            <strong>{CONTRAINDICATION_ADVICE}</strong> You ticked: {flagged.map((c) => c.label.toLowerCase()).join('; ')}. You can still log the session.
          </p>
        ) : null}
      </div>
      <Sources ids={['S0', 'S2', 'S3']} />
    </fieldset>
  );
}
