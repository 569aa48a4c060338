import type { ChecklistItemId } from '../../utils/knowledge/aftercare';
import type { ChecklistDay } from '../../utils/schedule/checklist';

/** Today's aftercare checklist; ticks are kept per day. */
export function Checklist(props: { checklist: ChecklistDay; ticked: ReadonlySet<string>; onTick: (item: ChecklistItemId, on: boolean) => void }) {
  const { checklist, ticked } = props;
  if (checklist.items.length === 0) return null;
  const left = checklist.items.filter((item) => !ticked.has(item.id)).length;
  return (
    <fieldset class="checklist">
      <legend>Today's checklist</legend>
      <p role="status" class="hint">
        {left === 0 ? 'All done for today.' : `${left} of ${checklist.items.length} left today.`}
      </p>
      {checklist.items.map((item) => (
        <label key={item.id} class="check">
          <input
            type="checkbox"
            name={`check-${item.id}`}
            checked={ticked.has(item.id)}
            onChange={(event) => props.onTick(item.id, event.currentTarget.checked)}
          />
          {item.label}
        </label>
      ))}
    </fieldset>
  );
}
