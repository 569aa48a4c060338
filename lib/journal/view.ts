import { db as sharedDb, type CandidDb } from '../db';
import type { CourseRecord, JournalPrefs, SessionRecord } from '../../utils/journal/types';
import { localDayKey } from '../../utils/schedule/time';
import { courseSessions, currentCourse, historyPage, readPrefs, recentSessions, ticksForDay } from './store';

/** Everything the popup shows on opening, read through indexes only (no full scan of sessions). */
export interface JournalView {
  now: number;
  /** Sessions whose aftercare can still matter, and those logged ahead. */
  recent: SessionRecord[];
  course: CourseRecord | null;
  courseSessions: SessionRecord[];
  prefs: JournalPrefs;
  today: string;
  tickedToday: Set<string>;
  /** The newest sessions, for the history's first page. */
  history: SessionRecord[];
  /** Whether the journal has any session (the count itself is read when the history opens). */
  empty: boolean;
}

export const HISTORY_PAGE = 20;

export async function loadJournalView(now: number, database: CandidDb = sharedDb()): Promise<JournalView> {
  const today = localDayKey(now);
  const [recent, course, prefs, ticks, history] = await Promise.all([
    recentSessions(now, database),
    currentCourse(database),
    readPrefs(database),
    ticksForDay(today, database),
    historyPage(HISTORY_PAGE, undefined, database),
  ]);
  return {
    now,
    recent,
    course,
    courseSessions: course ? await courseSessions(course.id, database) : [],
    prefs,
    today,
    tickedToday: new Set(ticks.map((t) => t.item)),
    history,
    empty: history.length === 0,
  };
}
