import { ruleById, type AftercareWindows } from '../knowledge/aftercare';
import { mergedRestrictions, type ScheduleSession } from './aftercare';
import type { CourseProgress } from './course';
import { DAY, HOUR, formatLocalDate, localDayEnd, localDayKey, localTimeOnDay } from './time';

/**
 * Every reminder the journal implies, as pure data: the background turns the future ones into
 * alarms and shows the due ones once. Ids are derived from the data, so the same journal always
 * plans the same ids: re-planning after a restart replaces alarms instead of doubling them.
 */
export interface PlannedReminder {
  id: string;
  at: number;
  /** After this a missed reminder is no longer worth showing (it is dropped silently). */
  staleAt: number;
  title: string;
  message: string;
}

/** A restriction-end reminder missed by more than this is old news. */
const RESTRICTION_STALE_MS = 48 * HOUR;
export const SUNSCREEN_HOUR = 9;

export interface ReminderInput {
  sessions: readonly ScheduleSession[];
  userDefaults?: Partial<AftercareWindows>;
  course?: CourseProgress | null;
  sunscreenDaily: boolean;
  now: number;
}

export function plannedReminders(input: ReminderInput): PlannedReminder[] {
  const { now } = input;
  const reminders: PlannedReminder[] = [];

  // Restrictions that end at the same instant (sun and swimming, 7 days) make one notification.
  const ends = new Map<string, { at: number; sessionId: string; rules: string[]; messages: string[] }>();
  for (const span of mergedRestrictions(input.sessions, input.userDefaults)) {
    if (span.endsAt + RESTRICTION_STALE_MS <= now) continue;
    const key = `${span.sessionId}@${span.endsAt}`;
    const entry = ends.get(key) ?? { at: span.endsAt, sessionId: span.sessionId, rules: [], messages: [] };
    entry.rules.push(span.rule);
    entry.messages.push(ruleById(span.rule).endsMessage);
    ends.set(key, entry);
  }
  for (const entry of ends.values()) {
    reminders.push({
      id: `end:${entry.sessionId}:${entry.rules.sort().join('+')}`,
      at: entry.at,
      staleAt: entry.at + RESTRICTION_STALE_MS,
      title: 'Aftercare: a restriction has ended',
      message: entry.messages.join(' '),
    });
  }

  const next = input.course?.nextWindow;
  if (next && next.closesAt > now) {
    reminders.push({
      id: `next:${next.afterSessionId}`,
      at: next.opensAt,
      staleAt: next.closesAt,
      title: `Session ${next.number} is due`,
      message: `The window for your next session is open until ${formatLocalDate(next.closesAt)}.`,
    });
  }

  // Sunscreen is every day, ongoing (not only during aftercare): the opt-in setting alone decides.
  if (input.sunscreenDaily) {
    for (const dayAt of [now, localDayEnd(now) + HOUR]) {
      const at = localTimeOnDay(dayAt, SUNSCREEN_HOUR);
      reminders.push({
        id: `sun:${localDayKey(dayAt)}`,
        at,
        staleAt: localDayEnd(dayAt),
        title: 'Sunscreen',
        message: 'Broad-spectrum, high-SPF sunscreen today, even indoors near windows.',
      });
    }
  }
  return reminders.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/** Sessions whose reminders or countdown can still matter: the longest window (60 days) plus the 48 h a missed reminder stays worth showing. */
export const REMINDER_LOOKBACK_MS = 63 * DAY;
