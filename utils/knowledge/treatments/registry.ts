import { TREATMENT_IDS, type TreatmentId } from '../../treatments';
import { atHomeRoller } from './at-home-roller';
import { botox } from './botox';
import { microdermabrasion } from './microdermabrasion';
import { microneedling } from './microneedling';
import { microneedlingPrp } from './microneedling-prp';
import { microneedlingRf } from './microneedling-rf';
import type { TreatmentRecord } from './types';

/**
 * Every treatment the comparison has sourced facts for, in display order. Adding a treatment = one
 * record file plus one line here; a treatment id without a record is listed as "not in our sources
 * yet" and no fact about it is shown.
 */
export const TREATMENT_RECORDS: readonly TreatmentRecord[] = [
  microneedling,
  microneedlingPrp,
  microneedlingRf,
  atHomeRoller,
  microdermabrasion,
  botox,
];

const byId = new Map<TreatmentId, TreatmentRecord>(TREATMENT_RECORDS.map((record) => [record.id, record]));

export function treatmentRecord(id: TreatmentId): TreatmentRecord | undefined {
  return byId.get(id);
}

export function isComparable(id: TreatmentId): boolean {
  return byId.has(id);
}

/** Treatments people ask about that no source of ours covers yet (chemical peel, laser). */
export const NOT_IN_SOURCES: readonly TreatmentId[] = TREATMENT_IDS.filter((id) => !byId.has(id));
