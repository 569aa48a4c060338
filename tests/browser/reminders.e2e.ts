// Reminders across a browser restart on the same profile (issues 3 and 5): the pending ones are
// rescheduled, one that came due while the browser was closed is shown once, and a further
// restart neither shows it again nor doubles any alarm.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchExtension, type Launched } from './harness';

const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'candid-reminders-'));
let launched: Launched | null = null;

afterAll(async () => {
  await launched?.close();
  fs.rmSync(profileDir, { recursive: true, force: true });
});

/** The extension's `chrome` global, in its pages and service worker (no @types/chrome in this project). */
declare const chrome: {
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  action: { getBadgeText(details: object): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};
const alarms = (): Promise<{ name: string; scheduledTime: number }[]> => launched!.worker.evaluate(() => chrome.alarms.getAll());
const notifications = (): Promise<string[]> => launched!.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

/** A fresh browser on the same profile, like a restart (closing the previous one if a test failed). */
async function relaunch(): Promise<Launched> {
  await launched?.close();
  const next = await launchExtension({ profileDir });
  launched = next;
  return next;
}

/** Asks the background to re-plan and waits for it: any start-up sync has finished by then. */
async function syncNow(): Promise<{ shown: string[]; alarms: string[]; badge: string }> {
  const page = await launched!.context.newPage();
  await page.goto(`chrome-extension://${launched!.extensionId}/popup.html`);
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ candid: 1, type: 'journal:changed', payload: {} }));
  await page.close();
  expect(reply).toMatchObject({ ok: true });
  return (reply as { value: { shown: string[]; alarms: string[]; badge: string } }).value;
}

const SESSION_ID = 'restart-test';
const DUE_IN_MS = 12_000;
const HOUR = 3600_000;
let endedAt = 0;

describe('reminders after a browser restart', () => {
  it('a logged session schedules its reminders as alarms', async () => {
    await relaunch();
    const page = await launched!.context.newPage();
    await page.goto(`chrome-extension://${launched!.extensionId}/popup.html`);
    await page.getByRole('tab', { name: 'Settings' }).click();
    endedAt = Date.now() - 24 * HOUR + DUE_IN_MS; // makeup allowed again in 12 s
    const file = {
      format: 'candid-skin-journal', version: 1, exportedAt: new Date().toISOString(),
      sessions: [{ id: SESSION_ID, treatment: 'microneedling', endedAt, setting: 'clinic', areas: [], applied: [], concerns: [], notes: '', createdAt: endedAt, updatedAt: endedAt }],
      courses: [], ticks: [], prefs: {},
    };
    await page.locator('input[type="file"]').setInputFiles({ name: 'journal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.locator('.data [role="status"]').textContent()).toBe('Imported 1 session.');
    await expect.poll(async () => (await alarms()).map((a) => a.name).sort()).toEqual([
      'candid-badge',
      `candid-reminder:end:${SESSION_ID}:no-actives`,
      `candid-reminder:end:${SESSION_ID}:no-makeup`,
      `candid-reminder:end:${SESSION_ID}:no-sun+no-swimming`,
    ]);
    const makeup = (await alarms()).find((a) => a.name.endsWith(':no-makeup'))!;
    expect(makeup.scheduledTime).toBe(endedAt + 24 * HOUR);
    expect(await notifications()).toEqual([]);
    await launched!.close();
    launched = null;
  });

  it('after a restart past its time, the missed reminder is shown once and the pending ones are rescheduled', async () => {
    const wait = endedAt + 24 * HOUR + 1500 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await relaunch();
    const report = await syncNow();
    await expect.poll(notifications).toEqual([`candid-reminder:end:${SESSION_ID}:no-makeup`]);
    // Shown by the start-up sync, so the sync asked for afterwards had nothing left to show.
    expect(report.shown).toEqual([]);
    expect(report.badge).toBe('D2');
    expect((await alarms()).map((a) => a.name).sort()).toEqual([
      'candid-badge',
      `candid-reminder:end:${SESSION_ID}:no-actives`,
      `candid-reminder:end:${SESSION_ID}:no-sun+no-swimming`,
    ]);
    expect(await launched!.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('D2');
    await launched!.worker.evaluate((id) => chrome.notifications.clear(id), `candid-reminder:end:${SESSION_ID}:no-makeup`);
    await launched!.close();
    launched = null;
  });

  it('another restart shows nothing again and doubles no alarm', async () => {
    await relaunch();
    const report = await syncNow();
    expect(report.shown).toEqual([]);
    expect(await notifications()).toEqual([]);
    const names = (await alarms()).map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(['candid-badge', `candid-reminder:end:${SESSION_ID}:no-actives`, `candid-reminder:end:${SESSION_ID}:no-sun+no-swimming`]);
  });
});
