import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseProgress } from '../../../utils/schedule/course';
import { addLocalDays } from '../../../utils/schedule/time';

// The next-session window is counted in calendar days: New York moves its clocks forward on
// 9 March 2025 and back on 2 November 2025, so 28 days are not 28 × 24 hours across either.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const local = (ms: number): [number, number, number, number] => {
  const d = new Date(ms);
  return [d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
};

describe('the next-session window across a daylight-saving change', () => {
  const course = { plannedSessions: 5, intervalDays: [28, 42] as [number, number] };

  it('opens on the same local clock time 28 days later, not an hour off on another day', () => {
    const end = new Date(2025, 2, 8, 23, 30).getTime(); // Saturday 23:30 EST, the night before the change
    const next = courseProgress(course, [{ id: 'a', endedAt: end }], end + 1000).nextWindow!;
    expect(local(next.opensAt)).toEqual([4, 5, 23, 30]);
    expect(local(next.closesAt)).toEqual([4, 19, 23, 30]);
  });

  it('keeps the local time across the autumn change too', () => {
    const end = new Date(2025, 9, 20, 0, 15).getTime();
    const next = courseProgress(course, [{ id: 'a', endedAt: end }], end + 1000).nextWindow!;
    expect(local(next.opensAt)).toEqual([11, 17, 0, 15]);
  });

  it('addLocalDays moves by calendar days in local time', () => {
    const end = new Date(2025, 2, 8, 23, 30).getTime();
    expect(local(addLocalDays(end, 1))).toEqual([3, 9, 23, 30]);
    expect(addLocalDays(end, 1) - end).toBe(23 * 3600_000);
    expect(local(addLocalDays(end, -1))).toEqual([3, 7, 23, 30]);
  });
});
