import { describe, expect, it } from 'vitest';
import { aftercareEndsAt, mergedRestrictions, sessionMilestones, sessionRestrictions, windowsFor, type ScheduleSession } from '../../../utils/schedule/aftercare';
import { AFTERCARE_RULES, CHECKLIST_ITEMS, CONTRAINDICATIONS, DEFAULT_WINDOWS, WARNING_SIGNS } from '../../../utils/knowledge/aftercare';
import { SOURCE_IDS } from '../../../utils/knowledge/sources';
import { DAY, HOUR } from '../../../utils/schedule/time';

const T0 = Date.UTC(2025, 5, 10, 12, 0);
const session = (over: Partial<ScheduleSession> = {}): ScheduleSession => ({ id: 's1', treatment: 'microneedling', endedAt: T0, ...over });

describe('aftercare knowledge', () => {
  it('cites only known sources, and every rule, item, sign and contraindication has one', () => {
    const all = [...AFTERCARE_RULES, ...CHECKLIST_ITEMS, ...WARNING_SIGNS, ...CONTRAINDICATIONS];
    for (const entry of all) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const id of entry.sources) expect(SOURCE_IDS).toContain(id);
    }
  });

  it('takes the conservative end of each range as the default', () => {
    for (const rule of AFTERCARE_RULES) expect(rule.defaultHours).toBe(Math.max(...rule.rangeHours));
    expect(DEFAULT_WINDOWS).toEqual({ 'no-makeup': 24, 'no-actives': 72, 'no-sun': 168, 'no-swimming': 168 });
  });
});

describe('sessionRestrictions', () => {
  it('counts each window in absolute hours from the end of the session', () => {
    const spans = sessionRestrictions(session());
    expect(spans.map((s) => [s.rule, (s.endsAt - T0) / HOUR, s.isDefault])).toEqual([
      ['no-makeup', 24, true],
      ['no-actives', 72, true],
      ['no-sun', 168, true],
      ['no-swimming', 168, true],
    ]);
    expect(spans.every((s) => s.startsAt === T0)).toBe(true);
  });

  it("uses the session's own windows over the user's default over the sources'", () => {
    expect(windowsFor({ windows: { 'no-actives': 96 } }, { 'no-actives': 48, 'no-sun': 240 })).toEqual({ ...DEFAULT_WINDOWS, 'no-actives': 96, 'no-sun': 240 });
    const spans = sessionRestrictions(session({ windows: { 'no-makeup': 12 } }), { 'no-sun': 240 });
    const byRule = Object.fromEntries(spans.map((s) => [s.rule, s]));
    expect(byRule['no-makeup']!.hours).toBe(12);
    expect(byRule['no-makeup']!.isDefault).toBe(false);
    expect(byRule['no-sun']!.endsAt).toBe(T0 + 240 * HOUR);
    expect(byRule['no-actives']!.isDefault).toBe(true);
  });

  it('has no aftercare for treatments our sources give no rules for', () => {
    expect(sessionRestrictions(session({ treatment: 'botox' }))).toEqual([]);
    expect(sessionMilestones(session({ treatment: 'microdermabrasion' }))).toEqual([]);
    expect(aftercareEndsAt(session({ treatment: 'botox' }))).toBe(T0);
  });

  it('lasts 14 days, or longer when a practitioner sets a longer window', () => {
    expect(aftercareEndsAt(session())).toBe(T0 + 14 * DAY);
    expect(aftercareEndsAt(session({ windows: { 'no-sun': 21 * 24 } }))).toBe(T0 + 21 * DAY);
  });
});

describe('mergedRestrictions: two sessions close together', () => {
  it('joins overlapping windows of one rule into one span ending at the later end', () => {
    const a = session({ id: 'a', endedAt: T0 });
    const b = session({ id: 'b', endedAt: T0 + 2 * DAY });
    const spans = mergedRestrictions([b, a]);
    const sun = spans.filter((s) => s.rule === 'no-sun');
    expect(sun).toHaveLength(1);
    expect(sun[0]).toMatchObject({ startsAt: T0, endsAt: T0 + 9 * DAY, sessionId: 'b' });
    // Makeup: a's 24 h ended before b started: two separate spans.
    expect(spans.filter((s) => s.rule === 'no-makeup').map((s) => s.sessionId)).toEqual(['a', 'b']);
  });

  it("keeps the earlier session's end when its practitioner window outlasts the later one", () => {
    const a = session({ id: 'a', endedAt: T0, windows: { 'no-sun': 20 * 24 } });
    const b = session({ id: 'b', endedAt: T0 + DAY });
    const sun = mergedRestrictions([a, b]).filter((s) => s.rule === 'no-sun');
    expect(sun).toEqual([expect.objectContaining({ sessionId: 'a', endsAt: T0 + 20 * DAY })]);
  });

  it('is sorted by end time', () => {
    const spans = mergedRestrictions([session({ id: 'x' })]);
    expect(spans.map((s) => s.endsAt)).toEqual([...spans.map((s) => s.endsAt)].sort((p, q) => p - q));
  });
});
