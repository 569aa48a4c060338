// Shared set-up for browser tests: the built extension in Debian's Chromium via playwright-core,
// with the real host names served from our own fixtures (Playwright routes; no network here).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = path.join(ROOT, process.env.CANDID_OUT_DIR ?? '.output', 'chrome-mv3');

export function chromePath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const candidate of ['chromium', 'chromium-browser']) {
    try {
      return execSync(`command -v ${candidate}`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('No Chromium found: apt-get install -y chromium, or set CHROME_PATH');
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  close(): Promise<void>;
}

/** A request handler for one host; return undefined to abort the request (no network here). */
export type Responder = (url: URL, route: Route) => Promise<void> | void | undefined;

export async function launchExtension(options: { extDir?: string; profileDir?: string; hosts?: Record<string, Responder> } = {}): Promise<Launched> {
  const extDir = options.extDir ?? CHROME_BUILD;
  if (!fs.existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`No build at ${extDir}: run \`npm run build\` first`);
  }
  const profileDir = options.profileDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'candid-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromePath(),
    headless: true,
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  const hosts = options.hosts ?? {};
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    const responder = hosts[url.host];
    if (responder) {
      await responder(url, route);
      return;
    }
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    profileDir,
    async close() {
      await context.close();
      if (!options.profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Serves an HTML string as a document on the route. */
export function html(body: string): Responder {
  return (_url, route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
}

export async function openExtensionPage(launched: Launched, page: string): Promise<Page> {
  const tab = await launched.context.newPage();
  await tab.goto(`chrome-extension://${launched.extensionId}/${page}`);
  return tab;
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: number }[]> {
  const source = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated, not injected as a <script>: extension pages' CSP refuses inline scripts.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}

type StorageArea = 'local' | 'session';
interface ChromeStorageGlobal {
  chrome: { storage: Record<StorageArea, { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> }> };
}

/** Reads one key of the extension's storage, from inside its service worker. */
export function readExtensionStorage(launched: Launched, area: StorageArea, key: string): Promise<unknown> {
  return launched.worker.evaluate(
    async ([where, name]) => (await (globalThis as unknown as ChromeStorageGlobal).chrome.storage[where].get(name))[name],
    [area, key] as const,
  );
}

/** Writes keys of the extension's storage, from inside its service worker. */
export function writeExtensionStorage(launched: Launched, area: StorageArea, items: Record<string, unknown>): Promise<void> {
  return launched.worker.evaluate(
    ([where, values]) => (globalThis as unknown as ChromeStorageGlobal).chrome.storage[where].set(values),
    [area, items] as const,
  );
}
