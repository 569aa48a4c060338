import type { SourceId } from './sources';

/**
 * What is normal when, after a microneedling session (treatments.md, "Expected timeline").
 * Offsets are hours from the end of the session. Sources differ on speed (S1, S3 say some change
 * shows at once; S0, S2 say full results take 3-6 months); the product presents the slow timeline.
 */
export interface TimelineStage {
  id: string;
  fromHours: number;
  toHours: number;
  /** When, in words. */
  when: string;
  /** What is normal then, in the product's own words. */
  what: string;
  sources: SourceId[];
}

const DAY = 24;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;

export const MICRONEEDLING_TIMELINE: readonly TimelineStage[] = [
  { id: 'redness', fromHours: 0, toHours: 48, when: 'First 2 days', what: 'Sunburn-like redness, warmth and tenderness; tiny pinpoint bleeding can happen. For some it lasts up to a week.', sources: ['S0', 'S1', 'S3'] },
  { id: 'sensitive', fromHours: 0, toHours: 3 * DAY, when: 'Days 1–3', what: 'Some redness and sensitivity: the usual downtime.', sources: ['S2'] },
  { id: 'tight', fromHours: 7 * DAY, toHours: 10 * DAY, when: 'Around days 7–10', what: 'Redness has gone; skin can feel tight and dry. Some people see a glow.', sources: ['S0'] },
  { id: 'glow', fromHours: 1 * WEEK, toHours: 2 * WEEK, when: 'Weeks 1–2', what: 'A first glow.', sources: ['S2'] },
  { id: 'visible', fromHours: 3 * WEEK, toHours: 4 * WEEK, when: 'Weeks 3–4', what: 'Brighter, smoother texture; lighter spots start to show.', sources: ['S0'] },
  { id: 'full', fromHours: 3 * MONTH, toHours: 6 * MONTH, when: 'Months 3–6', what: 'The most visible change, as new collagen builds up.', sources: ['S0', 'S2'] },
];

/** One line for the feed card: what real results look like. */
export const REAL_RESULTS_SUMMARY =
  'Real microneedling results are gradual: usually 3–6 sessions about 4–6 weeks apart, a first glow after a week or two, and the clearest change 3–6 months in (some sources say a little improvement can show sooner).';
