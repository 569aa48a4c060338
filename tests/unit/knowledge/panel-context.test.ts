import { describe, expect, it } from 'vitest';
import { contextFromStatus, contextLine, formatUntil } from '../../../components/compare/context';
import { aftercareNow } from '../../../utils/schedule/status';

const HOUR = 3600 * 1000;
// Tuesday 2025-03-04 10:00 local time.
const tuesday = new Date(2025, 2, 4, 10, 0).getTime();

describe('formatUntil', () => {
  it('says the time today, "tomorrow", the weekday within a week, the date beyond', () => {
    expect(formatUntil(new Date(2025, 2, 4, 18, 30).getTime(), tuesday, 'en-GB')).toBe('until 18:30');
    expect(formatUntil(new Date(2025, 2, 5, 9, 5).getTime(), tuesday, 'en-GB')).toBe('until tomorrow 09:05');
    expect(formatUntil(new Date(2025, 2, 6, 12, 0).getTime(), tuesday, 'en-GB')).toBe('until Thursday');
    expect(formatUntil(new Date(2025, 2, 20, 12, 0).getTime(), tuesday, 'en-GB')).toBe('until 20 March');
  });
});

describe('contextLine', () => {
  it('reads like "day 2 after microneedling — no acids until Thursday", soonest end first', () => {
    const line = contextLine(
      {
        treatment: 'microneedling',
        day: 2,
        restrictions: [
          { label: 'no direct sun', endsAt: new Date(2025, 2, 9, 20, 0).getTime() },
          { label: 'no acids or retinoids', endsAt: new Date(2025, 2, 6, 20, 0).getTime() },
          { label: 'no makeup', endsAt: tuesday - HOUR },
        ],
      },
      tuesday,
      'en-GB',
    );
    expect(line).toBe('Day 2 after microneedling — no acids or retinoids until Thursday; no direct sun until Sunday.');
  });

  it('keeps names that are not common nouns as they are', () => {
    expect(contextLine({ treatment: 'microneedling-rf', day: 1, restrictions: [] }, tuesday)).toBe('Day 1 after RF microneedling — nothing is restricted any more.');
    expect(contextLine({ treatment: 'microneedling-prp', day: 3, restrictions: [] }, tuesday)).toMatch(/^Day 3 after microneedling with PRP/);
  });
});

describe('contextFromStatus (from the journal’s schedule)', () => {
  const session = { id: 's1', treatment: 'microneedling' as const, endedAt: tuesday - 30 * HOUR };

  it('gives day 2 and the restrictions still running, 30 hours after a session', () => {
    const context = contextFromStatus(aftercareNow([session], undefined, tuesday));
    expect(context?.treatment).toBe('microneedling');
    expect(context?.day).toBe(2);
    const labels = context?.restrictions.map((r) => r.label) ?? [];
    expect(labels).toContain('no acids or retinoids');
    expect(labels).toContain('no direct sun');
    expect(labels).not.toContain('no makeup');
    for (const r of context?.restrictions ?? []) expect(r.endsAt).toBeGreaterThan(tuesday);
  });

  it('is null with no session, and once the aftercare is over', () => {
    expect(contextFromStatus(aftercareNow([], undefined, tuesday))).toBeNull();
    expect(contextFromStatus(aftercareNow([{ ...session, endedAt: tuesday - 60 * 24 * HOUR }], undefined, tuesday))).toBeNull();
  });

  it('is null for a treatment without aftercare rules (Botox)', () => {
    expect(contextFromStatus(aftercareNow([{ ...session, treatment: 'botox' }], undefined, tuesday))).toBeNull();
  });
});
