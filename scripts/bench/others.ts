// The benchmark's other rows: side panel first render, bundle and package sizes, and the figures of
// the other benchmarks (image analysis, popup), run as their own scripts and quoted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BenchBrowser } from './browser';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A 95% interval for the median of `values` (bootstrap: 4,000 resamples with a fixed seed, so the
 * same runs always give the same interval).
 */
export function medianInterval(values: readonly number[], resamples = 4000): [number, number] {
  if (values.length < 2) return [Number.NaN, Number.NaN];
  let seed = 0x2545f491;
  const random = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const medians: number[] = [];
  for (let r = 0; r < resamples; r++) {
    medians.push(median(values.map(() => values[Math.floor(random() * values.length)]!)));
  }
  medians.sort((a, b) => a - b);
  return [medians[Math.floor(resamples * 0.025)]!, medians[Math.floor(resamples * 0.975)]!];
}

/** `performance.mark('candid:first-render')` of the side panel page, over `opens` fresh opens (ms). */
export async function sidePanelFirstRender(browser: BenchBrowser, opens = 5): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < opens; i++) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await page.waitForFunction(() => performance.getEntriesByName('candid:first-render').length > 0, undefined, { timeout: 15_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('candid:first-render')[0]!.startTime));
    await page.close();
  }
  return times;
}

export interface ContentScriptSize {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** Everything the manifest injects into the sites' pages (scripts and styles), raw and gzipped. */
export function contentScriptSize(buildDir: string): ContentScriptSize {
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]))];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(buildDir, file));
    rawBytes += bytes.length;
    gzipBytes += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}

export interface PackageSize {
  browser: string;
  zip: string;
  bytes: number;
}

/**
 * The store packages: `wxt zip` for Chrome and Firefox into `outDir` (Firefox also gets a sources
 * zip for review, which is not what users download: not counted).
 */
export function packageSizes(outDir: string): PackageSize[] {
  const sizes: PackageSize[] = [];
  for (const browser of ['chrome', 'firefox']) {
    const result = spawnSync('npx', ['wxt', 'zip', '-b', browser], {
      cwd: ROOT, env: { ...process.env, CANDID_OUT_DIR: outDir }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.status !== 0) throw new Error(`wxt zip -b ${browser} failed:\n${result.stderr}`);
    const zips = fs.readdirSync(path.join(ROOT, outDir))
      .filter((name) => name.endsWith(`-${browser}.zip`))
      .map((name) => ({ name, at: fs.statSync(path.join(ROOT, outDir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    const zip = zips[0];
    if (!zip) throw new Error(`no ${browser} zip in ${outDir}`);
    sizes.push({ browser, zip: path.join(outDir, zip.name), bytes: fs.statSync(path.join(ROOT, outDir, zip.name)).size });
  }
  return sizes;
}

export interface QuotedRun {
  command: string;
  ok: boolean;
  /** The lines of its output that carry the figures asked for. */
  lines: string[];
  note?: string;
}

/** Runs another engineer's benchmark and keeps the lines that match `wanted`. */
export function quoteBenchmark(command: string, args: string[], wanted: RegExp, timeoutMs: number): QuotedRun {
  const shown = [command, ...args].join(' ');
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes from the quoted lines
  const lines = output.split('\n').map((line) => line.replace(/\u001b\[[0-9;]*m/gu, '').trimEnd()).filter((line) => wanted.test(line));
  if (result.error) return { command: shown, ok: false, lines, note: String(result.error.message) };
  if (result.status !== 0) return { command: shown, ok: false, lines, note: `exit ${result.status}: ${output.trim().split('\n').slice(-3).join(' / ')}` };
  return { command: shown, ok: true, lines };
}

/** The popup engineer's benchmark script, if it exists yet. */
export function popupBenchScript(): string | null {
  for (const name of ['bench-popup.ts', 'bench-popup.mjs', 'bench-popup.js']) {
    if (fs.existsSync(path.join(ROOT, 'scripts', name))) return `scripts/${name}`;
  }
  return null;
}
