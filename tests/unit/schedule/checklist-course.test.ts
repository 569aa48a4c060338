import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistForDay } from '../../../utils/schedule/checklist';
import { courseProgress } from '../../../utils/schedule/course';
import type { ScheduleSession } from '../../../utils/schedule/aftercare';
import { DAY } from '../../../utils/schedule/time';

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const s = (id: string, endedAt: number, over: Partial<ScheduleSession> = {}): ScheduleSession => ({ id, treatment: 'microneedling', endedAt, ...over });
const ids = (sessions: ScheduleSession[], at: number, defaults?: Parameters<typeof checklistForDay>[1]): string[] => checklistForDay(sessions, defaults, at).items.map((i) => i.id);

describe('checklistForDay', () => {
  const end = new Date(2025, 5, 10, 18, 0).getTime(); // Tuesday 18:00

  it('day 1: everything, including no makeup', () => {
    expect(ids([s('a', end)], new Date(2025, 5, 10, 20).getTime())).toEqual(['sunscreen', 'moisturise', 'gentle-products', 'no-makeup', 'no-actives', 'no-sun', 'no-swimming']);
  });

  it('drops no makeup after its day, actives after day 3, sun and swimming after day 7', () => {
    expect(ids([s('a', end)], new Date(2025, 5, 12, 9).getTime())).toEqual(['sunscreen', 'moisturise', 'gentle-products', 'no-actives', 'no-sun', 'no-swimming']);
    expect(ids([s('a', end)], new Date(2025, 5, 14, 9).getTime())).toEqual(['sunscreen', 'moisturise', 'no-sun', 'no-swimming']);
    expect(ids([s('a', end)], new Date(2025, 5, 20, 9).getTime())).toEqual(['sunscreen', 'moisturise']);
    expect(ids([s('a', end)], new Date(2025, 6, 10, 9).getTime())).toEqual([]);
  });

  it("follows the practitioner's windows", () => {
    expect(ids([s('a', end, { windows: { 'no-actives': 24 * 5 } })], new Date(2025, 5, 14, 9).getTime())).toContain('no-actives');
    expect(ids([s('a', end)], new Date(2025, 5, 14, 9).getTime(), { 'no-actives': 24 * 5 })).toContain('no-actives');
  });

  it('keys the day by the local date', () => {
    expect(checklistForDay([s('a', end)], undefined, new Date(2025, 5, 11, 0, 30).getTime()).day).toBe('2025-06-11');
  });
});

describe('courseProgress', () => {
  const course = { plannedSessions: 5, intervalDays: [28, 42] as [number, number] };
  const t = new Date(2025, 0, 6, 12).getTime();

  it('says "session 3 of 5" and when the next one is due', () => {
    const sessions = [s('1', t), s('2', t + 30 * DAY), s('3', t + 60 * DAY)];
    const progress = courseProgress(course, sessions, t + 61 * DAY);
    expect(progress.label).toBe('Session 3 of 5');
    // Counted in calendar days from 7 March: the window opens 4 April at the same clock time,
    // although British Summer Time began in between (an hour less than 28 × 24 hours).
    expect(progress.nextWindow).toEqual({ number: 4, opensAt: new Date(2025, 3, 4, 12).getTime(), closesAt: new Date(2025, 3, 18, 12).getTime(), afterSessionId: '3' });
    expect(progress.complete).toBe(false);
  });

  it('counts only sessions that have ended, and plans nothing past a session logged ahead', () => {
    const progress = courseProgress(course, [s('1', t), s('2', t + 30 * DAY)], t + DAY);
    expect(progress.label).toBe('Session 1 of 5');
    expect(progress.nextWindow).toBeNull();
  });

  it('is complete after the planned sessions, and never says "6 of 5"', () => {
    const sessions = Array.from({ length: 6 }, (_, i) => s(String(i), t + i * 30 * DAY));
    const progress = courseProgress(course, sessions, t + 400 * DAY);
    expect(progress.complete).toBe(true);
    expect(progress.label).toBe('Session 6 of 6');
    expect(progress.nextWindow).toBeNull();
  });

  it('before the first session', () => {
    expect(courseProgress(course, [], t).label).toBe('No session yet (5 planned)');
  });
});
