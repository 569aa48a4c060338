import { AFTERCARE_HOURS, CHECKLIST_ITEMS, type AftercareWindows, type ChecklistItem } from '../knowledge/aftercare';
import { aftercareEndsAt, hasAftercare, mergedRestrictions, type ScheduleSession } from './aftercare';
import { HOUR, localDayEnd, localDayKey, localDayStart } from './time';

export interface ChecklistDay {
  /** Local calendar day, YYYY-MM-DD: ticks are kept per day. */
  day: string;
  items: ChecklistItem[];
}

const overlaps = (from: number, to: number, dayStart: number, dayEnd: number): boolean => from < dayEnd && to > dayStart;

/**
 * The checklist for the local day that contains `at`: every item whose window overlaps that day.
 * Restriction items follow the restriction (the practitioner's window when one is set); the rest
 * follow the aftercare period of any session.
 */
export function checklistForDay(sessions: readonly ScheduleSession[], userDefaults: Partial<AftercareWindows> | undefined, at: number): ChecklistDay {
  const dayStart = localDayStart(at);
  const dayEnd = localDayEnd(at);
  const withCare = sessions.filter((s) => hasAftercare(s.treatment));
  const spans = mergedRestrictions(withCare, userDefaults);
  const inAftercare = withCare.some((s) => overlaps(s.endedAt, aftercareEndsAt(s, userDefaults), dayStart, dayEnd));
  const items = CHECKLIST_ITEMS.filter((item) => {
    if (item.restriction) return spans.some((span) => span.rule === item.restriction && overlaps(span.startsAt, span.endsAt, dayStart, dayEnd));
    if (!inAftercare) return false;
    if (!Number.isFinite(item.toHours)) return true;
    return withCare.some((s) => overlaps(s.endedAt + item.fromHours * HOUR, s.endedAt + Math.min(item.toHours, AFTERCARE_HOURS) * HOUR, dayStart, dayEnd));
  });
  return { day: localDayKey(at), items };
}
