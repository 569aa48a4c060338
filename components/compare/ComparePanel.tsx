import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { TREATMENT_NAMES, type ConcernId, type TreatmentId } from '../../utils/treatments';
import { isComparable } from '../../utils/knowledge/treatments';
import { CompareTable } from './CompareTable';
import { ConcernFilter } from './ConcernFilter';
import { ContextStrip } from './ContextStrip';
import type { AftercareContext } from './context';
import { DEFAULT_SELECTION, selectionForFocus, toggleTreatment, type Focus } from './selection';
import { TreatmentPicker } from './TreatmentPicker';

/**
 * The whole comparison: picker, concern filter, table. `focus` comes from a post's "compare"
 * button or the page URL; each new focus (a new `at`) re-selects, and the user's own picks win
 * until the next one.
 */
export function ComparePanel({ focus, context, now }: { focus: Focus | null; context: AftercareContext | null; now: number }): JSX.Element {
  const [selected, setSelected] = useState<TreatmentId[]>(() => selectionForFocus(focus, DEFAULT_SELECTION));
  const [concern, setConcern] = useState<ConcernId | null>(focus?.concern ?? null);

  useEffect(() => {
    if (!focus) return;
    setSelected((current) => selectionForFocus(focus, current));
    if (focus.concern) setConcern(focus.concern);
  }, [focus?.at, focus?.treatment, focus?.concern]);

  const absent = focus?.treatment && !isComparable(focus.treatment) ? focus.treatment : null;

  return (
    <main class="panel">
      <h1>Compare treatments</h1>
      <p class="intro">Every fact here comes from our four sources; open “Sources” on any cell to see which.</p>
      <ContextStrip context={context} now={now} />
      {absent ? (
        <p class="notice" role="status">
          {TREATMENT_NAMES[absent]} is not in our sources yet, so we show no facts about it.
        </p>
      ) : null}
      <TreatmentPicker selected={selected} onToggle={(id) => setSelected((current) => toggleTreatment(current, id))} />
      <ConcernFilter concern={concern} onConcern={setConcern} onCompare={(ids) => setSelected(ids)} />
      <section aria-labelledby="table-heading">
        <h2 id="table-heading">Side by side</h2>
        {selected.length ? <CompareTable treatments={selected} concern={concern} /> : <p class="hint">Pick a treatment above to see its facts.</p>}
      </section>
    </main>
  );
}
