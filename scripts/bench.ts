// `npm run bench [-- --runs 10 --posts 500 --aa --skip zip,image,popup,panel]`: what the extension costs.
// Cost on the feed: the production build in real Chromium on a generated 500-post feed under each
// site's host name, scrolled top to bottom in rounds that interleave it with the same browser without it;
// main-thread metrics from the DevTools protocol. Then the other rows (side panel first render,
// content-script size, package sizes, image analysis and popup benchmarks). `--aa` adds a second
// browser without the extension to every round: its difference from the first is what the
// measurement reports when nothing differs (the noise floor). Prints a table and
// writes bench-reports/bench.md. Separate from `npm test`: it measures, it does not pass or fail.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Site } from '../utils/sites/types';
import { launchWithExtension, launchWithoutExtension, type BenchBrowser } from './bench/browser';
import { METRIC_NAMES, type LongTask, type Metrics } from './bench/cdp';
import { feedPage, generatePosts } from './bench/feed';
import { droppedRounds, measureRounds, SCROLL_STEP, traceFeed, type FeedRun, type TracedFeed } from './bench/feed-cost';
import {
  contentScriptSize, median, medianInterval, packageSizes, popupBenchScript, quoteBenchmark, ROOT, sidePanelFirstRender,
  type ContentScriptSize, type PackageSize, type QuotedRun,
} from './bench/others';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    aa: { type: 'boolean', default: false },
    posts: { type: 'string', default: '500' },
    sites: { type: 'string', default: 'tiktok,instagram' },
    skip: { type: 'string', default: '' },
    rebuild: { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const POSTS = Number(args.posts);
const SITES = args.sites.split(',').filter(Boolean) as Site[];
const SKIP = new Set(args.skip.split(',').filter(Boolean));
const OUT_DIR = process.env.CANDID_OUT_DIR ?? '.output';
const BUILD = path.join(ROOT, OUT_DIR, 'chrome-mv3');

const TARGET = { msPerPost: 0.3, ratio: 1.1, contentGzipKb: 40 };

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function ensureBuild(): void {
  if (!args.rebuild && fs.existsSync(path.join(BUILD, 'manifest.json'))) return;
  log(`building the production extension into ${OUT_DIR}/chrome-mv3 …`);
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, CANDID_OUT_DIR: OUT_DIR }, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('wxt build failed');
}

interface SiteResult {
  site: Site;
  withExt: FeedRun[];
  without: FeedRun[];
  /** `--aa`: the second browser without the extension, run beside the others. */
  twin: FeedRun[];
  longWith: LongTask[];
  longWithout: LongTask[];
  hot: TracedFeed['ours'];
  breakdownWith: Map<string, number>;
  breakdownWithout: Map<string, number>;
}

async function feedCost(extension: BenchBrowser, plain: BenchBrowser, twin: BenchBrowser | null): Promise<SiteResult[]> {
  const results: SiteResult[] = [];
  for (const site of SITES) {
    const posts = generatePosts(POSTS);
    const beforeAfter = posts.filter((post) => post.beforeAfter).length;
    const html = feedPage(site, posts, { mode: 'infinite' });
    const result: SiteResult = { site, withExt: [], without: [], twin: [], longWith: [], longWithout: [], hot: { totalMs: 0, functions: [] }, breakdownWith: new Map(), breakdownWithout: new Map() };
    const browsers = twin ? [extension, plain, twin] : [extension, plain];
    const names = ['with   ', 'without', 'twin   '];
    // All browsers in one round, taking turns (see measureRounds).
    const [withExt, without, twinRuns] = await measureRounds(browsers, site, html, browsers.map(() => beforeAfter), RUNS, (i, round, m) => {
      log(`${site} round ${round + 1}/${RUNS} ${names[i]}: task ${m.metrics.TaskDuration.toFixed(0)} ms, script ${m.metrics.ScriptDuration.toFixed(0)} ms, layout ${m.metrics.LayoutDuration.toFixed(0)} ms, style ${m.metrics.RecalcStyleDuration.toFixed(0)} ms, badges ${m.badges}`);
    });
    result.withExt = withExt!;
    result.without = without!;
    result.twin = twinRuns ?? [];
    log(`${site}: tracing one pass with and one without the extension for long tasks …`);
    const traced = await traceFeed(extension, site, html, beforeAfter);
    result.longWith = traced.longTasks;
    result.hot = traced.ours;
    result.breakdownWith = traced.breakdown;
    const tracedPlain = await traceFeed(plain, site, html, beforeAfter);
    result.longWithout = tracedPlain.longTasks;
    result.breakdownWithout = tracedPlain.breakdown;
    results.push(result);
  }
  return results;
}

const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const medianOf = (runs: FeedRun[], name: keyof Metrics): number => median(runs.map((run) => run.metrics[name]));
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
/** (a − b) of each run pair (the same round of the alternation). */
const pairedDiffs = (a: FeedRun[], b: FeedRun[], name: keyof Metrics): number[] =>
  a.map((run, i) => run.metrics[name] - (b[i]?.metrics[name] ?? Number.NaN));
/** Median over runs of (with − without) of the same run pair: less sensitive to drift than medians' difference. */
const pairedAdded = (r: SiteResult, name: keyof Metrics): number => median(pairedDiffs(r.withExt, r.without, name));

function feedTable(results: SiteResult[]): string[] {
  const lines: string[] = [];
  lines.push('| Site | Metric (median, ms) | Without | With | Added | Added per post | Paired added per post | Ratio |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    for (const name of METRIC_NAMES.filter((n) => n.endsWith('Duration'))) {
      const a = medianOf(r.without, name);
      const b = medianOf(r.withExt, name);
      lines.push(`| ${r.site} | ${name} | ${fmt(a)} | ${fmt(b)} | ${fmt(b - a)} | ${fmt((b - a) / POSTS, 3)} | ${fmt(pairedAdded(r, name) / POSTS, 3)} | ${fmt(b / a, 2)} |`);
    }
    for (const name of ['LayoutCount', 'RecalcStyleCount'] as const) {
      lines.push(`| ${r.site} | ${name} (count) | ${fmt(medianOf(r.without, name), 0)} | ${fmt(medianOf(r.withExt, name), 0)} | ${fmt(medianOf(r.withExt, name) - medianOf(r.without, name), 0)} | | | |`);
    }
  }
  return lines;
}

function targetsTable(results: SiteResult[], content: ContentScriptSize | null): string[] {
  const lines = ['| Target | Site | Measured | Target | |', '|---|---|---:|---:|---|'];
  for (const r of results) {
    const added = medianOf(r.withExt, 'TaskDuration') - medianOf(r.without, 'TaskDuration');
    const ratio = medianOf(r.withExt, 'TaskDuration') / medianOf(r.without, 'TaskDuration');
    const caused = r.longWith.filter((task) => task.causedByUs).length;
    const containing = r.longWith.filter((task) => task.ours).length;
    lines.push(`| Added main-thread time per post (difference of medians) | ${r.site} | ${fmt(added / POSTS, 3)} ms | ≤ ${TARGET.msPerPost} ms | ${verdict(added / POSTS <= TARGET.msPerPost)} |`);
    const paired = pairedAdded(r, 'TaskDuration') / POSTS;
    const [low, high] = medianInterval(pairedDiffs(r.withExt, r.without, 'TaskDuration')).map((ms) => ms / POSTS) as [number, number];
    lines.push(`| Added main-thread time per post (median of paired run differences; 95% interval) | ${r.site} | ${fmt(paired, 3)} ms (${fmt(low, 2)} to ${fmt(high, 2)}) | ≤ ${TARGET.msPerPost} ms | ${verdict(paired <= TARGET.msPerPost)} |`);
    if (r.twin.length) {
      const noise = median(pairedDiffs(r.twin, r.without, 'TaskDuration')) / POSTS;
      const [nLow, nHigh] = medianInterval(pairedDiffs(r.twin, r.without, 'TaskDuration')).map((ms) => ms / POSTS) as [number, number];
      lines.push(`| Noise floor: the same figure for a second browser WITHOUT the extension (\`--aa\`) | ${r.site} | ${fmt(noise, 3)} ms (${fmt(nLow, 2)} to ${fmt(nHigh, 2)}) | near 0 | — |`);
    }
    const measured = (['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const).reduce((sum, name) => sum + pairedAdded(r, name), 0) / POSTS;
    lines.push(`| Added script + layout + style per post (paired) | ${r.site} | ${fmt(measured, 3)} ms | ≤ ${TARGET.msPerPost} ms | ${verdict(measured <= TARGET.msPerPost)} |`);
    lines.push(`| Ratio with / without (TaskDuration) | ${r.site} | ${fmt(ratio, 3)} | ≤ ${TARGET.ratio} | ${verdict(ratio <= TARGET.ratio)} |`);
    lines.push(`| Long tasks (> 50 ms) made long by our code (traced pass) | ${r.site} | ${caused} | 0 | ${verdict(caused === 0)} |`);
    lines.push(`| Long tasks (> 50 ms) our code ran in at all (traced pass) | ${r.site} | ${containing} | 0 | ${verdict(containing === 0)} |`);
    const untraced = (runs: FeedRun[]): string => fmt(median(runs.map((run) => run.longTasks.length)), 0);
    lines.push(`| Long tasks in the measured runs, median per run, with / without (untraced) | ${r.site} | ${untraced(r.withExt)} / ${untraced(r.without)} | no more with | ${verdict(median(r.withExt.map((run) => run.longTasks.length)) <= median(r.without.map((run) => run.longTasks.length)))} |`);
  }
  if (content) {
    lines.push(`| Content script gzipped | both | ${fmt(content.gzipBytes / 1024)} KB | ≤ ${TARGET.contentGzipKb} KB | ${verdict(content.gzipBytes / 1024 <= TARGET.contentGzipKb)} |`);
  }
  return lines;
}

function runDetails(results: SiteResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const twin = r.twin.length ? `; second browser without ${r.twin.map((run) => fmt(run.metrics.TaskDuration, 0)).join(', ')}` : '';
    lines.push(`- ${r.site}, each run (TaskDuration ms): with ${r.withExt.map((run) => fmt(run.metrics.TaskDuration, 0)).join(', ')}; without ${r.without.map((run) => fmt(run.metrics.TaskDuration, 0)).join(', ')}${twin}.`);
    const last = r.withExt.at(-1);
    if (last) {
      lines.push(`  With the extension: ${last.posts} posts, ${last.marked} marked, ${last.badges} badges (${last.badgesOnBeforeAfter} on the before/after posts, ${last.badgesElsewhere} elsewhere), ${last.steps} scroll steps of ${SCROLL_STEP} px.`);
    }
    const describe = (tasks: LongTask[]): string =>
      tasks.length
        ? tasks.map((t) => `${fmt(t.ms, 0)} ms${t.ours ? ` (our code ${fmt(t.oursMs, 1)} ms${t.causedByUs ? ', MADE LONG BY US' : ''})` : ''}, layout+style ${fmt(t.layoutStyleMs, 0)} ms`).join('; ')
        : 'none';
    const pageTasks = (runs: FeedRun[]): string => runs.map((run) => (run.longTasks.length ? run.longTasks.map((t) => fmt(t.ms, 0)).join('+') : '0')).join(', ');
    lines.push(`  Long tasks seen by the page (PerformanceObserver, untraced), ms per run — with: ${pageTasks(r.withExt)}; without: ${pageTasks(r.without)}.`);
    const names = new Set([...r.breakdownWith.keys(), ...r.breakdownWithout.keys()]);
    const diffs = [...names]
      .map((name) => ({ name, with: r.breakdownWith.get(name) ?? 0, without: r.breakdownWithout.get(name) ?? 0 }))
      .sort((a, b) => Math.abs(b.with - b.without) - Math.abs(a.with - a.without))
      .slice(0, 12);
    if (diffs.length) {
      lines.push('  Where the main thread\'s time went in the traced passes (self time per trace event, ms, with − without; one pass each, so ±noise):');
      lines.push(`  ${diffs.map((d) => `${d.name} ${fmt(d.with, 0)} − ${fmt(d.without, 0)} = ${d.with - d.without >= 0 ? '+' : ''}${fmt(d.with - d.without, 0)}`).join('; ')}.`);
    }
    if (r.hot.functions.length) {
      lines.push(`  Our code in the traced pass (sampling profiler, inflated by tracing): ${fmt(r.hot.totalMs, 0)} ms with our script on the stack; hottest (self time):`);
      if (r.hot.functions.some((f) => f.fn.includes('setUninstallURL'))) {
        lines.push('  (V8\'s profiler names the native extension-messaging binding "setUninstallURL"; its callers here are our `send()` → `runtime.sendMessage`.)');
      }
      for (const f of r.hot.functions) lines.push(`  - ${fmt(f.ms, 1)} ms ${f.url ? `\`${f.fn}\` at content.js ${f.line + 1}:${f.col + 1}: \`${sourceAt(f.url, f.line, f.col)}\`` : f.fn}`);
    }
    lines.push(`  Long tasks in a traced pass — with: ${describe(r.longWith)}; without: ${describe(r.longWithout)}.`);
  }
  return lines;
}

/** A short excerpt of the built script at a profiler position (0-based), to name a minified function. */
function sourceAt(url: string, line: number, col: number): string {
  try {
    const file = path.join(BUILD, new URL(url).pathname);
    const text = fs.readFileSync(file, 'utf8').split('\n')[line] ?? '';
    return text.slice(Math.max(0, col), col + 70).replace(/`/gu, "'");
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  ensureBuild();
  const started = new Date();
  let results: SiteResult[] = [];
  let panel: number[] = [];
  if (!SKIP.has('feed') || !SKIP.has('panel')) {
    const extension = await launchWithExtension(BUILD);
    const plain = await launchWithoutExtension();
    const twin = args.aa ? await launchWithoutExtension() : null;
    try {
      if (!SKIP.has('feed')) results = await feedCost(extension, plain, twin);
      if (!SKIP.has('panel')) panel = await sidePanelFirstRender(extension, 6).then((times) => times.slice(1)); // first open warms the cache
    } finally {
      await extension.close();
      await plain.close();
      await twin?.close();
    }
  }
  const content = contentScriptSize(BUILD);
  let packages: PackageSize[] = [];
  let packageNote = '';
  if (!SKIP.has('zip')) {
    try {
      packages = packageSizes(OUT_DIR);
    } catch (error) {
      packageNote = String(error);
    }
  }
  const quoted: QuotedRun[] = [];
  if (!SKIP.has('image')) {
    // The image engineer's script, run directly (its npm script line may still name an older file).
    const imageScript = ['bench-image.ts', 'bench-image.mjs'].map((name) => `scripts/${name}`).find((file) => fs.existsSync(path.join(ROOT, file)));
    log(`running ${imageScript ?? 'npm run bench:image'} …`);
    const [command, commandArgs] = imageScript?.endsWith('.ts') ? ['npx', ['tsx', imageScript]] : ['npm', ['run', '--silent', 'bench:image']];
    quoted.push(quoteBenchmark(command, commandArgs, /per image|ms\b.*image|image.*\bms\b/iu, 15 * 60_000));
  }
  const popupScript = popupBenchScript();
  if (!SKIP.has('popup')) {
    if (popupScript) {
      log(`running ${popupScript} …`);
      const runner = popupScript.endsWith('.ts') ? ['npx', ['tsx', popupScript]] as const : ['node', [popupScript]] as const;
      // Its table rows (and header), not its progress lines.
      quoted.push(quoteBenchmark(runner[0], [...runner[1]], /^\|\s*(?:what|popup first render)/iu, 15 * 60_000));
    } else {
      quoted.push({ command: 'scripts/bench-popup.*', ok: false, lines: [], note: 'not present yet' });
    }
  }

  const chromium = spawnSync('chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'chromium';
  const report: string[] = [];
  report.push(`# Candid Skin benchmark`, '');
  report.push(`${started.toISOString()} · ${chromium} · build ${path.relative(ROOT, BUILD)} · ${POSTS} posts per feed (10% skin before/after) · ${RUNS} runs with and ${RUNS} without${args.aa ? ` and ${RUNS} with a second browser without` : ''}, in rounds (all browsers open at once, taking turns of a few scroll steps)`, '');
  report.push('## Targets', '', ...targetsTable(results, content), '');
  if (results.length) {
    report.push('## Cost on the feed', '');
    report.push(
      'Main-thread time of the feed page\'s renderer (CDP `Performance.getMetrics`, thread CPU time) from the loaded page ' +
      'to the end of the scroll and a quiet page. The page appends its posts in chunks of 10 as the end nears, as both sites do.' +
      (droppedRounds() ? ` ${droppedRounds()} round(s) were dropped after a page stopped drawing frames mid-scroll, and measured again.` : ''),
      '',
    );
    report.push(...feedTable(results), '', ...runDetails(results), '');
  }
  report.push('## Other figures', '');
  report.push('| What | Figure |', '|---|---|');
  if (panel.length) report.push(`| Side panel first render (\`candid:first-render\`), median of ${panel.length} opens | ${fmt(median(panel))} ms (${panel.map((t) => fmt(t, 0)).join(', ')}) |`);
  report.push(`| Content script (${content.files.join(', ')}) | ${fmt(content.rawBytes / 1024)} KB raw, ${fmt(content.gzipBytes / 1024)} KB gzipped |`);
  for (const p of packages) report.push(`| Package, ${p.browser} (\`wxt zip\`, ${p.zip}) | ${fmt(p.bytes / 1024)} KB |`);
  if (packageNote) report.push(`| Packages | not measured: ${packageNote.split('\n')[0]} |`);
  for (const q of quoted) {
    const body = q.lines.length ? q.lines.map((line) => `\`${line.replace(/\|/gu, '\\|').trim()}\``).join('<br>') : '(no figures found in its output)';
    report.push(`| \`${q.command}\`${q.ok ? '' : ` — ${q.note ?? 'failed'}`} | ${body} |`);
  }
  report.push('');
  const text = report.join('\n');
  const out = path.join(ROOT, 'bench-reports', 'bench.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  process.stdout.write(`${text}\nwritten to ${path.relative(ROOT, out)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
