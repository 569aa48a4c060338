// `npm run -s check-image -- [--json] <file or folder>...`: runs the extension's image analysis on
// JPEG, PNG and WebP files in Node (decoded with sharp at ≤ 512 px, as the extension decodes at
// reduced size). Without --json: one readable line per file. With --json: one JSON array on stdout,
// one object per file (issue 6). Exit status 0 when every file was read, 2 otherwise.
// Use `npm run -s` (or `npx tsx scripts/check-image.ts`) for JSON: plain `npm run` prints its own
// "> candid-skin check-image" banner on stdout before ours.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { analyseImage } from '../utils/image/analyse';
import { ANALYSIS_MAX_SIDE } from '../utils/image/raster';
import type { ImageLayout, ImageVerdict, RgbaImage } from '../utils/image/types';

interface FileResult {
  file: string;
  layout: ImageLayout;
  verdict: ImageVerdict;
  signals: { id: string; strength: number; detail: string }[];
}
interface FileError {
  file: string;
  error: string;
}

/** The files named on the command line; a folder stands for the files directly inside it, sorted. */
function expand(targets: string[]): string[] {
  const files: string[] = [];
  for (const target of targets) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(target);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      for (const name of fs.readdirSync(target).sort()) {
        const file = path.join(target, name);
        if (fs.statSync(file).isFile()) files.push(file);
      }
    } else {
      files.push(target); // a missing file is reported as an error for that file
    }
  }
  return files;
}

async function decode(file: string): Promise<RgbaImage> {
  const { data, info } = await sharp(file, { failOn: 'error' })
    .rotate() // honour EXIF orientation, as a browser does
    .resize({ width: ANALYSIS_MAX_SIDE, height: ANALYSIS_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

async function check(file: string): Promise<FileResult | FileError> {
  try {
    const format = (await sharp(file).metadata()).format;
    if (!format || !['jpeg', 'png', 'webp'].includes(format)) return { file, error: `not a JPEG, PNG or WebP image (${format ?? 'unknown'})` };
    const analysis = analyseImage(await decode(file));
    return {
      file,
      layout: analysis.layout,
      verdict: analysis.verdict,
      signals: analysis.signals.map(({ id, strength, detail }) => ({ id, strength, detail })),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    if (!fs.existsSync(file)) return { file, error: 'no such file' };
    if (/unsupported image format/i.test(message)) return { file, error: 'not a JPEG, PNG or WebP image' };
    return { file, error: `could not read the image: ${message}` };
  }
}

function line(result: FileResult | FileError): string {
  if ('error' in result) return `${result.file}: error: ${result.error}`;
  const head = `${result.file}: ${result.verdict} (${result.layout})`;
  return result.signals.length ? `${head}: ${result.signals.map((s) => `${s.detail} [${s.strength}]`).join('; ')}` : head;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const targets = args.filter((a) => a !== '--json');
  if (targets.length === 0) {
    console.error('usage: npm run -s check-image -- [--json] <file or folder>...');
    return 2;
  }
  const results: (FileResult | FileError)[] = [];
  for (const file of expand(targets)) results.push(await check(file));
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else for (const result of results) console.log(line(result));
  return results.every((r) => !('error' in r)) ? 0 : 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
