import { db as sharedDb, type CandidDb } from '../db';
import type { CourseRecord, JournalPrefs, SessionRecord } from '../../utils/journal/types';
import { localDayKey } from '../../utils/schedule/time';
import { courseSessions, currentCourse, historyPage, latestTimelineSession, readPrefs, recentSessions, ticksForDay } from './store';

/** Everything the popup shows on opening, read through indexes only (no full scan of sessions). */
export interface JournalView {
  now: number;
  /** Sessions whose aftercare can still matter, and those logged ahead. */
  recent: SessionRecord[];
  /** The latest ended session with aftercare while its timeline runs (6 months), recent or not. */
  timelineSession: SessionRecord | null;
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
  const [recent, timelineSession, course, prefs, ticks, history] = await Promise.all([
    recentSessions(now, database),
    latestTimelineSession(now, database),
    currentCourse(database),
    readPrefs(database),
    ticksForDay(today, database),
    historyPage(HISTORY_PAGE, undefined, database),
  ]);
  return {
    now,
    recent,
    timelineSession,
    course,
    courseSessions: course ? await courseSessions(course.id, database) : [],
    prefs,
    today,
    tickedToday: new Set(ticks.map((t) => t.item)),
    history,
    empty: history.length === 0,
  };
}

/**
 * What the popup's aftercare status reads: the recent sessions and, once it is older than those,
 * the session the timeline follows (once, when it is also recent).
 */
export function statusSessions(view: Pick<JournalView, 'recent' | 'timelineSession'>): SessionRecord[] {
  const extra = view.timelineSession;
  if (!extra || view.recent.some((s) => s.id === extra.id)) return view.recent;
  return [...view.recent, extra];
}
