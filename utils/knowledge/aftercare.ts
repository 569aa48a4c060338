import type { SourceId } from './sources';

/**
 * Aftercare after a microneedling session, as typed data (../shared/knowledge/treatments.md,
 * "Aftercare", "Course of treatment", "Who should not have it", "At home"). Every window counts from
 * the end of the session. Where sources differ, the default is the conservative (longer) window and
 * the range is kept so the popup can show it. The wording is ours; the facts are the sources'.
 */

const DAY = 24;

/** A restriction that ends: what the user may not do, and for how long. */
export interface AftercareRule {
  id: RestrictionId;
  /** What is restricted, short, for the countdown ("No makeup"). */
  short: string;
  /** What is restricted, in full. */
  label: string;
  /** What the reminder says when the window ends. */
  endsMessage: string;
  /** Default window in hours from the end of the session: the conservative end of the range. */
  defaultHours: number;
  /** The range the sources give, in hours. */
  rangeHours: readonly [number, number];
  /** Where sources differ, or what the window depends on, in our words. */
  note?: string;
  sources: SourceId[];
}

export const RESTRICTION_IDS = ['no-makeup', 'no-actives', 'no-sun', 'no-swimming'] as const;
export type RestrictionId = (typeof RESTRICTION_IDS)[number];

export const AFTERCARE_RULES: readonly AftercareRule[] = [
  {
    id: 'no-makeup',
    short: 'No makeup',
    label: 'No makeup; keep the skin clean, no touching with unwashed hands',
    endsMessage: 'You can wear makeup again.',
    defaultHours: 24,
    rangeHours: [24, 24],
    note: 'Two sources say the first 24 hours; a third (S3) says the next day is already fine.',
    sources: ['S1', 'S2'],
  },
  {
    id: 'no-actives',
    short: 'No actives',
    label: 'No actives: no acids (AHA/BHA), no retinoids; gentle fragrance-free products only',
    endsMessage: 'Actives (acids, retinoids) can come back, gradually.',
    defaultHours: 3 * DAY,
    rangeHours: [2 * DAY, 3 * DAY],
    note: 'Sources say 48–72 hours; we count the longer end. Then return to your usual routine step by step.',
    sources: ['S0', 'S2'],
  },
  {
    id: 'no-sun',
    short: 'No direct sun',
    label: 'No direct sun',
    // Worded for any window: a practitioner may give fewer or more days than the sources' week.
    endsMessage: 'Your no-direct-sun time is over. Keep up the daily sunscreen.',
    defaultHours: 7 * DAY,
    rangeHours: [7 * DAY, 7 * DAY],
    note: 'At least 7 days.',
    sources: ['S0', 'S1'],
  },
  {
    id: 'no-swimming',
    short: 'No swimming',
    label: 'No swimming (pool or sea)',
    endsMessage: 'Swimming is fine again.',
    defaultHours: 7 * DAY,
    rangeHours: [7 * DAY, 7 * DAY],
    note: 'One source says "the first days"; its author lost a result swimming on day 4, so we count 7 days, as for sun.',
    sources: ['S0'],
  },
];

export function ruleById(id: RestrictionId): AftercareRule {
  const rule = AFTERCARE_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`Unknown aftercare rule ${id}`);
  return rule;
}

/** Windows in hours per restriction: the defaults, or the practitioner's own instructions. */
export type AftercareWindows = Record<RestrictionId, number>;

export const DEFAULT_WINDOWS: AftercareWindows = Object.fromEntries(
  AFTERCARE_RULES.map((rule) => [rule.id, rule.defaultHours]),
) as AftercareWindows;

/** Longest window a user may enter for a restriction (a practitioner may say longer than the sources). */
export const MAX_WINDOW_HOURS = 60 * DAY;

/**
 * A line of the daily checklist. `restriction` ties the item to a rule, so its days follow that
 * rule's window (the default or the practitioner's); otherwise `fromHours`/`toHours` apply.
 */
export interface ChecklistItem {
  id: ChecklistItemId;
  label: string;
  restriction?: RestrictionId;
  fromHours: number;
  /** `Infinity`: every day while the aftercare lasts. */
  toHours: number;
  sources: SourceId[];
}

export const CHECKLIST_ITEM_IDS = ['sunscreen', 'moisturise', 'gentle-products', 'no-makeup', 'no-actives', 'no-sun', 'no-swimming'] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

/** How long the aftercare lasts: moisturising often is advised for the first two weeks. */
export const AFTERCARE_HOURS = 14 * DAY;

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  { id: 'sunscreen', label: 'Broad-spectrum, high-SPF sunscreen, even indoors near windows', fromHours: 0, toHours: Infinity, sources: ['S0', 'S1', 'S2', 'S3'] },
  { id: 'moisturise', label: 'Moisturise often', fromHours: 0, toHours: AFTERCARE_HOURS, sources: ['S0', 'S1', 'S2', 'S3'] },
  { id: 'gentle-products', label: 'Gentle, fragrance-free products only', restriction: 'no-actives', fromHours: 0, toHours: 3 * DAY, sources: ['S0', 'S2'] },
  { id: 'no-makeup', label: 'No makeup, no touching with unwashed hands', restriction: 'no-makeup', fromHours: 0, toHours: DAY, sources: ['S1', 'S2'] },
  { id: 'no-actives', label: 'No acids or retinoids', restriction: 'no-actives', fromHours: 0, toHours: 3 * DAY, sources: ['S0', 'S2'] },
  { id: 'no-sun', label: 'Stay out of direct sun', restriction: 'no-sun', fromHours: 0, toHours: 7 * DAY, sources: ['S0', 'S1'] },
  { id: 'no-swimming', label: 'No swimming', restriction: 'no-swimming', fromHours: 0, toHours: 7 * DAY, sources: ['S0'] },
];

/** Signs to call the practitioner about at once. */
export interface WarningSign {
  id: string;
  label: string;
  sources: SourceId[];
}

export const WARNING_SIGNS: readonly WarningSign[] = [
  { id: 'bruising', label: 'Bruising', sources: ['S3'] },
  { id: 'peeling', label: 'Peeling', sources: ['S3'] },
  { id: 'infection', label: 'Signs of infection', sources: ['S3'] },
  { id: 'bleeding', label: 'Severe bleeding', sources: ['S3'] },
];
export const WARNING_SIGNS_ADVICE = 'Contact your practitioner straight away if you notice any of these.';

/** Reasons to talk to a practitioner before a session. The product warns; it never blocks. */
export interface Contraindication {
  id: ContraindicationId;
  label: string;
  sources: SourceId[];
}

export const CONTRAINDICATION_IDS = ['active-acne', 'infection', 'open-wounds', 'pregnancy', 'keloids', 'blood-thinners', 'eczema', 'recent-therapy'] as const;
export type ContraindicationId = (typeof CONTRAINDICATION_IDS)[number];

export const CONTRAINDICATIONS: readonly Contraindication[] = [
  { id: 'active-acne', label: 'Active acne or a breakout in the area', sources: ['S0', 'S2'] },
  { id: 'infection', label: 'A skin infection', sources: ['S0', 'S2'] },
  { id: 'open-wounds', label: 'Open wounds or sores', sources: ['S2', 'S3'] },
  { id: 'pregnancy', label: 'Pregnant or breastfeeding', sources: ['S0', 'S2', 'S3'] },
  { id: 'keloids', label: 'Keloid scars, or you scar easily', sources: ['S2', 'S3'] },
  { id: 'blood-thinners', label: 'Blood thinners or certain other medicines', sources: ['S2', 'S3'] },
  { id: 'eczema', label: 'Eczema or a similar skin condition', sources: ['S3'] },
  { id: 'recent-therapy', label: 'Another skin treatment shortly before', sources: ['S3'] },
];
export const CONTRAINDICATION_ADVICE = 'Talk to your practitioner before this session.';

/** At home: needles must be shorter than this ("under 0.25 mm"); 0.25 mm and longer are for professionals. */
export const AT_HOME_MAX_DEPTH_MM = 0.25;
export const AT_HOME_ADVICE = {
  text: 'At home, only use needles under 0.25 mm, sanitise everything and never roll over acne, wounds or irritated skin. A home is not sterile: infection is the main risk, and a professional session is safer.',
  sources: ['S2'] as SourceId[],
};

/** Course of treatment defaults. */
export const COURSE_DEFAULTS = {
  sessions: 5,
  sessionsRange: [3, 6] as const,
  intervalDays: [28, 42] as const,
  text: 'Usually 3–6 sessions about 4–6 weeks apart; deep scarring, heavy sun damage or strong pigmentation need more.',
  sources: ['S0', 'S2'] as SourceId[],
};
/** Upper bound for a planned course: generous, since deep concerns need more sessions. */
export const MAX_PLANNED_SESSIONS = 20;
