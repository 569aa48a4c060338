import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aftercareNow, badgeText } from '../../../utils/schedule/status';
import { checklistForDay } from '../../../utils/schedule/checklist';
import type { ScheduleSession } from '../../../utils/schedule/aftercare';
import { DAY, HOUR, formatDuration, localDayKey, localDayStart, localDayEnd } from '../../../utils/schedule/time';

// Local-time behaviour is tested in a zone with daylight saving: Berlin moves its clocks forward on
// 30 March 2025 (02:00 → 03:00) and back on 26 October 2025 (03:00 → 02:00).
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const s = (id: string, endedAt: number, over: Partial<ScheduleSession> = {}): ScheduleSession => ({ id, treatment: 'microneedling', endedAt, ...over });

describe('aftercareNow', () => {
  it('shows "no actives — 31 h left" 41 hours after a session', () => {
    const end = new Date(2025, 5, 10, 12, 0).getTime();
    const status = aftercareNow([s('a', end)], undefined, end + 41 * HOUR);
    expect(status.latest?.id).toBe('a');
    expect(status.active.map((r) => r.rule)).toEqual(['no-actives', 'no-sun', 'no-swimming']);
    expect(formatDuration(status.active[0]!.endsAt - (end + 41 * HOUR))).toBe('31 h');
    expect(status.day).toBe(2);
    expect(badgeText(status)).toBe('D2');
  });

  it('handles a session logged late: windows still count from when it ended, not from logging', () => {
    const end = new Date(2025, 5, 10, 12, 0).getTime();
    const loggedAt = end + 30 * HOUR;
    const status = aftercareNow([s('a', end)], undefined, loggedAt);
    expect(status.active.map((r) => r.rule)).not.toContain('no-makeup');
    expect(status.active[0]!.endsAt - loggedAt).toBe(42 * HOUR);
    expect(status.day).toBe(2);
  });

  it('keeps a session logged ahead out of the countdown until it has ended', () => {
    const past = new Date(2025, 5, 1, 12, 0).getTime();
    const now = new Date(2025, 5, 5, 12, 0).getTime();
    const ahead = now + 3 * DAY;
    const status = aftercareNow([s('past', past), s('ahead', ahead)], undefined, now);
    expect(status.latest?.id).toBe('past');
    expect(status.upcoming?.id).toBe('ahead');
    expect(status.day).toBe(5);
    expect(status.active.map((r) => r.rule)).toEqual(['no-sun', 'no-swimming']);
    expect(status.pending.map((r) => r.rule).sort()).toEqual(['no-actives', 'no-makeup']);
    // The future session's sun window joins the past one's: pending shows nothing for sun, and
    // the running sun restriction ends with the future session's window.
    expect(status.active.find((r) => r.rule === 'no-sun')!.endsAt).toBe(ahead + 7 * DAY);
  });

  it('with only a future session, nothing is active and no badge shows', () => {
    const now = new Date(2025, 5, 5, 12, 0).getTime();
    const status = aftercareNow([s('ahead', now + DAY)], undefined, now);
    expect(status.latest).toBeNull();
    expect(status.active).toEqual([]);
    expect(badgeText(status)).toBe('');
  });

  it('ends the badge when the aftercare ends, and ignores treatments without aftercare', () => {
    const end = new Date(2025, 5, 1, 12, 0).getTime();
    expect(aftercareNow([s('a', end)], undefined, end + 14 * DAY - 1).day).toBe(14);
    expect(aftercareNow([s('a', end)], undefined, end + 14 * DAY).day).toBeNull();
    expect(aftercareNow([s('b', end, { treatment: 'botox' })], undefined, end + HOUR).latest).toBeNull();
  });

  it('places now on the timeline', () => {
    const end = new Date(2025, 5, 1, 12, 0).getTime();
    const stages = aftercareNow([s('a', end)], undefined, end + 8 * DAY).milestones;
    expect(stages.find((m) => m.id === 'redness')!.state).toBe('past');
    expect(stages.find((m) => m.id === 'tight')!.state).toBe('now');
    expect(stages.find((m) => m.id === 'full')!.state).toBe('next');
  });
});

describe('daylight saving', () => {
  it('a 24-hour window across the spring change ends one clock hour later', () => {
    const end = new Date(2025, 2, 29, 20, 0).getTime(); // Saturday 20:00 CET
    const makeup = aftercareNow([s('a', end)], undefined, end + HOUR).active.find((r) => r.rule === 'no-makeup')!;
    expect(makeup.endsAt - end).toBe(24 * HOUR);
    const shown = new Date(makeup.endsAt);
    expect([shown.getDate(), shown.getHours()]).toEqual([30, 21]); // Sunday 21:00 CEST
  });

  it('a 24-hour window across the autumn change ends one clock hour earlier', () => {
    const end = new Date(2025, 9, 25, 20, 0).getTime();
    const makeup = aftercareNow([s('a', end)], undefined, end + HOUR).active.find((r) => r.rule === 'no-makeup')!;
    const shown = new Date(makeup.endsAt);
    expect([shown.getDate(), shown.getHours()]).toEqual([26, 19]);
  });

  it('local days are 23 and 25 hours long on change days', () => {
    expect(localDayEnd(new Date(2025, 2, 30, 12).getTime()) - localDayStart(new Date(2025, 2, 30, 12).getTime())).toBe(23 * HOUR);
    expect(localDayEnd(new Date(2025, 9, 26, 12).getTime()) - localDayStart(new Date(2025, 9, 26, 12).getTime())).toBe(25 * HOUR);
    expect(localDayKey(new Date(2025, 2, 30, 23, 30).getTime())).toBe('2025-03-30');
  });

  it('the checklist of the change day follows the local calendar', () => {
    const end = new Date(2025, 2, 29, 20, 0).getTime();
    const sunday = checklistForDay([s('a', end)], undefined, new Date(2025, 2, 30, 22, 0).getTime());
    expect(sunday.day).toBe('2025-03-30');
    // The 24 h makeup window ends Sunday 21:00 local: still on Sunday's list, gone on Monday's.
    expect(sunday.items.map((i) => i.id)).toContain('no-makeup');
    const monday = checklistForDay([s('a', end)], undefined, new Date(2025, 2, 31, 8, 0).getTime());
    expect(monday.items.map((i) => i.id)).not.toContain('no-makeup');
  });
});
