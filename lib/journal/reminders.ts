import { browser, type Browser } from 'wxt/browser';
import { db as sharedDb, type CandidDb } from '../db';
import { readSettings, settingsItem } from '../settings';
import { courseProgress } from '../../utils/schedule/course';
import { plannedReminders, type PlannedReminder } from '../../utils/schedule/reminders';
import { hasAftercare } from '../../utils/schedule/aftercare';
import { aftercareNow, badgeText, type AftercareNow } from '../../utils/schedule/status';
import type { SessionRecord } from '../../utils/journal/types';
import { DAY } from '../../utils/schedule/time';
import { courseSessions, currentCourse, readPrefs, recentSessions } from './store';
import { setBadge, showReminder } from './notify';

/**
 * Reminders derived from the database. Nothing lives only in alarms or worker memory: every sync
 * re-plans from the journal, replaces the alarms (by name, so never twice), shows each due
 * reminder once (a log in the database remembers it) and sets the toolbar badge. The background
 * syncs on every start, so a browser restart, an update or a re-enabled extension misses nothing.
 */

export const ALARM_PREFIX = 'candid-reminder:';
/** Fires when the badge's day number changes. */
export const BADGE_ALARM = 'candid-badge';
/** Log entries older than this are pruned; no reminder is worth showing that late. */
const LOG_KEEP_MS = 90 * DAY;

export interface SyncReport {
  shown: string[];
  dropped: string[];
  alarms: string[];
  badge: string;
}

/** A reminder's log key: its id and the time it was shown for. */
const logKey = (reminder: PlannedReminder): string => `${reminder.id}@${reminder.at}`;
const loggedAs = (database: CandidDb, reminder: PlannedReminder) => database.reminderLog.where('id').startsWith(`${reminder.id}@`);

/**
 * Claims due reminders in one transaction: only the context that writes the log entry shows the
 * notification, so two syncs running at once (start-up and an alarm) never show it twice. A
 * reminder shown once is not shown again when its time moves to another past time (a session's
 * end corrected by a few minutes); one moved into the future is re-armed (its log entry dropped),
 * so it reminds again at its new time.
 */
async function claimDue(planned: PlannedReminder[], now: number, database: CandidDb): Promise<PlannedReminder[]> {
  const due = planned.filter((r) => r.at <= now);
  const ahead = planned.filter((r) => r.at > now);
  return database.transaction('rw', database.reminderLog, async () => {
    for (const reminder of ahead) await loggedAs(database, reminder).delete();
    const fresh: PlannedReminder[] = [];
    for (const reminder of due) if ((await loggedAs(database, reminder).count()) === 0) fresh.push(reminder);
    await database.reminderLog.bulkPut(fresh.map((reminder) => ({ id: logKey(reminder), at: now })));
    await database.reminderLog.where('at').below(now - LOG_KEEP_MS).delete();
    return fresh;
  });
}

let running: Promise<SyncReport> | null = null;
let again = false;

/** Re-plans reminders and the badge from the journal. Concurrent calls coalesce into one more run. */
export function syncReminders(now?: number, database?: CandidDb): Promise<SyncReport> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      let report = await syncOnce(now ?? Date.now(), database ?? sharedDb());
      while (again) {
        again = false;
        report = await syncOnce(Date.now(), database ?? sharedDb());
      }
      return report;
    } finally {
      running = null;
    }
  })();
  return running;
}

async function syncOnce(now: number, database: CandidDb): Promise<SyncReport> {
  const [sessions, prefs, course, settings] = await Promise.all([recentSessions(now, database), readPrefs(database), currentCourse(database), readSettings()]);
  const progress = course ? courseProgress(course, await courseSessions(course.id, database), now) : null;
  const planned = plannedReminders({ sessions, userDefaults: prefs.windows, course: progress, sunscreenDaily: settings.sunscreenReminder, now });

  const claimed = await claimDue(planned, now, database);
  const shown: string[] = [];
  const dropped: string[] = [];
  for (const reminder of claimed) {
    if (reminder.staleAt <= now) {
      dropped.push(reminder.id);
      continue;
    }
    await showReminder(reminder);
    shown.push(reminder.id);
  }

  const wanted = new Map(planned.filter((r) => r.at > now).map((r) => [ALARM_PREFIX + r.id, r.at]));
  const status = aftercareNow(sessions, prefs.windows, now);
  const badgeAt = nextBadgeChange(sessions, status, now);
  if (badgeAt !== null) wanted.set(BADGE_ALARM, badgeAt);
  await reconcileAlarms(wanted);

  const badge = badgeText(status);
  await setBadge(badge);
  return { shown, dropped, alarms: [...wanted.keys()].sort(), badge };
}

/**
 * When the badge text next changes: the next day of the running aftercare, or the end of a session
 * logged ahead (its day 1 starts then), whichever comes first; null when neither is coming.
 */
function nextBadgeChange(sessions: readonly SessionRecord[], status: AftercareNow, now: number): number | null {
  const times: number[] = [];
  if (status.day !== null && status.latest) times.push(status.latest.endedAt + status.day * DAY);
  for (const session of sessions) if (session.endedAt > now && hasAftercare(session.treatment)) times.push(session.endedAt);
  return times.length > 0 ? Math.min(...times) : null;
}

/** Makes our alarms exactly `wanted`: clears the others, (re)creates the missing or moved ones. */
async function reconcileAlarms(wanted: Map<string, number>): Promise<void> {
  const ours = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX) || a.name === BADGE_ALARM);
  for (const alarm of ours) if (!wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  for (const [name, when] of wanted) {
    if (ours.some((a) => a.name === name && a.scheduledTime === when)) continue;
    await browser.alarms.create(name, { when });
  }
}

function onAlarm(alarm: Browser.alarms.Alarm): void {
  if (!alarm.name.startsWith(ALARM_PREFIX) && alarm.name !== BADGE_ALARM) return;
  // An alarm may fire a moment before its reminder's time by the worker's clock.
  void syncReminders(Math.max(Date.now(), alarm.scheduledTime)).catch(report);
}

function report(error: unknown): void {
  console.warn('[Candid Skin] reminders:', error);
}

/**
 * Called once at the top of the background: listeners first (synchronously, so an alarm that
 * woke the worker is delivered), then a sync from the database.
 */
export function startReminders(): void {
  browser.alarms.onAlarm.addListener(onAlarm);
  settingsItem.watch(() => void syncReminders().catch(report));
  void syncReminders().catch(report);
}
