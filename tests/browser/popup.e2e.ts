// The popup in real Chromium (issue 3): log a session, see the countdown and checklist, tick items,
// reload and find them kept, export, delete all, import and get the same journal back; bad input
// refused in the form; accessibility. The popup is opened as a page: chrome-extension://<id>/popup.html.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fs from 'node:fs';
import { axeViolations, launchExtension, type Launched } from './harness';

let launched: Launched;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  launched = await launchExtension();
  page = await launched.context.newPage();
  await page.setViewportSize({ width: 380, height: 700 });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  await page.getByRole('heading', { name: 'Your treatment journal' }).waitFor();
});

afterAll(async () => {
  await launched?.close();
});


const tab = (name: string) => page.getByRole('tab', { name });
const localInput = (ms: number): string => {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
/** The extension's `chrome` global inside the service worker (this project has no @types/chrome). */
type WorkerChrome = { action: { getBadgeText(details: object): Promise<string> } };
const badge = (): Promise<string> => launched.worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({}));
const sessionCount = (): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('candid-skin');
        open.onsuccess = () => {
          const request = open.result.transaction('sessions').objectStore('sessions').count();
          request.onsuccess = () => { resolve(request.result); open.result.close(); };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
const downloadExport = async (): Promise<Record<string, unknown>> => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export journal' }).click()]);
  const file = await download.path();
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
};

describe('popup journal', () => {
  it('opens with no serious accessibility issue, light and dark', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('refuses bad input in the form with clear messages and stores nothing', async () => {
    await tab('Log').click();
    await page.getByLabel('Ended at').fill('1999-05-01T10:00');
    await page.getByLabel('Needle depth (mm)').fill('5');
    await page.getByLabel('Notes').fill('x'.repeat(10 * 1024));
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/Nothing was saved: 3 fields need a fix/);
    expect(await page.locator('#log-endedAtLocal-error').textContent()).toMatch(/before 2000/);
    expect(await page.locator('#log-depthMm-error').textContent()).toMatch(/over 3 mm/);
    expect(await page.locator('#log-notes-error').textContent()).toMatch(/at most 2000 characters/);
    // Focus goes to the first field to fix.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('log-endedAtLocal');
    expect(await page.getByLabel('Needle depth (mm)').getAttribute('aria-invalid')).toBe('true');
    expect(await sessionCount()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logs a session through the popup (a double click stores it once) and shows the countdown', async () => {
    const ended = Date.now() - 2 * 3600_000;
    await page.getByLabel('Ended at').fill(localInput(ended));
    await page.getByLabel('Needle depth (mm)').fill('0.5');
    await page.getByLabel('Notes').fill('First session 😊 <b>not bold</b>');
    // At home with 0.5 mm: a warning, not a block.
    await page.getByLabel('At home').check();
    await expect.poll(() => page.locator('.warning').first().textContent()).toMatch(/0\.25 mm/);
    await page.getByLabel('At a clinic').check();
    // The safety check is open before the first session; a ticked item warns and does not block.
    await page.getByLabel('Active acne or a breakout in the area').check();
    await expect.poll(() => page.getByText('Talk to your practitioner before this session.').count()).toBe(1);
    await page.getByRole('button', { name: 'Save session' }).dblclick();
    await page.getByRole('heading', { name: 'Aftercare' }).waitFor();
    expect(await page.locator('.message').textContent()).toBe('Session saved.');
    expect(await sessionCount()).toBe(1);
    const summary = await page.locator('.countdown-summary').textContent();
    expect(summary).toMatch(/^No makeup — 2[12] h left$/);
    expect(await page.getByText('Day 1 after microneedling').count()).toBe(1);
    const items = await page.locator('.checklist label').allTextContents();
    expect(items).toHaveLength(7);
    expect(items[0]).toMatch(/sunscreen/);
    await expect.poll(badge).toBe('D1');
  });

  it('ticks checklist items and finds them kept after a reload', async () => {
    await page.getByLabel(/Broad-spectrum, high-SPF sunscreen/).check();
    await page.getByLabel('Moisturise often').check();
    expect(await page.locator('.checklist [role="status"]').textContent()).toBe('5 of 7 left today.');
    await page.reload();
    await page.getByRole('heading', { name: 'Aftercare' }).waitFor();
    expect(await page.getByLabel(/Broad-spectrum, high-SPF sunscreen/).isChecked()).toBe(true);
    expect(await page.getByLabel('Moisturise often').isChecked()).toBe(true);
    expect(await page.getByLabel('No swimming').isChecked()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the warning signs one tap away', async () => {
    const toggle = page.getByRole('button', { name: 'Warning signs' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#warning-signs').textContent()).toMatch(/Bruising.*Peeling.*infection.*Severe bleeding/s);
    await toggle.click();
  });

  it('lists the session in the history, notes as text', async () => {
    await tab('History').click();
    await page.getByRole('heading', { name: 'History (1 session)' }).waitFor();
    expect(await page.locator('.notes').textContent()).toBe('First session 😊 <b>not bold</b>');
    expect(await page.locator('.notes b').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  let exported: Record<string, unknown>;
  it('exports, deletes everything, imports and gets the same journal back', async () => {
    await tab('Settings').click();
    expect(await axeViolations(page)).toEqual([]);
    exported = await downloadExport();
    expect(exported).toMatchObject({ format: 'candid-skin-journal', version: 1 });
    expect((exported.sessions as unknown[]).length).toBe(1);
    expect((exported.ticks as unknown[]).length).toBe(2);

    await page.getByRole('button', { name: 'Delete the whole journal' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => page.locator('.data [role="status"]').textContent()).toBe('Everything was deleted.');
    expect(await sessionCount()).toBe(0);
    await expect.poll(badge).toBe('');

    // A malformed file is refused with a clear message and changes nothing.
    await page.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"candid-skin-journal","vers') });
    await expect.poll(() => page.locator('.data [role="status"]').textContent()).toMatch(/^Nothing was imported: .*cut off/);
    await page.locator('input[type="file"]').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, version: 9 })) });
    await expect.poll(() => page.locator('.data [role="status"]').textContent()).toMatch(/newer version of Candid Skin/);
    expect(await sessionCount()).toBe(0);

    await page.locator('input[type="file"]').setInputFiles({ name: 'journal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect.poll(() => page.locator('.data [role="status"]').textContent()).toBe('Imported 1 session.');
    const again = await downloadExport();
    expect({ ...again, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
    await expect.poll(badge).toBe('D1');
  });

  it('after the import, today shows the same countdown and the kept ticks', async () => {
    await tab('Today').click();
    await page.getByRole('heading', { name: 'Aftercare' }).waitFor();
    expect(await page.locator('.countdown-summary').textContent()).toMatch(/^No makeup — 2[12] h left$/);
    expect(await page.getByLabel('Moisturise often').isChecked()).toBe(true);
  });

  it('plans a course and shows "session 1 of 5"', async () => {
    await page.getByRole('button', { name: 'Plan a course' }).click();
    await page.getByLabel('Concern').selectOption('acne-scars');
    await page.getByRole('button', { name: 'Save course' }).click();
    await page.getByRole('heading', { name: 'Course: Acne scars' }).waitFor();
    expect(await page.locator('.course-progress').textContent()).toBe('No session yet (5 planned)');
    // The session logged before the course is not part of it; a new one is.
    await tab('Log').click();
    expect(await page.getByLabel(/Part of my course/).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByRole('heading', { name: 'Course: Acne scars' }).waitFor();
    expect(await page.locator('.course-progress').textContent()).toBe('Session 1 of 5');
    expect(await page.locator('.course').textContent()).toMatch(/Session 2 is due between/);
  });

  it('edits a session from the history and deletes one', async () => {
    await tab('History').click();
    await page.getByRole('heading', { name: 'History (2 sessions)' }).waitFor();
    await page.getByRole('button', { name: /^Edit / }).first().click();
    await page.getByRole('heading', { name: 'Edit session' }).waitFor();
    await page.getByLabel('Notes').fill('Edited note');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'History (2 sessions)' }).waitFor();
    expect(await page.locator('.notes').allTextContents()).toContain('Edited note');
    expect(await sessionCount()).toBe(2);
    await page.getByRole('button', { name: /^Edit / }).first().click();
    await page.getByRole('button', { name: 'Delete session' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByRole('heading', { name: 'History (1 session)' }).waitFor();
    expect(await sessionCount()).toBe(1);
  });

  it('keyboard: arrow keys move between tabs', async () => {
    await tab('Today').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Log');
    expect(await tab('Log').getAttribute('aria-selected')).toBe('true');
  });

  it('raised no page error', () => {
    expect(errors).toEqual([]);
  });
});
