import type { CourseRecord } from '../journal/types';
import { addLocalDays } from './time';

export interface CourseProgress {
  /** Sessions of the course that have ended. */
  done: number;
  planned: number;
  /** "Session 3 of 5" (the latest one done), or "No session yet (5 planned)". */
  label: string;
  complete: boolean;
  /** When the next session is due: the interval in calendar days from the latest session's end. */
  nextWindow: { number: number; opensAt: number; closesAt: number; afterSessionId: string } | null;
}

/** Progress of a course from the end times of its sessions (any order). */
export function courseProgress(course: Pick<CourseRecord, 'plannedSessions' | 'intervalDays'>, sessions: readonly { id: string; endedAt: number }[], now: number): CourseProgress {
  const ended = sessions.filter((s) => s.endedAt <= now).sort((a, b) => a.endedAt - b.endedAt);
  const done = ended.length;
  const planned = course.plannedSessions;
  const label = done === 0 ? `No session yet (${planned} planned)` : `Session ${done} of ${Math.max(planned, done)}`;
  const complete = done >= planned;
  const last = ended[done - 1];
  const hasFuture = sessions.some((s) => s.endedAt > now);
  const nextWindow =
    last && !complete && !hasFuture
      ? { number: done + 1, opensAt: addLocalDays(last.endedAt, course.intervalDays[0]), closesAt: addLocalDays(last.endedAt, course.intervalDays[1]), afterSessionId: last.id }
      : null;
  return { done, planned, label, complete, nextWindow };
}
