// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Countdown } from '../../../components/journal/Countdown';
import { aftercareNow } from '../../../utils/schedule/status';
import type { ScheduleSession } from '../../../utils/schedule/aftercare';
import { DAY, HOUR } from '../../../utils/schedule/time';
import { freshRootEachTest } from '../fresh-root';

let root: HTMLElement;
freshRootEachTest((element) => (root = element));

const END = Date.UTC(2025, 5, 1, 12, 0);
const session: ScheduleSession = { id: 'a', treatment: 'microneedling', endedAt: END };
function show(now: number): void {
  act(() => {
    render(<Countdown status={aftercareNow([session], undefined, now)} now={now} />, root);
  });
}

describe('Countdown', () => {
  it('says to moisturise often only while the aftercare days run (the first 2 weeks); sunscreen always', () => {
    show(END + 10 * DAY); // day 11: no restriction left, still in aftercare
    expect(root.textContent).toContain('Keep up the daily sunscreen and moisturise often.');
    show(END + 40 * DAY); // aftercare over
    expect(root.textContent).toContain('Keep up the daily sunscreen.');
    expect(root.textContent).not.toMatch(/moisturise/i);
  });

  it('does not make the ticking countdown a live region (it would be re-announced every minute)', () => {
    show(END + HOUR);
    const summary = root.querySelector('.countdown-summary')!;
    expect(summary.textContent).toMatch(/^No makeup — 23 h left$/);
    expect(summary.getAttribute('role')).toBeNull();
    expect(root.querySelector('[role="status"], [aria-live]')).toBeNull();
  });
});
