import { db as sharedDb, type CandidDb } from '../db';
import { courseProblem, prefsProblem, sessionProblem } from '../../utils/journal/records';
import { tickId, type CourseRecord, type JournalPrefs, type SessionRecord, type TickRecord } from '../../utils/journal/types';
import type { AftercareWindows, ChecklistItemId } from '../../utils/knowledge/aftercare';
import { hasAftercare, TIMELINE_SPAN_MS, windowsToFreeze } from '../../utils/schedule/aftercare';
import { REMINDER_LOOKBACK_MS } from '../../utils/schedule/reminders';

/**
 * The journal's reads and writes. Every read the popup's first render needs goes through an index
 * (end time, course + end time, day), so the popup opens as fast with 10,000 sessions as with 10.
 * Every write is checked against the same rules as an import: nothing invalid is stored.
 */

export class JournalError extends Error {}

const PREFS_KEY = 'prefs';

/** Sessions whose aftercare or reminders can still matter: recent ones and those logged ahead. */
export async function recentSessions(now: number, database: CandidDb = sharedDb()): Promise<SessionRecord[]> {
  return database.sessions.where('endedAt').aboveOrEqual(now - REMINDER_LOOKBACK_MS).toArray();
}

/**
 * The latest session with aftercare that has ended, while its timeline still runs (6 months): the
 * timeline's last stage comes long after `recentSessions` stops looking. Walks the end-time index
 * back from now and stops at the first match, so the read stays bounded with any journal size.
 */
export async function latestTimelineSession(now: number, database: CandidDb = sharedDb()): Promise<SessionRecord | null> {
  const found = await database.sessions
    .where('endedAt')
    .between(now - TIMELINE_SPAN_MS, now, true, true)
    .reverse()
    .filter((s) => hasAftercare(s.treatment))
    .first();
  return found ?? null;
}

/** One page of history, newest first; pass the last row's end time and id to get the next page. */
export async function historyPage(limit: number, before?: { endedAt: number; id: string }, database: CandidDb = sharedDb()): Promise<SessionRecord[]> {
  const collection = before
    ? database.sessions.where('endedAt').belowOrEqual(before.endedAt).reverse()
    : database.sessions.orderBy('endedAt').reverse();
  if (!before) return collection.limit(limit).toArray();
  // Sessions sharing the boundary's end time: skip those up to and including the boundary row.
  let passed = false;
  return collection
    .filter((s) => {
      if (passed || s.endedAt < before.endedAt) return true;
      if (s.id === before.id) passed = true;
      return false;
    })
    .limit(limit)
    .toArray();
}

export async function sessionCount(database: CandidDb = sharedDb()): Promise<number> {
  return database.sessions.count();
}

/** The course the user is in: the one started last. */
export async function currentCourse(database: CandidDb = sharedDb()): Promise<CourseRecord | null> {
  return (await database.courses.orderBy('startedAt').last()) ?? null;
}

/** Most sessions a course is read with: far above any plan (20), so a runaway course stays cheap. */
export const MAX_COURSE_SESSIONS = 200;

/** A course's sessions (its latest MAX_COURSE_SESSIONS), oldest first. */
export async function courseSessions(courseId: string, database: CandidDb = sharedDb()): Promise<SessionRecord[]> {
  const latest = await database.sessions
    .where('[courseId+endedAt]')
    .between([courseId, -Infinity], [courseId, Infinity])
    .reverse()
    .limit(MAX_COURSE_SESSIONS)
    .toArray();
  return latest.reverse();
}

export async function readPrefs(database: CandidDb = sharedDb()): Promise<JournalPrefs> {
  const row = await database.journalMeta.get(PREFS_KEY);
  return row && prefsProblem(row.value) === null ? (row.value as JournalPrefs) : {};
}

export async function writePrefs(prefs: JournalPrefs, database: CandidDb = sharedDb()): Promise<void> {
  const problem = prefsProblem(prefs);
  if (problem) throw new JournalError(`Preferences ${problem}.`);
  await database.journalMeta.put({ key: PREFS_KEY, value: prefs });
}

/**
 * Saves the user's default aftercare times ("Aftercare times", "Use these times for my future
 * sessions too"). Sessions take the defaults at read time, so without more a new default would
 * rewrite sessions already logged (a 7-day no-sun week would end after 24 hours). So first, in the
 * same transaction, every session whose aftercare can still matter (recent ones and those logged
 * ahead) that does not set every rule itself gets the windows it has now stored in it.
 */
export async function writeDefaultWindows(windows: Partial<AftercareWindows>, now: number, database: CandidDb = sharedDb()): Promise<void> {
  // writePrefs refuses invalid times by throwing, which aborts the transaction: nothing is frozen either.
  await database.transaction('rw', database.sessions, database.journalMeta, async () => {
    const prefs = await readPrefs(database);
    const sessions = await recentSessions(now, database);
    const frozen: SessionRecord[] = [];
    for (const session of sessions) {
      const kept = windowsToFreeze(session, prefs.windows);
      // updatedAt stays: the user did not change the session, and its times are what they were.
      if (kept) frozen.push({ ...session, windows: kept });
    }
    if (frozen.length > 0) await database.sessions.bulkPut(frozen);
    await writePrefs({ ...prefs, windows }, database);
  });
}

export async function ticksForDay(day: string, database: CandidDb = sharedDb()): Promise<TickRecord[]> {
  return database.ticks.where('day').equals(day).toArray();
}

export async function setTick(day: string, item: ChecklistItemId, on: boolean, now: number, database: CandidDb = sharedDb()): Promise<void> {
  const id = tickId(day, item);
  if (on) await database.ticks.put({ id, day, item, at: now });
  else await database.ticks.delete(id);
}

/**
 * Stores a new session. The id is made when the form opens, so a second submit of the same form
 * (a double click) finds the row already there and stores nothing more.
 */
export async function addSession(session: SessionRecord, now: number, database: CandidDb = sharedDb()): Promise<'added' | 'already-saved'> {
  const problem = sessionProblem(session, now);
  if (problem) throw new JournalError(`This session ${problem}.`);
  return database.transaction('rw', database.sessions, database.courses, async () => {
    if (session.courseId && !(await database.courses.get(session.courseId))) throw new JournalError('The course of this session no longer exists.');
    if (await database.sessions.get(session.id)) return 'already-saved' as const;
    await database.sessions.add(session);
    return 'added' as const;
  });
}

export async function updateSession(session: SessionRecord, now: number, database: CandidDb = sharedDb()): Promise<void> {
  const problem = sessionProblem(session, now);
  if (problem) throw new JournalError(`This session ${problem}.`);
  await database.transaction('rw', database.sessions, async () => {
    if (!(await database.sessions.get(session.id))) throw new JournalError('This session was deleted meanwhile.');
    await database.sessions.put(session);
  });
}

export async function deleteSession(id: string, database: CandidDb = sharedDb()): Promise<void> {
  await database.sessions.delete(id);
}

export async function saveCourse(course: CourseRecord, now: number, database: CandidDb = sharedDb()): Promise<void> {
  const problem = courseProblem(course, now);
  if (problem) throw new JournalError(`This course ${problem}.`);
  await database.courses.put(course);
}
