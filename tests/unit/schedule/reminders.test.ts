import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plannedReminders } from '../../../utils/schedule/reminders';
import { courseProgress } from '../../../utils/schedule/course';
import type { ScheduleSession } from '../../../utils/schedule/aftercare';
import { DAY, HOUR } from '../../../utils/schedule/time';

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const s = (id: string, endedAt: number, over: Partial<ScheduleSession> = {}): ScheduleSession => ({ id, treatment: 'microneedling', endedAt, ...over });
const end = new Date(2025, 4, 10, 15, 0).getTime();

describe('plannedReminders', () => {
  it('plans one reminder per restriction end, sun and swimming together', () => {
    const plan = plannedReminders({ sessions: [s('a', end)], sunscreenDaily: false, now: end + HOUR });
    expect(plan.map((r) => [r.id, (r.at - end) / HOUR])).toEqual([
      ['end:a:no-makeup', 24],
      ['end:a:no-actives', 72],
      ['end:a:no-sun+no-swimming', 168],
    ]);
    expect(plan[0]!.message).toMatch(/makeup again/);
    expect(plan[2]!.message).toMatch(/sun/);
    expect(plan[2]!.message).toMatch(/Swimming/);
  });

  it('plans the same ids for the same journal, whenever it is asked (restart-safe)', () => {
    const one = plannedReminders({ sessions: [s('a', end)], sunscreenDaily: false, now: end + HOUR });
    const two = plannedReminders({ sessions: [s('a', end)], sunscreenDaily: false, now: end + 5 * HOUR });
    expect(two).toEqual(one);
  });

  it('keeps a missed reminder for 48 hours, then drops it', () => {
    const at = (now: number): string[] => plannedReminders({ sessions: [s('a', end)], sunscreenDaily: false, now }).map((r) => r.id);
    expect(at(end + 24 * HOUR + 47 * HOUR)).toContain('end:a:no-makeup');
    expect(at(end + 24 * HOUR + 48 * HOUR)).not.toContain('end:a:no-makeup');
  });

  it('two sessions close together: one reminder per merged restriction, from the later session', () => {
    const plan = plannedReminders({ sessions: [s('a', end), s('b', end + 2 * DAY)], sunscreenDaily: false, now: end + 2 * DAY + HOUR });
    // a's makeup window ended before b began: a real end of its own. a's other windows run into
    // b's: no "you can go in the sun" on day 7 of a while b still restricts it.
    expect(plan.map((r) => r.id)).toEqual(['end:a:no-makeup', 'end:b:no-makeup', 'end:b:no-actives', 'end:b:no-sun+no-swimming']);
  });

  it('plans reminders for a session logged ahead', () => {
    const plan = plannedReminders({ sessions: [s('ahead', end + 10 * DAY)], sunscreenDaily: false, now: end });
    expect(plan[0]).toMatchObject({ id: 'end:ahead:no-makeup', at: end + 11 * DAY });
  });

  it('reminds when the next session window opens, until it closes', () => {
    const progress = courseProgress({ plannedSessions: 5, intervalDays: [28, 42] }, [s('a', end)], end + 20 * DAY);
    const plan = plannedReminders({ sessions: [], course: progress, sunscreenDaily: false, now: end + 20 * DAY });
    expect(plan).toEqual([expect.objectContaining({ id: 'next:a', at: end + 28 * DAY, staleAt: end + 42 * DAY, title: 'Session 2 is due' })]);
  });

  it('daily sunscreen at 09:00 local, today and tomorrow, only when asked', () => {
    const now = new Date(2025, 4, 12, 7, 0).getTime();
    const plan = plannedReminders({ sessions: [s('a', end)], sunscreenDaily: true, now }).filter((r) => r.id.startsWith('sun:'));
    expect(plan.map((r) => r.id)).toEqual(['sun:2025-05-12', 'sun:2025-05-13']);
    expect(new Date(plan[0]!.at).getHours()).toBe(9);
    expect(plannedReminders({ sessions: [s('a', end)], sunscreenDaily: false, now }).some((r) => r.id.startsWith('sun:'))).toBe(false);
  });

  it('daily sunscreen goes on without any recent session: the setting alone decides', () => {
    const now = new Date(2025, 4, 12, 7, 0).getTime();
    expect(plannedReminders({ sessions: [], sunscreenDaily: true, now }).map((r) => r.id)).toEqual(['sun:2025-05-12', 'sun:2025-05-13']);
    expect(plannedReminders({ sessions: [], sunscreenDaily: false, now })).toEqual([]);
  });

  it("the end of a practitioner's shorter or longer sun window is not called a week", () => {
    for (const days of [3, 14]) {
      const plan = plannedReminders({ sessions: [s('a', end, { windows: { 'no-sun': days * 24 } })], sunscreenDaily: false, now: end + HOUR });
      const sun = plan.find((r) => r.id.includes('no-sun'))!;
      expect(sun.at - end).toBe(days * DAY);
      expect(sun.message).toMatch(/sun/);
      expect(sun.message).not.toMatch(/week/);
    }
  });
});
