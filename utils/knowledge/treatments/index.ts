/** The comparison's knowledge: typed records with sources, and the pure queries on them. */
export { TREATMENT_RECORDS, treatmentRecord, isComparable, NOT_IN_SOURCES } from './registry';
export { ROW_IDS, ROW_LABELS, type RowId } from './rows';
export { isNotStated, NOT_STATED_TEXT } from './types';
export type { Cell, ConcernFact, Disagreement, Fact, NotStated, TreatmentRecord } from './types';
export { compareRows, concernCell, treatmentsForConcern } from './compare';
export type { CompareRow, ConcernCoverage, ConcernEntry } from './compare';
