import type { ConcernId, TreatmentId } from '../../treatments';
import { treatmentRecord, TREATMENT_RECORDS } from './registry';
import { ROW_IDS, ROW_LABELS, type RowId } from './rows';
import type { Cell, ConcernFact, TreatmentRecord } from './types';

/** The pure queries the side panel renders: no browser, no state. */

export interface CompareRow {
  id: RowId;
  label: string;
  /** One cell per requested treatment, in the order asked. */
  cells: { treatment: TreatmentId; cell: Cell }[];
}

/** The records for `ids`, in order, without duplicates and without treatments we have no source for. */
function records(ids: readonly TreatmentId[]): TreatmentRecord[] {
  const out: TreatmentRecord[] = [];
  for (const id of new Set(ids)) {
    const record = treatmentRecord(id);
    if (record) out.push(record);
  }
  return out;
}

/** Every row of the comparison for the given treatments; unknown or unsourced ids are left out. */
export function compareRows(ids: readonly TreatmentId[]): CompareRow[] {
  const chosen = records(ids);
  return ROW_IDS.map((id) => ({
    id,
    label: ROW_LABELS[id],
    cells: chosen.map((record) => ({ treatment: record.id, cell: record.rows[id] })),
  }));
}

export interface ConcernEntry {
  treatment: TreatmentId;
  fact: ConcernFact;
}

export interface ConcernCoverage {
  /** A source says it helps. */
  addresses: ConcernEntry[];
  /** A source says it does not. */
  doesNot: ConcernEntry[];
  /** No source says either way. */
  notStated: TreatmentId[];
}

/** Which sourced treatments address a concern, which a source says do not, and which no source covers. */
export function treatmentsForConcern(concern: ConcernId): ConcernCoverage {
  const coverage: ConcernCoverage = { addresses: [], doesNot: [], notStated: [] };
  for (const record of TREATMENT_RECORDS) {
    const fact = record.concerns[concern];
    if (!fact) coverage.notStated.push(record.id);
    else (fact.addresses ? coverage.addresses : coverage.doesNot).push({ treatment: record.id, fact });
  }
  return coverage;
}

/** The concern as one more cell of the table: the fact, or not stated. */
export function concernCell(treatment: TreatmentId, concern: ConcernId): Cell {
  return treatmentRecord(treatment)?.concerns[concern] ?? { notStated: true };
}
