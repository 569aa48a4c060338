import type { SourceId } from '../sources';
import type { ConcernId, TreatmentId } from '../../treatments';
import type { RowId } from './rows';

/**
 * The shape of the comparison's data (../shared/knowledge/treatments.md). One record per treatment,
 * one value per row; every value names the sources it comes from, so the panel can show them.
 */

/** The other side, where sources differ. The record's own text is always the conservative side. */
export interface Disagreement {
  text: string;
  sources: SourceId[];
}

/** One stated fact, in our own words, with the sources behind it. */
export interface Fact {
  text: string;
  sources: SourceId[];
  disagreement?: Disagreement;
}

/** An explicit "our sources do not say": a cell is never left empty or guessed. */
export interface NotStated {
  notStated: true;
}

export type Cell = Fact | NotStated;

/** Whether a treatment addresses a concern: `false` only where a source says it does not. */
export interface ConcernFact extends Fact {
  addresses: boolean;
}

export interface TreatmentRecord {
  id: TreatmentId;
  /** One line saying what the treatment is, with its sources. */
  summary: Fact;
  /** For combinations: the treatment it builds on, so the panel can point there. */
  buildsOn?: TreatmentId;
  /** Concerns a source mentions for this treatment; a concern left out is "not stated". */
  concerns: Partial<Record<ConcernId, ConcernFact>>;
  /** Every row of the comparison: a fact or an explicit NotStated. */
  rows: Record<RowId, Cell>;
}

export const isNotStated = (cell: Cell): cell is NotStated => 'notStated' in cell;

/** The words every not-stated cell shows. */
export const NOT_STATED_TEXT = 'Not stated by our sources';
