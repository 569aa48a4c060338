import { CONCERN_IDS, TREATMENT_IDS } from '../treatments';
import { CHECKLIST_ITEM_IDS, CONTRAINDICATION_IDS, MAX_PLANNED_SESSIONS, MAX_WINDOW_HOURS, RESTRICTION_IDS, type AftercareWindows } from '../knowledge/aftercare';
import { isRecord } from '../validate';
import { APPLIED, AREAS, DEVICES, SETTINGS_OF_CARE, tickId, type CourseRecord, type JournalPrefs, type SessionRecord, type TickRecord } from './types';
import { charCount, isId, isPlausibleTime, MAX_DEPTH_MM, MAX_NOTES_CHARS } from './limits';

/**
 * Checks of stored records, used on every write and on import. Each returns the first problem in
 * words a person can act on, or null when the record is fine. Unknown fields are problems too, so
 * nothing unexpected reaches the database.
 */

type FieldCheck = (value: unknown, now: number) => boolean;
interface FieldSpec {
  check: FieldCheck;
  optional?: boolean;
  problem: string;
}

const oneOfList = (list: readonly string[]): FieldCheck => (v) => typeof v === 'string' && list.includes(v);
const listOf = (list: readonly string[]): FieldCheck => (v) =>
  Array.isArray(v) && v.length <= list.length && new Set(v).size === v.length && v.every((x) => typeof x === 'string' && list.includes(x));
const time: FieldCheck = (v, now) => isPlausibleTime(v, now);

export function isWindows(value: unknown): value is Partial<AftercareWindows> {
  if (!isRecord(value)) return false;
  return Object.entries(value).every(
    ([key, hours]) =>
      (RESTRICTION_IDS as readonly string[]).includes(key) && typeof hours === 'number' && Number.isFinite(hours) && hours >= 1 && hours <= MAX_WINDOW_HOURS,
  );
}

const SESSION_FIELDS: Record<keyof SessionRecord, FieldSpec> = {
  id: { check: isId, problem: 'has no valid id' },
  treatment: { check: oneOfList(TREATMENT_IDS), problem: 'has an unknown treatment' },
  endedAt: { check: time, problem: 'has a date before 2000 or more than a year ahead' },
  setting: { check: oneOfList(SETTINGS_OF_CARE), problem: 'must be at a clinic or at home' },
  device: { check: oneOfList(DEVICES), optional: true, problem: 'has an unknown device' },
  depthMm: { check: (v) => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_DEPTH_MM, optional: true, problem: `has a needle depth that is not between 0 and ${MAX_DEPTH_MM} mm` },
  areas: { check: listOf(AREAS), problem: 'has unknown or repeated treated areas' },
  applied: { check: listOf(APPLIED), problem: 'has unknown or repeated products applied after' },
  concerns: { check: listOf(CONCERN_IDS), problem: 'has unknown or repeated concerns' },
  discomfort: { check: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10, optional: true, problem: 'has a discomfort that is not a whole number from 0 to 10' },
  notes: { check: (v) => typeof v === 'string' && charCount(v) <= MAX_NOTES_CHARS, problem: `has notes that are not text of at most ${MAX_NOTES_CHARS} characters` },
  courseId: { check: isId, optional: true, problem: 'has an invalid course id' },
  safety: { check: listOf(CONTRAINDICATION_IDS), optional: true, problem: 'has unknown safety-check answers' },
  windows: { check: isWindows, optional: true, problem: 'has aftercare windows that are not between 1 hour and 60 days' },
  createdAt: { check: time, problem: 'has an invalid creation time' },
  updatedAt: { check: time, problem: 'has an invalid change time' },
};

const COURSE_FIELDS: Record<keyof CourseRecord, FieldSpec> = {
  id: { check: isId, problem: 'has no valid id' },
  concern: { check: oneOfList(CONCERN_IDS), problem: 'has an unknown concern' },
  plannedSessions: { check: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_PLANNED_SESSIONS, problem: `must plan 1 to ${MAX_PLANNED_SESSIONS} sessions` },
  intervalDays: {
    check: (v) => Array.isArray(v) && v.length === 2 && v.every((d) => Number.isInteger(d) && d >= 1 && d <= 365) && v[0] <= v[1],
    problem: 'has an interval that is not two whole numbers of days (1–365), shortest first',
  },
  startedAt: { check: time, problem: 'has a start date before 2000 or more than a year ahead' },
};

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TICK_FIELDS: Record<keyof TickRecord, FieldSpec> = {
  id: { check: (v) => typeof v === 'string', problem: 'has no id' },
  day: { check: (v) => typeof v === 'string' && DAY_PATTERN.test(v) && !Number.isNaN(Date.parse(v)), problem: 'has a day that is not YYYY-MM-DD' },
  item: { check: oneOfList(CHECKLIST_ITEM_IDS), problem: 'has an unknown checklist item' },
  at: { check: time, problem: 'has an invalid time' },
};

function firstProblem(value: unknown, fields: Record<string, FieldSpec>, now: number): string | null {
  if (!isRecord(value)) return 'is not an object';
  // Own keys only: `in` would also accept inherited names ("constructor", "__proto__", "toString").
  for (const key of Object.keys(value)) if (!Object.hasOwn(fields, key)) return `has an unknown field "${key.slice(0, 40)}"`;
  for (const [key, spec] of Object.entries(fields)) {
    const field = value[key];
    if (field === undefined) {
      if (spec.optional) continue;
      return `is missing "${key}"`;
    }
    if (!spec.check(field, now)) return spec.problem;
  }
  return null;
}

export function sessionProblem(value: unknown, now: number): string | null {
  return firstProblem(value, SESSION_FIELDS, now);
}

export function courseProblem(value: unknown, now: number): string | null {
  return firstProblem(value, COURSE_FIELDS, now);
}

export function tickProblem(value: unknown, now: number): string | null {
  const problem = firstProblem(value, TICK_FIELDS, now);
  if (problem) return problem;
  const tick = value as TickRecord;
  return tick.id === tickId(tick.day, tick.item) ? null : 'has an id that does not match its day and item';
}

export function prefsProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'are not an object';
  for (const key of Object.keys(value)) if (key !== 'windows') return `have an unknown field "${key.slice(0, 40)}"`;
  if (value.windows !== undefined && !isWindows(value.windows)) return 'have aftercare windows that are not between 1 hour and 60 days';
  return null;
}

export function isSessionRecord(value: unknown, now: number): value is SessionRecord {
  return sessionProblem(value, now) === null;
}
export function isPrefs(value: unknown): value is JournalPrefs {
  return prefsProblem(value) === null;
}
