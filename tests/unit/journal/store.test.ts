import { describe, expect, it, vi } from 'vitest';
import { addSession, courseSessions, currentCourse, deleteSession, historyPage, JournalError, readPrefs, recentSessions, saveCourse, setTick, ticksForDay, updateSession, writeDefaultWindows, writePrefs } from '../../../lib/journal/store';
import { loadJournalView, statusSessions } from '../../../lib/journal/view';
import type { SessionRecord } from '../../../utils/journal/types';
import { DEFAULT_WINDOWS } from '../../../utils/knowledge/aftercare';
import { aftercareNow } from '../../../utils/schedule/status';
import { freshDb, NOW, sampleJournal, seed } from './fixtures';

const DAY = 86400000;
const session = (over: Partial<SessionRecord> = {}): SessionRecord => ({
  id: 'new-1', treatment: 'microneedling', endedAt: NOW - DAY, setting: 'clinic', areas: [], applied: [], concerns: [], notes: '', createdAt: NOW, updatedAt: NOW, ...over,
});

describe('addSession', () => {
  it('stores a session once, however often the same form is submitted (double click)', async () => {
    const database = freshDb();
    const results = await Promise.all([addSession(session(), NOW, database), addSession(session(), NOW, database)]);
    expect(results.sort()).toEqual(['added', 'already-saved']);
    expect(await database.sessions.count()).toBe(1);
  });

  it('refuses an invalid session and stores nothing', async () => {
    const database = freshDb();
    for (const bad of [session({ depthMm: 4 }), session({ endedAt: Date.UTC(1990, 0, 1) }), session({ notes: 'z'.repeat(10240) }), { ...session(), extra: 1 } as SessionRecord]) {
      await expect(addSession(bad, NOW, database)).rejects.toBeInstanceOf(JournalError);
    }
    expect(await database.sessions.count()).toBe(0);
  });

  it('refuses a session of a course that does not exist', async () => {
    const database = freshDb();
    await expect(addSession(session({ courseId: 'gone' }), NOW, database)).rejects.toThrow(/course/);
    expect(await database.sessions.count()).toBe(0);
  });
});

describe('edit and delete', () => {
  it('updates a session, refuses to resurrect a deleted one, deletes', async () => {
    const database = freshDb();
    await addSession(session(), NOW, database);
    await updateSession(session({ notes: 'edited', updatedAt: NOW + 1 }), NOW, database);
    expect((await database.sessions.get('new-1'))?.notes).toBe('edited');
    await deleteSession('new-1', database);
    await expect(updateSession(session(), NOW, database)).rejects.toThrow(/deleted/);
    expect(await database.sessions.count()).toBe(0);
  });
});

describe('reads use indexes', () => {
  it('history pages run newest first without repeats, including ties on the end time', async () => {
    const database = freshDb();
    const data = sampleJournal(95);
    data.sessions[10]!.endedAt = data.sessions[11]!.endedAt; // a tie across a page boundary is possible
    await seed(database, data);
    const seen: SessionRecord[] = [];
    let page = await historyPage(20, undefined, database);
    while (page.length) {
      seen.push(...page);
      const last = page[page.length - 1]!;
      page = await historyPage(20, last, database);
    }
    expect(seen).toHaveLength(95);
    expect(new Set(seen.map((s) => s.id)).size).toBe(95);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!.endedAt).toBeLessThanOrEqual(seen[i - 1]!.endedAt);
  });

  it("the popup's first load reads no table in full", async () => {
    const database = freshDb();
    await seed(database, sampleJournal(300));
    const toArray = vi.spyOn(database.sessions, 'toArray');
    const view = await loadJournalView(NOW, database);
    expect(toArray).not.toHaveBeenCalled();
    expect(view.empty).toBe(false);
    expect(view.history).toHaveLength(20);
    expect(view.recent.every((s) => s.endedAt >= NOW - 63 * DAY)).toBe(true);
    expect(view.recent.length).toBe((await recentSessions(NOW, database)).length);
    expect(view.course?.id).toBe('course-b');
    expect(view.courseSessions.every((s) => s.courseId === 'course-b')).toBe(true);
    expect(view.courseSessions.length).toBe((await courseSessions('course-b', database)).length);
  });
});

describe('ticks, courses and preferences', () => {
  it('keeps ticks per day', async () => {
    const database = freshDb();
    await setTick('2025-06-10', 'sunscreen', true, NOW, database);
    await setTick('2025-06-10', 'moisturise', true, NOW, database);
    await setTick('2025-06-10', 'moisturise', false, NOW, database);
    await setTick('2025-06-11', 'no-sun', true, NOW, database);
    expect((await ticksForDay('2025-06-10', database)).map((t) => t.item)).toEqual(['sunscreen']);
    expect((await ticksForDay('2025-06-11', database)).map((t) => t.item)).toEqual(['no-sun']);
  });

  it('the current course is the latest started; invalid courses are refused', async () => {
    const database = freshDb();
    await saveCourse({ id: 'c1', concern: 'acne-scars', plannedSessions: 5, intervalDays: [28, 42], startedAt: NOW - 100 * DAY }, NOW, database);
    await saveCourse({ id: 'c2', concern: 'pigmentation', plannedSessions: 4, intervalDays: [28, 42], startedAt: NOW }, NOW, database);
    expect((await currentCourse(database))?.id).toBe('c2');
    await expect(saveCourse({ id: 'c3', concern: 'acne-scars', plannedSessions: 0, intervalDays: [28, 42], startedAt: NOW }, NOW, database)).rejects.toThrow(/plan 1 to 20/);
    await expect(saveCourse({ id: 'c4', concern: 'acne-scars', plannedSessions: 3, intervalDays: [42, 28], startedAt: NOW }, NOW, database)).rejects.toThrow(/interval/);
  });

  it('stores the practitioner’s default windows and ignores a damaged stored value', async () => {
    const database = freshDb();
    expect(await readPrefs(database)).toEqual({});
    await writePrefs({ windows: { 'no-actives': 48 } }, database);
    expect(await readPrefs(database)).toEqual({ windows: { 'no-actives': 48 } });
    await expect(writePrefs({ windows: { 'no-actives': -1 } }, database)).rejects.toThrow();
    await database.journalMeta.put({ key: 'prefs', value: { windows: 'garbage' } });
    expect(await readPrefs(database)).toEqual({});
  });
});

describe('writeDefaultWindows: new default times apply to new sessions only', () => {
  const HOUR = 3600000;
  const sunEnd = (view: Awaited<ReturnType<typeof loadJournalView>>, at: number): number | undefined =>
    aftercareNow(statusSessions(view), view.prefs.windows, at).active.find((span) => span.rule === 'no-sun')?.endsAt;

  it('a session in aftercare keeps its spans; a session logged afterwards uses the new defaults', async () => {
    const database = freshDb();
    const inCare = session({ id: 'in-care', endedAt: NOW - 2 * DAY });
    await addSession(inCare, NOW, database);
    await writeDefaultWindows({ 'no-sun': 24 }, NOW, database);
    expect(await readPrefs(database)).toEqual({ windows: { 'no-sun': 24 } });
    // Still under the sources' 7 days it was logged with, not the new 24 hours.
    expect(sunEnd(await loadJournalView(NOW, database), NOW)).toBe(inCare.endedAt + 7 * DAY);
    expect((await database.sessions.get('in-care'))?.windows).toEqual(DEFAULT_WINDOWS);

    const later = session({ id: 'later', endedAt: NOW + HOUR });
    await addSession(later, NOW, database);
    const view = await loadJournalView(NOW + 2 * HOUR, database);
    const spans = aftercareNow(statusSessions(view), view.prefs.windows, NOW + 2 * HOUR).active.filter((s) => s.rule === 'no-sun');
    // The later session's 24 h joins the earlier 7 days; the earlier session still ends the span.
    expect(spans).toEqual([expect.objectContaining({ sessionId: 'in-care', endsAt: inCare.endedAt + 7 * DAY })]);
    expect(aftercareNow([later], view.prefs.windows, NOW + 2 * HOUR).active.find((s) => s.rule === 'no-sun')?.endsAt).toBe(later.endedAt + 24 * HOUR);
  });

  it('freezes the previous defaults, merged with the session’s own windows, and a session logged ahead too', async () => {
    const database = freshDb();
    await writePrefs({ windows: { 'no-actives': 48 } }, database);
    await addSession(session({ id: 'own', endedAt: NOW - DAY, windows: { 'no-makeup': 12 } }), NOW, database);
    await addSession(session({ id: 'ahead', endedAt: NOW + 3 * DAY }), NOW, database);
    await writeDefaultWindows({ 'no-actives': 96, 'no-sun': 72 }, NOW, database);
    expect((await database.sessions.get('own'))?.windows).toEqual({ ...DEFAULT_WINDOWS, 'no-makeup': 12, 'no-actives': 48 });
    expect((await database.sessions.get('ahead'))?.windows).toEqual({ ...DEFAULT_WINDOWS, 'no-actives': 48 });
    expect(await readPrefs(database)).toEqual({ windows: { 'no-actives': 96, 'no-sun': 72 } });
  });

  it('leaves old sessions, treatments without aftercare and fully set sessions as they were', async () => {
    const database = freshDb();
    const full = { 'no-makeup': 12, 'no-actives': 48, 'no-sun': 240, 'no-swimming': 96 };
    await addSession(session({ id: 'old', endedAt: NOW - 100 * DAY }), NOW, database);
    await addSession(session({ id: 'botox', treatment: 'botox', endedAt: NOW - DAY }), NOW, database);
    await addSession(session({ id: 'full', endedAt: NOW - DAY, windows: full, updatedAt: NOW - 5 }), NOW, database);
    await writeDefaultWindows({ 'no-sun': 24 }, NOW, database);
    expect((await database.sessions.get('old'))?.windows).toBeUndefined();
    expect((await database.sessions.get('botox'))?.windows).toBeUndefined();
    expect(await database.sessions.get('full')).toEqual(session({ id: 'full', endedAt: NOW - DAY, windows: full, updatedAt: NOW - 5 }));
  });

  it('refuses invalid times and then changes nothing', async () => {
    const database = freshDb();
    await addSession(session({ id: 'in-care', endedAt: NOW - DAY }), NOW, database);
    await expect(writeDefaultWindows({ 'no-sun': -1 }, NOW, database)).rejects.toBeInstanceOf(JournalError);
    expect((await database.sessions.get('in-care'))?.windows).toBeUndefined();
    expect(await readPrefs(database)).toEqual({});
  });
});

describe('the timeline follows the latest session for its whole span', () => {
  it('exposes a session 100 days old, so the "Months 3–6" stage shows as now', async () => {
    const database = freshDb();
    await addSession(session({ id: 'older', endedAt: NOW - 130 * DAY }), NOW, database);
    await addSession(session({ id: 'hundred', endedAt: NOW - 100 * DAY }), NOW, database);
    await addSession(session({ id: 'botox', treatment: 'botox', endedAt: NOW - 90 * DAY }), NOW, database);
    const view = await loadJournalView(NOW, database);
    expect(view.recent).toEqual([]);
    expect(view.timelineSession?.id).toBe('hundred');
    const status = aftercareNow(statusSessions(view), view.prefs.windows, NOW);
    expect(status.latest?.id).toBe('hundred');
    expect(status.milestones.find((m) => m.id === 'full')?.state).toBe('now');
    expect(status.milestones.filter((m) => m.state === 'now').map((m) => m.id)).toEqual(['full']);
  });

  it('counts a recent session once, and nothing past the last stage', async () => {
    const database = freshDb();
    await addSession(session({ id: 'recent', endedAt: NOW - 10 * DAY }), NOW, database);
    const view = await loadJournalView(NOW, database);
    expect(statusSessions(view).map((s) => s.id)).toEqual(['recent']);

    const old = freshDb();
    await addSession(session({ id: 'gone', endedAt: NOW - 200 * DAY }), NOW, old);
    const oldView = await loadJournalView(NOW, old);
    expect(oldView.timelineSession).toBeNull();
    expect(aftercareNow(statusSessions(oldView), undefined, NOW).milestones).toEqual([]);
  });
});
