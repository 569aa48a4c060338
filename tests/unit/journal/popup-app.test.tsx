// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import { db } from '../../../lib/db';
import { addSession } from '../../../lib/journal/store';
import type { SessionRecord } from '../../../utils/journal/types';
import { freshRootEachTest } from '../fresh-root';

let root: HTMLElement;
freshRootEachTest((element) => (root = element));
beforeEach(() => db().sessions.clear());
afterEach(() => db().sessions.clear());

const tab = (name: string): HTMLButtonElement => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((b) => b.textContent === name)!;
const heading = (): string | undefined => root.querySelector('[role="tabpanel"] h2')?.textContent ?? undefined;
async function click(element: Element): Promise<void> {
  await act(async () => {
    (element as HTMLElement).click();
  });
}

describe('PopupApp', () => {
  it('leaving the Log tab through the tab bar drops the edit: the next visit logs a new session', async () => {
    const now = Date.now();
    const session: SessionRecord = { id: 'old', treatment: 'microneedling', endedAt: now - 3600_000, setting: 'clinic', areas: [], applied: [], concerns: [], notes: '', createdAt: now, updatedAt: now };
    await addSession(session, now);
    await act(async () => {
      render(<PopupApp />, root);
    });
    await vi.waitFor(() => expect(root.querySelector('.countdown')).not.toBeNull());
    await click(tab('History'));
    await vi.waitFor(() => expect(root.querySelector('button[aria-label^="Edit"]')).not.toBeNull());
    await click(root.querySelector('button[aria-label^="Edit"]')!);
    expect(heading()).toBe('Edit session');
    await click(tab('Today'));
    await click(tab('Log'));
    expect(heading()).toBe('Log a session');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('Save session');
  });
});
