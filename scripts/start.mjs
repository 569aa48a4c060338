// `npm start`: builds the demo build, serves the bundled demo feed on localhost and opens a browser
// with the extension loaded on it. With no display it runs headless, saves screenshots of the feed
// with its badges, the popup and the side panel, and prints a one-line summary.
/* global document, window -- used inside page.evaluate callbacks, which run in the page */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEMO_SITES, demoPages, startDemoServer } from './demo-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXT_DIR = path.join(ROOT, '.output', 'chrome-mv3-demo');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI && !process.argv.includes('--headless');

function findBrowser() {
  const candidates = [process.env.CHROME_PATH, 'chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'microsoft-edge'];
  for (const candidate of candidates.filter(Boolean)) {
    try {
      const resolved = candidate.includes('/') ? candidate : execFileSync('sh', ['-c', `command -v ${candidate}`]).toString().trim();
      if (!resolved || !fs.existsSync(resolved)) continue;
      const version = execFileSync(resolved, ['--version']).toString().trim();
      return { path: resolved, version };
    } catch {
      // not installed under that name
    }
  }
  return null;
}

/** Branded Google Chrome 137+ and Edge ignore --load-extension; Chromium does not. */
function ignoresLoadExtension(version) {
  const major = Number(/(\d+)\./.exec(version)?.[1] ?? 0);
  return /Google Chrome|Microsoft Edge/i.test(version) && major >= 137;
}

function printManualSteps(feedUrl) {
  console.log(`
This browser no longer loads extensions from the command line. Load the demo build by hand:
  1. Open chrome://extensions (edge://extensions in Edge).
  2. Turn on "Developer mode" (top right).
  3. Click "Load unpacked" and choose: ${EXT_DIR}
  4. Open the demo feed: ${feedUrl}/
The demo server keeps running until you press Ctrl+C.`);
}

/** Loads the extension through the DevTools protocol, the way Chrome 137+ still allows. */
async function launchWithCdp(browserPath, profile) {
  const { spawn } = await import('node:child_process');
  const args = [
    `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--enable-unsafe-extension-debugging',
    '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update',
    ...(headed ? [] : ['--headless=new', '--disable-gpu']), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  const child = spawn(browserPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const wsEndpoint = await new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('the browser did not open its DevTools port')), 20_000);
    child.stderr.on('data', (chunk) => {
      buffer += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  const browser = await chromium.connectOverCDP(wsEndpoint);
  const session = await browser.newBrowserCDPSession();
  await session.send('Extensions.loadUnpacked', { path: EXT_DIR });
  const context = browser.contexts()[0];
  return { context, close: async () => { await browser.close().catch(() => {}); child.kill(); } };
}

async function launch(found, profile) {
  if (ignoresLoadExtension(found.version) || process.env.CANDID_LOAD_VIA_CDP) return launchWithCdp(found.path, profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: found.path,
    headless: !headed,
    viewport: headed ? null : { width: 1280, height: 900 },
    // `npm start -- --dark` shows the demo (and its screenshots) in the dark colour scheme.
    colorScheme: process.argv.includes('--dark') ? 'dark' : 'light',
    args: [
      `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, '--no-first-run', '--disable-sync',
      '--disable-background-networking', '--disable-component-update', '--disable-quic',
      ...(headed ? [] : ['--disable-gpu']), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  return { context, close: () => context.close() };
}

async function extensionId(context) {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}

async function countMarks(page) {
  return page.evaluate(() => {
    const counts = { doubtful: 0, unsure: 0, 'no-red-flags': 0, none: 0 };
    for (const el of document.querySelectorAll('[data-candid]')) counts[el.getAttribute('data-candid')] += 1;
    return { ...counts, badges: document.querySelectorAll('candid-badge').length };
  });
}

async function headlessTour(context, id, feedUrl, outDir) {
  const summary = [];
  for (const site of DEMO_SITES) {
    for (const name of demoPages(site)) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${feedUrl}/${site}/${name}`);
      for (let y = 0; y < 8; y++) {
        await page.evaluate((v) => window.scrollTo(0, v), y * 800);
        await page.waitForTimeout(200);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(1500);
      const counts = await countMarks(page);
      const base = `${site}-${name.replace(/\.html$/, '')}`;
      await page.screenshot({ path: path.join(outDir, `${base}.png`), fullPage: false });
      const badge = page.locator('candid-badge').first();
      if (await badge.count()) {
        await badge.scrollIntoViewIfNeeded();
        await badge.locator('button.badge').click();
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(outDir, `${base}-card.png`) });
      }
      const posts = counts.doubtful + counts.unsure + counts['no-red-flags'] + counts.none;
      summary.push(`${site}/${name}: ${posts} posts, ${counts.doubtful} doubtful, ${counts.unsure} unsure, ${counts['no-red-flags']} no red flags`);
      await page.close();
    }
  }
  for (const [file, width, height] of [['popup.html', 400, 600], ['sidepanel.html', 420, 900]]) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`chrome-extension://${id}/${file}`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(outDir, file.replace('.html', '.png')) });
    await page.close();
  }
  return summary;
}

console.log('Building the demo build (the only build that also runs on localhost)…');
const build = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
const found = findBrowser();
if (!found) {
  console.log('No Chromium, Chrome or Edge found (set CHROME_PATH, or: apt-get install chromium).');
  printManualSteps(server.url);
  await new Promise(() => {});
}
console.log(`Using ${found.version} (${found.path})`);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'candid-demo-'));
let launched;
try {
  launched = await launch(found, profile);
} catch (error) {
  console.log(`Could not load the extension automatically: ${error.message}`);
  printManualSteps(server.url);
  await new Promise(() => {});
}
const id = await extensionId(launched.context);

if (headed) {
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  await page.goto(`${server.url}/`);
  console.log(`Demo feed open at ${server.url}/ — close the browser to stop.`);
  await new Promise((resolve) => launched.context.on('close', resolve));
} else {
  const outDir = path.join(ROOT, 'demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
  fs.mkdirSync(outDir, { recursive: true });
  const summary = await headlessTour(launched.context, id, server.url, outDir);
  await launched.close();
  console.log(`No display: ran headless. Screenshots in ${path.relative(ROOT, outDir)}/`);
  console.log(`Flagged — ${summary.join('; ')}`);
}
await server.close();
fs.rmSync(profile, { recursive: true, force: true });
