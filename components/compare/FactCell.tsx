import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import { isNotStated, NOT_STATED_TEXT, type Cell } from '../../utils/knowledge/treatments';
import { SourceNotes } from './SourceNotes';

/**
 * One cell of the comparison: the fact in our words and a disclosure with its sources. A cell no
 * source covers says so and offers nothing to open. `about` names the cell for screen readers
 * ("downtime, Microneedling"), since the visible button only says "Sources".
 */
export function FactCell({ cell, about, lead }: { cell: Cell; about: string; lead?: string }): JSX.Element {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (isNotStated(cell)) return <p class="not-stated">{NOT_STATED_TEXT}</p>;
  return (
    <>
      <p class="fact">
        {lead ? <strong>{lead} </strong> : null}
        {cell.text}
      </p>
      {cell.disagreement ? <p class="differs">Sources differ</p> : null}
      <button
        type="button"
        class="sources-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Sources <span class="source-ids">{cell.sources.join(' ')}</span>
        <span class="sr-only">: what they say about {about}</span>
      </button>
      <div id={panelId} hidden={!open}>
        {open ? <SourceNotes fact={cell} /> : null}
      </div>
    </>
  );
}
