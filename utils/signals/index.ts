import { detectClaims } from './claims';
import { detectFilters } from './filters';
import { detectSponsorship } from './sponsorship';
import type { ReasonSignal } from './types';

export { detectBeforeAfter, type BeforeAfterMatch } from './before-after';
export { detectTreatment, type TreatmentMatch } from './treatment';
export { detectClaims } from './claims';
export { detectSponsorship } from './sponsorship';
export { detectFilters } from './filters';

/**
 * Every text signal that gives reasons, in the order the card lists them. before-after (is this one
 * of ours?) and treatment (which one?) answer other questions and run first, in utils/verdict.ts.
 * A new signal: one file in this folder, one line here, one test file in tests/unit/signals/
 * (tests/unit/signals/registry.test.ts checks all three).
 */
export const REASON_SIGNALS: readonly ReasonSignal[] = [
  { id: 'claims', detect: detectClaims },
  { id: 'filters', detect: detectFilters },
  { id: 'sponsorship', detect: detectSponsorship },
];
