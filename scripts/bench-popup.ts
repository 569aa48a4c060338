// `npx tsx scripts/bench-popup.ts [--runs 10] [--sizes 1000,10000]`: the popup's first render with a
// large journal (issues 3 and 5: target 150 ms with 1,000 sessions; 10,000 reported too). The
// production build in real Chromium, the popup opened as a page, the journal filled through the
// popup's own import; then the page is reloaded and the time from navigation start to the first
// render with the journal's data (the `candid:popup-first-render` mark) is read each time.
// Prints a table and writes bench-reports/popup.md. A benchmark: it measures, it does not fail.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_BUILD, launchExtension, ROOT } from '../tests/browser/harness';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '10' }, sizes: { type: 'string', default: '1000,10000' } } });
const RUNS = Number(args.runs);
const SIZES = args.sizes.split(',').map(Number).filter((n) => n > 0);
const TARGET_MS = 150;
const MARK = 'candid:popup-first-render';
const DAY = 86_400_000;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** A journal export of `count` sessions spread over the past years, the latest in aftercare. */
function journalFile(count: number, now: number): string {
  const sessions = Array.from({ length: count }, (_, i) => {
    const endedAt = now - 2 * 3600_000 - i * (DAY / 3);
    return {
      id: `bench-${i}`, treatment: 'microneedling', endedAt, setting: i % 4 === 0 ? 'home' : 'clinic',
      areas: ['cheeks', 'forehead'], applied: ['hyaluronic-acid'], concerns: ['acne-scars'],
      notes: i % 5 === 0 ? `Session ${i}: a little red, fine by the evening 😊` : '',
      createdAt: endedAt, updatedAt: endedAt, depthMm: 0.5,
      // Half the sessions belong to courses of 6 (newest course first).
      ...(i % 2 === 0 ? { courseId: `bench-course-${Math.floor(i / 12)}` } : {}),
    };
  });
  const courses = [...new Set(sessions.map((s) => s.courseId).filter((id): id is string => id !== undefined))].map((id) => {
    const oldest = Math.min(...sessions.filter((s) => s.courseId === id).map((s) => s.endedAt));
    return { id, concern: 'acne-scars', plannedSessions: 6, intervalDays: [28, 42], startedAt: oldest };
  });
  return JSON.stringify({ format: 'candid-skin-journal', version: 1, exportedAt: new Date(now).toISOString(), sessions, courses, ticks: [], prefs: {} });
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

interface Load {
  /** Navigation start → first render with data. */
  total: number;
  /** Of which after DOMContentLoaded: opening the database, the queries, the render. */
  afterScript: number;
}

async function measure(size: number): Promise<Load[]> {
  const launched = await launchExtension();
  try {
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    const url = `chrome-extension://${launched.extensionId}/popup.html`;
    await page.goto(url);
    await page.getByRole('tab', { name: 'Settings' }).click();
    const text = journalFile(size, Date.now());
    log(`  importing ${size.toLocaleString('en')} sessions (${(text.length / 1024 / 1024).toFixed(1)} MB) …`);
    await page.locator('input[type="file"]').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const status = page.locator('.data [role="status"]');
    await page.waitForFunction(() => /^(Imported|Nothing)/.test(document.querySelector('.data [role="status"]')?.textContent ?? ''), null, { timeout: 120_000 });
    const outcome = (await status.textContent()) ?? '';
    if (!outcome.startsWith('Imported')) throw new Error(`import refused: ${outcome}`);
    const times: Load[] = [];
    // One warm-up load (the first after an import also compiles the page's code), then the runs.
    for (let run = 0; run <= RUNS; run += 1) {
      await page.goto(url);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 30_000 });
      const load = await page.evaluate((mark): Load => {
        const total = performance.getEntriesByName(mark)[0]!.startTime;
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return { total, afterScript: total - (navigation?.domContentLoadedEventEnd ?? 0) };
      }, MARK);
      if (run > 0) times.push(load);
    }
    const shown = await page.getByRole('heading', { name: /Aftercare/ }).count();
    if (shown !== 1) throw new Error('the popup did not show the aftercare of the latest session');
    return times;
  } finally {
    await launched.close();
  }
}

if (!fs.existsSync(path.join(CHROME_BUILD, 'manifest.json'))) {
  log(`building the production extension into ${path.relative(ROOT, CHROME_BUILD)} …`);
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error('wxt build failed');
}

const rows: string[] = [];
for (const size of SIZES) {
  log(`popup first render with ${size.toLocaleString('en')} sessions, ${RUNS} runs …`);
  const loads = await measure(size);
  const totals = loads.map((l) => l.total);
  const median = percentile(totals, 50);
  const verdict = size <= 1000 ? (median <= TARGET_MS ? `meets the ${TARGET_MS} ms target` : `MISSES the ${TARGET_MS} ms target`) : 'reported';
  rows.push(
    `| popup first render, ${size.toLocaleString('en')} sessions | ${median.toFixed(0)} ms | ${percentile(totals, 90).toFixed(0)} ms | ${Math.max(...totals).toFixed(0)} ms | ${percentile(loads.map((l) => l.afterScript), 50).toFixed(0)} ms | ${verdict} |`,
  );
}

const chromium = spawnSync('chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'chromium';
const table = [
  '| what | median | p90 | max | median after script load | target |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows,
];
const report = [
  '# Popup first render',
  '',
  `${new Date().toISOString()} · ${chromium} · build ${path.relative(ROOT, CHROME_BUILD)} · ${RUNS} loads per size after one warm-up · load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} on ${os.cpus().length} cores`,
  '',
  'Time from navigation start to the first render with the journal\'s data (countdown, checklist, first history page), read from',
  `the \`${MARK}\` performance mark. The popup is opened as a page (chrome-extension://…/popup.html) in headless Chromium.`,
  '',
  ...table,
  '',
];
fs.mkdirSync(path.join(ROOT, 'bench-reports'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench-reports', 'popup.md'), report.join('\n'));
console.log(table.join('\n'));
console.log(`(load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} on ${os.cpus().length} cores: timings on a busy machine run long)`);
log('written to bench-reports/popup.md');
