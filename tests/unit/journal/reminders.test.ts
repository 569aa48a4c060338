import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CandidDb, db } from '../../../lib/db';
import { ALARM_PREFIX, BADGE_ALARM, startReminders, syncReminders } from '../../../lib/journal/reminders';
import { addSession, saveCourse } from '../../../lib/journal/store';
import { deleteJournal } from '../../../lib/journal/transfer';
import { DEFAULT_SETTINGS, settingsItem } from '../../../lib/settings';
import type { SessionRecord } from '../../../utils/journal/types';
import { freshDb } from './fixtures';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2025, 5, 10, 12, 0);
const session = (id: string, endedAt: number, over: Partial<SessionRecord> = {}): SessionRecord => ({
  id, treatment: 'microneedling', endedAt, setting: 'clinic', areas: [], applied: [], concerns: [], notes: '', createdAt: endedAt, updatedAt: endedAt, ...over,
});
const alarmNames = async (): Promise<string[]> => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
const spyNotifications = () => vi.spyOn(fakeBrowser.notifications, 'create');
const shownIds = (spy: ReturnType<typeof spyNotifications>): string[] => spy.mock.calls.map((call) => String(call[0]));

describe('syncReminders', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('schedules an alarm per future reminder and sets the badge to the day', async () => {
    const database = freshDb();
    await addSession(session('a', NOW - HOUR), NOW, database);
    const report = await syncReminders(NOW, database);
    expect(report.shown).toEqual([]);
    expect(report.badge).toBe('D1');
    expect(await alarmNames()).toEqual([BADGE_ALARM, `${ALARM_PREFIX}end:a:no-actives`, `${ALARM_PREFIX}end:a:no-makeup`, `${ALARM_PREFIX}end:a:no-sun+no-swimming`].sort());
    const makeup = (await fakeBrowser.alarms.getAll()).find((a) => a.name.endsWith('no-makeup'))!;
    expect(makeup.scheduledTime).toBe(NOW - HOUR + 24 * HOUR);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('D1');
  });

  it('a restart re-plans the same alarms: none missed, none doubled, whether alarms survived or not', async () => {
    const database = freshDb();
    await addSession(session('a', NOW - HOUR), NOW, database);
    await syncReminders(NOW, database);
    const first = await fakeBrowser.alarms.getAll();
    await syncReminders(NOW + 10_000, database); // worker restarted, alarms kept
    expect(await fakeBrowser.alarms.getAll()).toEqual(first);
    await fakeBrowser.alarms.clearAll(); // browser lost them
    await syncReminders(NOW + 20_000, database);
    expect(await fakeBrowser.alarms.getAll()).toEqual(first);
  });

  it('shows a reminder that came due while the browser was closed once, and only once', async () => {
    const database = freshDb();
    const spy = spyNotifications();
    await addSession(session('a', NOW - 25 * HOUR), NOW, database);
    const report = await syncReminders(NOW, database);
    expect(report.shown).toEqual(['end:a:no-makeup']);
    expect(shownIds(spy)).toEqual(['candid-reminder:end:a:no-makeup']);
    expect((spy.mock.calls[0] as unknown[])[1]).toMatchObject({ type: 'basic', title: expect.any(String), message: 'You can wear makeup again.' });
    await syncReminders(NOW + HOUR, database);
    await syncReminders(NOW + 2 * HOUR, database);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await alarmNames()).not.toContain(`${ALARM_PREFIX}end:a:no-makeup`);
  });

  it('drops a reminder missed by more than 48 hours without showing it', async () => {
    const database = freshDb();
    const spy = spyNotifications();
    await addSession(session('a', NOW - 4 * DAY + HOUR), NOW, database);
    const report = await syncReminders(NOW, database);
    expect(report.shown).toEqual(['end:a:no-actives']);
    expect(shownIds(spy)).toEqual(['candid-reminder:end:a:no-actives']);
  });

  it('fires through the alarm: the due reminder is shown when its alarm goes off', async () => {
    const spy = spyNotifications();
    const now = Date.now();
    await addSession(session('live', now - 23 * HOUR), now, db());
    startReminders();
    await vi.waitFor(async () => expect(await alarmNames()).toContain(`${ALARM_PREFIX}end:live:no-makeup`));
    const alarm = (await fakeBrowser.alarms.getAll()).find((a) => a.name === `${ALARM_PREFIX}end:live:no-makeup`)!;
    vi.useFakeTimers({ now: alarm.scheduledTime + 5, toFake: ['Date'] });
    try {
      await fakeBrowser.alarms.onAlarm.trigger(alarm);
      await vi.waitFor(() => expect(shownIds(spy)).toContain('candid-reminder:end:live:no-makeup'));
    } finally {
      vi.useRealTimers();
      await deleteJournal(db());
    }
  });

  it('two contexts syncing at once (popup and background) show a due reminder once', async () => {
    const name = freshDb().name;
    const spy = spyNotifications();
    await addSession(session('a', NOW - 25 * HOUR), NOW, new CandidDb(name));
    vi.resetModules();
    const other = await import('../../../lib/journal/reminders');
    await Promise.all([syncReminders(NOW, new CandidDb(name)), other.syncReminders(NOW, new CandidDb(name))]);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('plans the daily sunscreen reminder only when the setting is on', async () => {
    const database = freshDb();
    await addSession(session('a', NOW - 30 * DAY), NOW, database);
    expect((await syncReminders(NOW, database)).alarms.some((n) => n.includes('sun:'))).toBe(false);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sunscreenReminder: true });
    expect((await syncReminders(NOW, database)).alarms.some((n) => n.includes('sun:'))).toBe(true);
  });

  it('keeps the daily sunscreen reminder going with no recent session (sunscreen is every day, ongoing)', async () => {
    const database = freshDb();
    await addSession(session('old', NOW - 200 * DAY), NOW, database);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sunscreenReminder: true });
    expect((await syncReminders(NOW, database)).alarms.filter((n) => n.includes('sun:'))).toHaveLength(1);
    const empty = freshDb();
    expect((await syncReminders(NOW, empty)).alarms.filter((n) => n.includes('sun:'))).toHaveLength(1);
  });

  it('wakes the badge when a session logged ahead ends, outside any aftercare', async () => {
    const database = freshDb();
    const ahead = NOW + 2 * DAY + 3 * HOUR;
    await addSession(session('ahead', ahead), NOW, database);
    const report = await syncReminders(NOW, database);
    expect(report.badge).toBe('');
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(ahead);
    expect((await syncReminders(ahead, database)).badge).toBe('D1');
  });

  it('the badge alarm is the earlier of the next day change and the end of a session logged ahead', async () => {
    const database = freshDb();
    await addSession(session('now', NOW - HOUR), NOW, database);
    await addSession(session('soon', NOW + 5 * HOUR), NOW, database);
    await syncReminders(NOW, database);
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(NOW + 5 * HOUR);
    await database.sessions.update('soon', { endedAt: NOW + 30 * HOUR });
    await syncReminders(NOW, database);
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(NOW - HOUR + DAY);
  });

  it('a treatment without aftercare logged ahead sets no badge alarm', async () => {
    const database = freshDb();
    await addSession(session('botox', NOW + DAY, { treatment: 'botox' }), NOW, database);
    expect((await syncReminders(NOW, database)).alarms).not.toContain(BADGE_ALARM);
  });

  it('reminds when the next session of the course is due', async () => {
    const database = freshDb();
    await saveCourse({ id: 'c', concern: 'acne-scars', plannedSessions: 3, intervalDays: [28, 42], startedAt: NOW - 20 * DAY }, NOW, database);
    await addSession(session('a', NOW - 20 * DAY, { courseId: 'c' }), NOW, database);
    const report = await syncReminders(NOW, database);
    expect(report.alarms).toContain(`${ALARM_PREFIX}next:a`);
    expect((await fakeBrowser.alarms.get(`${ALARM_PREFIX}next:a`))?.scheduledTime).toBe(NOW + 8 * DAY);
  });

  it('deleting the journal clears its alarms and the badge', async () => {
    const database = freshDb();
    await addSession(session('a', NOW - HOUR), NOW, database);
    await syncReminders(NOW, database);
    await deleteJournal(database);
    const report = await syncReminders(NOW, database);
    expect(report).toEqual({ shown: [], dropped: [], alarms: [], badge: '' });
    expect(await alarmNames()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('moving a session to a later time reminds again at the new time', async () => {
    const database = freshDb();
    const spy = spyNotifications();
    await addSession(session('a', NOW - 25 * HOUR), NOW, database);
    await syncReminders(NOW, database);
    await database.sessions.update('a', { endedAt: NOW - 24 * HOUR - 60_000 + 2 * HOUR });
    await syncReminders(NOW + 60_000, database); // saving the edit syncs at once: the reminder is ahead again
    await syncReminders(NOW + 2 * HOUR, database);
    expect(shownIds(spy)).toEqual(['candid-reminder:end:a:no-makeup', 'candid-reminder:end:a:no-makeup']);
  });

  it('a session end corrected by minutes does not show a reminder already shown again', async () => {
    const database = freshDb();
    const spy = spyNotifications();
    await addSession(session('a', NOW - 25 * HOUR), NOW, database);
    await syncReminders(NOW, database);
    // A day later the user corrects the end by 5 minutes: the makeup reminder's time moves, still past.
    await database.sessions.update('a', { endedAt: NOW - 25 * HOUR + 5 * 60_000 });
    await syncReminders(NOW + 3 * HOUR, database);
    expect(shownIds(spy)).toEqual(['candid-reminder:end:a:no-makeup']);
  });
});
