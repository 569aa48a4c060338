import { describe, expect, it } from 'vitest';
import { draftFromSession, draftWarnings, emptyDraft, parseLocalDateTime, parseSessionDraft, toLocalDateTime, type SessionDraft } from '../../../utils/journal/session-input';
import { sessionProblem } from '../../../utils/journal/records';
import type { SessionRecord } from '../../../utils/journal/types';

const NOW = new Date(2025, 5, 10, 12, 0).getTime();
const draft = (over: Partial<SessionDraft> = {}): SessionDraft => ({ ...emptyDraft(NOW), ...over });
const errorsOf = (over: Partial<SessionDraft>) => {
  const result = parseSessionDraft(draft(over), NOW);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('parseSessionDraft', () => {
  it('accepts the defaults: microneedling, ended now, at a clinic', () => {
    const result = parseSessionDraft(draft(), NOW);
    expect(result).toEqual({ ok: true, value: { treatment: 'microneedling', endedAt: NOW, setting: 'clinic', areas: [], applied: [], concerns: [], notes: '' } });
  });

  it('keeps every optional field it is given', () => {
    const result = parseSessionDraft(draft({ device: 'pen', depthMm: '0,5', areas: ['cheeks'], applied: ['prp'], concerns: ['acne-scars'], discomfort: '3', notes: 'fine', windows: { 'no-actives': '96' } }), NOW);
    expect(result.ok && result.value).toMatchObject({ device: 'pen', depthMm: 0.5, areas: ['cheeks'], applied: ['prp'], concerns: ['acne-scars'], discomfort: 3, notes: 'fine', windows: { 'no-actives': 96 } });
  });

  it('refuses a date before 2000', () => {
    expect(errorsOf({ endedAtLocal: '1999-12-31T23:59' }).endedAtLocal).toMatch(/before 2000/);
  });

  it('refuses a date more than a year ahead, but accepts a session logged ahead within the year', () => {
    expect(errorsOf({ endedAtLocal: '2026-06-11T12:00' }).endedAtLocal).toMatch(/more than a year ahead/);
    expect(parseSessionDraft(draft({ endedAtLocal: '2025-07-01T10:00' }), NOW).ok).toBe(true);
  });

  it('refuses a missing, garbled or impossible date', () => {
    for (const value of ['', 'yesterday', '2025-02-31T10:00', '2025-13-01T10:00']) expect(errorsOf({ endedAtLocal: value }).endedAtLocal, value).toMatch(/date and time/);
  });

  it('refuses negative, zero, absurd and non-numeric needle depths', () => {
    expect(errorsOf({ depthMm: '-0.5' }).depthMm).toMatch(/more than 0/);
    expect(errorsOf({ depthMm: '0' }).depthMm).toMatch(/more than 0/);
    expect(errorsOf({ depthMm: '3.5' }).depthMm).toMatch(/over 3 mm/);
    expect(errorsOf({ depthMm: '25' }).depthMm).toMatch(/over 3 mm/);
    expect(errorsOf({ depthMm: 'deep' }).depthMm).toMatch(/number of millimetres/);
    expect(errorsOf({ depthMm: '1e3' }).depthMm).toMatch(/number of millimetres/);
  });

  it('refuses 10 KB of notes with the count, and accepts emoji counted as people count them', () => {
    expect(errorsOf({ notes: 'x'.repeat(10 * 1024) }).notes).toMatch(/at most 2000 characters; these have 10240/);
    const emoji = '😊'.repeat(2000); // 4000 UTF-16 units, 2000 characters
    const result = parseSessionDraft(draft({ notes: emoji }), NOW);
    expect(result.ok && result.value.notes).toBe(emoji);
    expect(errorsOf({ notes: emoji + '😊' }).notes).toMatch(/these have 2001/);
  });

  it('refuses values that are not in the lists, and repeated ones', () => {
    expect(errorsOf({ treatment: 'facelift' }).treatment).toBeTruthy();
    expect(errorsOf({ setting: 'salon' }).setting).toBeTruthy();
    expect(errorsOf({ device: 'laser' }).device).toBeTruthy();
    expect(errorsOf({ areas: ['cheeks', 'cheeks'] }).areas).toBeTruthy();
    expect(errorsOf({ concerns: ['__proto__'] }).concerns).toBeTruthy();
    expect(errorsOf({ discomfort: '11' }).discomfort).toBeTruthy();
    expect(errorsOf({ discomfort: '2.5' }).discomfort).toBeTruthy();
  });

  it("refuses practitioner's windows under an hour or over 60 days", () => {
    const errors = errorsOf({ windows: { 'no-sun': '0', 'no-makeup': '2000' } });
    expect(Object.keys(errors).sort()).toEqual(['window-no-makeup', 'window-no-sun']);
  });

  it('reports every bad field at once', () => {
    expect(Object.keys(errorsOf({ endedAtLocal: '1990-01-01T00:00', depthMm: '-1', notes: 'y'.repeat(3000) })).sort()).toEqual(['depthMm', 'endedAtLocal', 'notes']);
  });

  it('produces records that pass the stored-record check, with hostile text kept as text', () => {
    const result = parseSessionDraft(draft({ notes: '<img src=x onerror=alert(1)> 🧴' }), NOW);
    if (!result.ok) throw new Error('expected ok');
    const record: SessionRecord = { ...result.value, id: 'abc', createdAt: NOW, updatedAt: NOW };
    expect(sessionProblem(record, NOW)).toBeNull();
    expect(record.notes).toBe('<img src=x onerror=alert(1)> 🧴');
  });

  it('round-trips a stored session through the edit form', () => {
    const record: SessionRecord = { id: 'r1', treatment: 'microneedling-prp', endedAt: new Date(2025, 5, 1, 9, 30).getTime(), setting: 'home', device: 'roller', depthMm: 0.25, areas: ['neck'], applied: [], concerns: ['fine-lines'], discomfort: 0, notes: 'n', windows: { 'no-sun': 240 }, createdAt: NOW, updatedAt: NOW };
    const back = parseSessionDraft(draftFromSession(record), NOW);
    expect(back.ok && { ...back.value, id: record.id, createdAt: NOW, updatedAt: NOW }).toEqual(record);
  });
});

describe('local date and time', () => {
  it('parses and formats datetime-local values in local time', () => {
    const ms = parseLocalDateTime('2025-06-10T12:00')!;
    expect(ms).toBe(NOW);
    expect(toLocalDateTime(ms)).toBe('2025-06-10T12:00');
  });
});

describe('draftWarnings', () => {
  it('warns at home unless needles are under 0.25 mm, never at a clinic', () => {
    expect(draftWarnings({ setting: 'home', depthMm: '0.5' })).toHaveLength(1);
    expect(draftWarnings({ setting: 'home', depthMm: '0.25' })).toHaveLength(1);
    expect(draftWarnings({ setting: 'home', depthMm: '0,25' })[0]).toMatch(/under 0\.25 mm/);
    expect(draftWarnings({ setting: 'home', depthMm: '0.2' })).toEqual([]);
    expect(draftWarnings({ setting: 'clinic', depthMm: '1.5' })).toEqual([]);
  });
});
