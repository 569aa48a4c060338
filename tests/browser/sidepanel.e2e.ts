// The side panel page in real Chromium (issue 4): compare, filter by concern, open a source,
// preselection from the panel focus and the URL, the aftercare context strip, accessibility and
// narrow/wide layouts. The panel is opened as a page: chrome-extension://<id>/sidepanel.html.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launchExtension, type Launched } from './harness';

let launched: Launched;

beforeAll(async () => {
  launched = await launchExtension();
});

afterAll(async () => {
  await launched?.close();
});

/** Opens the panel and fails the test on any uncaught error in the page. */
async function openPanel(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await launched.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`chrome-extension://${launched.extensionId}/sidepanel.html${query}`);
  await page.getByRole('table').waitFor();
  return { page, errors };
}

const columnHeaders = (page: Page): Promise<string[]> =>
  page.locator('table thead th[scope="col"]:not(.row-head)').evaluateAll((cells) => cells.map((c) => c.childNodes[0]?.textContent ?? ''));

/** The cell of `treatment` in the row labelled `row`, via the table's own header cells. */
async function cellText(page: Page, row: string, treatment: string): Promise<string> {
  return page.evaluate(
    ([rowLabel, column]) => {
      const table = document.querySelector('table')!;
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.childNodes[0]?.textContent ?? '');
      const index = headers.indexOf(column!);
      const tr = [...table.querySelectorAll('tbody tr')].find((r) => r.querySelector('th[scope="row"]')?.textContent === rowLabel);
      return tr?.children[index]?.textContent ?? `no cell ${rowLabel} / ${column}`;
    },
    [row, treatment],
  );
}


const setFocus = (value: unknown): Promise<void> =>
  // lib/panel-focus.ts defines the item as 'session:panelFocus': wxt storage keeps it in
  // chrome.storage.session under the key after the area prefix.
  launched.worker.evaluate(
    (focus) => (globalThis as unknown as { chrome: { storage: { session: { set(items: object): Promise<void> } } } }).chrome.storage.session.set({ panelFocus: focus }),
    value,
  );

describe('side panel', () => {
  it('compares microneedling with microdermabrasion, row by row, with table semantics', async () => {
    const { page, errors } = await openPanel();
    expect(await columnHeaders(page)).toEqual(['Microneedling', 'Microdermabrasion']);
    expect(await page.locator('tbody th[scope="row"]').count()).toBe(13);
    expect(await cellText(page, 'How deep it works', 'Microneedling')).toMatch(/into the dermis/);
    expect(await cellText(page, 'How deep it works', 'Microdermabrasion')).toMatch(/top layer only \(the epidermis\)/i);
    expect(await cellText(page, 'Sessions and spacing', 'Microneedling')).toMatch(/3–6 sessions, every 4–6 weeks/);
    expect(await cellText(page, 'Downtime', 'Microdermabrasion')).toMatch(/Minimal to none/);
    expect(await cellText(page, 'At-home use', 'Microdermabrasion')).toMatch(/Not stated by our sources/);
    expect(await page.locator('caption').textContent()).toMatch(/Microneedling and Microdermabrasion side by side/);

    // Swap microdermabrasion for Botox, then add a third: a fourth cannot be picked.
    await page.getByRole('checkbox', { name: 'Microdermabrasion' }).uncheck();
    await page.getByRole('checkbox', { name: 'Botox' }).check();
    expect(await columnHeaders(page)).toEqual(['Microneedling', 'Botox']);
    expect(await cellText(page, 'Pain', 'Botox')).toMatch(/Not stated by our sources/);
    await page.getByRole('checkbox', { name: 'RF microneedling' }).check();
    expect(await columnHeaders(page)).toEqual(['Microneedling', 'Botox', 'RF microneedling']);
    expect(await page.getByRole('checkbox', { name: 'At-home roller' }).isDisabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Microneedling', exact: true }).isDisabled()).toBe(false);
    // Chemical peel and laser: named as absent, no control, no column.
    expect(await page.getByText(/Not in our sources yet: Chemical peel, Laser resurfacing/).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /Chemical peel/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by acne scars: which treatments address them, which are not stated', async () => {
    const { page, errors } = await openPanel();
    await page.getByRole('combobox', { name: /Show which treatments address/ }).selectOption('acne-scars');
    const coverage = page.locator('.coverage');
    await coverage.waitFor();
    expect(await coverage.getByRole('heading', { name: 'Address acne scars' }).count()).toBe(1);
    const addressing = await coverage.locator('.concern-list').first().locator('li > strong').allTextContents();
    expect(addressing).toEqual(['Microneedling', 'Microneedling with PRP', 'RF microneedling']);
    expect(await coverage.locator('.not-stated-list').textContent()).toBe('At-home roller, Microdermabrasion, Botox');
    // The table gains a row for the concern.
    expect(await cellText(page, 'For acne scars?', 'Microneedling')).toMatch(/^Yes\./);
    expect(await cellText(page, 'For acne scars?', 'Microdermabrasion')).toMatch(/Not stated by our sources/);
    // "Compare these" puts the addressing treatments side by side.
    await coverage.getByRole('button', { name: 'Compare these' }).click();
    expect(await columnHeaders(page)).toEqual(['Microneedling', 'Microneedling with PRP', 'RF microneedling']);

    // Large pores: Botox is listed as not addressing them, with its source.
    await page.getByRole('combobox', { name: /Show which treatments address/ }).selectOption('large-pores');
    await coverage.getByRole('heading', { name: 'Do not address it' }).waitFor();
    expect(await coverage.locator('.concern-list').nth(1).locator('li > strong').allTextContents()).toEqual(['Botox']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens "what the sources say" on a cell, with both sides where sources differ', async () => {
    const { page, errors } = await openPanel();
    const toggle = page.getByRole('button', { name: /Sources.*results and how long they take, Microneedling/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const panelId = (await toggle.getAttribute('aria-controls'))!;
    expect(await page.locator(`[id="${panelId}"]`).isHidden()).toBe(true);

    // By keyboard: focus the button, press Enter.
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const notes = page.locator(`[id="${panelId}"]`);
    expect(await notes.isVisible()).toBe(true);
    const text = (await notes.textContent()) ?? '';
    expect(text).toMatch(/What the sources say/);
    expect(text).toMatch(/Sources differ/);
    expect(text).toMatch(/S0 A patient’s diary of five microneedling sessions/);
    expect(text).toMatch(/The other side: Two sources say some improvement can show right after the first session/);
    // The cautious side comes first.
    expect(text.indexOf('cautious')).toBeLessThan(text.indexOf('The other side'));

    // A single-source cell lists just that source; pressing again closes it.
    const depth = page.getByRole('button', { name: /Sources.*how deep it works, Microdermabrasion/ });
    await depth.click();
    const depthNotes = page.locator(`[id="${(await depth.getAttribute('aria-controls'))!}"]`);
    expect(await depthNotes.locator('li').allTextContents()).toEqual([expect.stringMatching(/^S2 How microneedling works/)]);
    await depth.click();
    expect(await depth.getAttribute('aria-expanded')).toBe('false');
    expect(await depthNotes.isHidden()).toBe(true);
    // Not-stated cells have nothing to open.
    expect(await page.getByRole('button', { name: /at-home use, Microdermabrasion/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('preselects from the panel focus a post’s "compare" button leaves, on load and while open', async () => {
    await setFocus({ treatment: 'botox', concern: 'fine-lines', at: Date.now() });
    const { page, errors } = await openPanel();
    await page.waitForFunction(() => document.querySelector('table thead th:nth-child(2)')?.childNodes[0]?.textContent === 'Botox');
    expect(await columnHeaders(page)).toEqual(['Botox', 'Microneedling']);
    expect(await page.getByRole('combobox', { name: /Show which treatments address/ }).inputValue()).toBe('fine-lines');

    // While open: a new request from another post re-selects.
    await setFocus({ treatment: 'microneedling-prp', at: Date.now() + 1 });
    await page.waitForFunction(() => document.querySelector('table thead th:nth-child(2)')?.childNodes[0]?.textContent === 'Microneedling with PRP');
    expect(await columnHeaders(page)).toEqual(['Microneedling with PRP', 'Microneedling']);

    // A treatment we have no source for: said plainly, the selection stays.
    await setFocus({ treatment: 'laser', at: Date.now() + 2 });
    await page.getByText('Laser resurfacing is not in our sources yet, so we show no facts about it.').waitFor();
    expect(await columnHeaders(page)).toEqual(['Microneedling with PRP', 'Microneedling']);

    // Hostile values are ignored.
    await setFocus({ treatment: '<img src=x onerror=alert(1)>', concern: { evil: true }, at: Date.now() + 3 });
    await page.waitForTimeout(300);
    expect(await columnHeaders(page)).toEqual(['Microneedling with PRP', 'Microneedling']);
    expect(errors).toEqual([]);
    await page.close();
    await setFocus(null);
  });

  it('ignores a stale focus on load, and takes ?treatment=…&concern=… from the URL', async () => {
    await setFocus({ treatment: 'botox', at: Date.now() - 60 * 60 * 1000 });
    const stale = await openPanel();
    await stale.page.waitForTimeout(300);
    expect(await columnHeaders(stale.page)).toEqual(['Microneedling', 'Microdermabrasion']);
    await stale.page.close();
    await setFocus(null);

    const { page, errors } = await openPanel('?treatment=at-home-roller&concern=blackheads');
    expect(await columnHeaders(page)).toEqual(['At-home roller', 'Microneedling']);
    expect(await page.getByRole('combobox', { name: /Show which treatments address/ }).inputValue()).toBe('blackheads');
    expect(await page.locator('thead .builds-on').first().textContent()).toBe('Builds on microneedling');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows "your context" when the journal has the user inside an aftercare window', async () => {
    const first = await openPanel();
    expect(await first.page.locator('.context-strip').count()).toBe(0);
    // A microneedling session that ended 30 hours ago, written straight into the journal's table.
    const wrote = await first.page.evaluate(async () => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('candid-skin');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (!database.objectStoreNames.contains('sessions')) return false;
      const now = Date.now();
      await new Promise<void>((resolve, reject) => {
        const tx = database.transaction('sessions', 'readwrite');
        tx.objectStore('sessions').put({
          id: 'panel-e2e-1', treatment: 'microneedling', endedAt: now - 30 * 3600 * 1000, setting: 'clinic',
          areas: ['cheeks'], applied: [], concerns: ['acne-scars'], notes: '', createdAt: now, updatedAt: now,
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
      return true;
    });
    expect(wrote, 'the journal has a sessions table').toBe(true);
    await first.page.close();

    const { page, errors } = await openPanel();
    const strip = page.getByRole('complementary', { name: 'Your context' });
    await strip.waitFor();
    const text = (await strip.textContent()) ?? '';
    expect(text).toMatch(/Day 2 after microneedling — /);
    expect(text).toMatch(/no acids or retinoids until/);
    expect(text).toMatch(/no direct sun until/);
    // The makeup window (24 h) is over by hour 30.
    expect(text).not.toMatch(/no makeup/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe-core issue, light and dark, with a disclosure open', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPanel('?concern=acne-scars');
      await page.emulateMedia({ colorScheme });
      await page.getByRole('button', { name: /Sources.*results and how long they take, Microneedling/ }).click();
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.close();
    }
  });

  it('reads well from 320 to 600 px: only the table scrolls sideways, its labels stay put', async () => {
    for (const width of [320, 420, 600]) {
      const { page } = await openPanel('?concern=acne-scars');
      await page.setViewportSize({ width, height: 800 });
      for (const picks of [2, 3]) {
        if (picks === 3) await page.getByRole('checkbox', { name: 'Botox' }).check();
        const layout = await page.evaluate(() => {
          const scroller = document.querySelector<HTMLElement>('.table-scroll')!;
          return {
            pageWidth: document.documentElement.scrollWidth,
            bodyWidth: document.body.scrollWidth,
            viewport: window.innerWidth,
            tableScrolls: scroller.scrollWidth > scroller.clientWidth,
            scrollerFits: scroller.getBoundingClientRect().right <= window.innerWidth,
          };
        });
        expect(layout.pageWidth, `${width}px, ${picks} picked`).toBeLessThanOrEqual(layout.viewport);
        expect(layout.bodyWidth, `${width}px, ${picks} picked`).toBeLessThanOrEqual(layout.viewport);
        expect(layout.scrollerFits).toBe(true);
        // Narrow panels scroll the table; at 600 px both two and three columns fit.
        expect(layout.tableScrolls, `${width}px, ${picks} picked`).toBe(width === 320 || (width === 420 && picks === 3));
      }
      if (width === 320) {
        // Scrolled sideways, the row labels stay at the left edge.
        const before = await page.locator('tbody th[scope="row"]').first().boundingBox();
        await page.locator('.table-scroll').evaluate((el) => el.scrollBy(200, 0));
        const after = await page.locator('tbody th[scope="row"]').first().boundingBox();
        expect(after?.x).toBe(before?.x);
      }
      await page.close();
    }
  });

  it('marks its first render for the benchmark (issue 5)', async () => {
    const { page } = await openPanel();
    await page.waitForFunction(() => performance.getEntriesByName('candid:first-render').length === 1);
    const mark = await page.evaluate(() => performance.getEntriesByName('candid:first-render')[0]!.startTime);
    expect(mark).toBeGreaterThan(0);
    await page.close();
  });
});
