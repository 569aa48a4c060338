import type { JSX } from 'preact';
import { CONCERN_NAMES, TREATMENT_NAMES, type ConcernId, type TreatmentId } from '../../utils/treatments';
import { compareRows, concernCell, isNotStated, treatmentRecord } from '../../utils/knowledge/treatments';
import { FactCell } from './FactCell';

function listNames(ids: readonly TreatmentId[]): string {
  const names = ids.map((id) => TREATMENT_NAMES[id]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The side-by-side table: real table semantics (caption, th scope), the row labels sticky on the
 * left while the treatments scroll sideways in a narrow panel. The scroller is focusable so a
 * keyboard user can scroll it too.
 */
export function CompareTable({ treatments, concern }: { treatments: readonly TreatmentId[]; concern: ConcernId | null }): JSX.Element {
  const rows = compareRows(treatments);
  const columns = rows[0]?.cells.map((c) => c.treatment) ?? [];
  const captionId = 'compare-caption';
  return (
    <div class="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} data-columns={columns.length}>
      <table class="compare-table">
        <caption id={captionId}>{columns.length > 1 ? `${listNames(columns)} side by side` : `${listNames(columns)}: pick one more to compare`}</caption>
        <thead>
          <tr>
            <th scope="col" class="row-head">Feature</th>
            {columns.map((id) => {
              const buildsOn = treatmentRecord(id)?.buildsOn;
              return (
                <th scope="col" key={id}>
                  {TREATMENT_NAMES[id]}
                  {buildsOn ? <span class="builds-on">Builds on {TREATMENT_NAMES[buildsOn].toLowerCase()}</span> : null}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {concern ? (
            <tr class="concern-row">
              <th scope="row" class="row-head">For {CONCERN_NAMES[concern].toLowerCase()}?</th>
              {columns.map((id) => {
                const cell = concernCell(id, concern);
                const lead = isNotStated(cell) ? undefined : 'addresses' in cell && cell.addresses ? 'Yes.' : 'No.';
                return (
                  <td key={id}>
                    <FactCell cell={cell} lead={lead} about={`${CONCERN_NAMES[concern].toLowerCase()}, ${TREATMENT_NAMES[id]}`} />
                  </td>
                );
              })}
            </tr>
          ) : null}
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" class="row-head">{row.label}</th>
              {row.cells.map(({ treatment, cell }) => (
                <td key={treatment}>
                  <FactCell cell={cell} about={`${row.label.toLowerCase()}, ${TREATMENT_NAMES[treatment]}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
