// `npm run bench:image [-- --portraits <folder>] [--samples N]`: the image analysis benchmark.
// Builds a labelled set of before/after composites deterministically (seeded), with known edits and
// honest pairs, runs the analysis, and prints recall per edit and strength, the false-positive rate
// on honest pairs, and analysis time per image (decode excluded). Writes bench-reports/image.md.
// With --portraits, runs the same edits on real photos (local only: never commit those images).
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { analyseImage, type ImageAnalysis } from '../utils/image/analyse';
import { limitSize } from '../utils/image/raster';
import {
  composite, editBilateral, editExposure, editGaussian, editLocalExposure, editRemoveBlemishes, editResolution,
  editSaturation, editWhiteBalance, ellipseMask, type Arrangement,
} from '../utils/image/synthetic/edits';
import { copyImage, honestPair, type ShotPair } from '../utils/image/synthetic/pairs';
import { portraitPair } from '../utils/image/synthetic/portrait';
import { between, pick, seeded, type Random } from '../utils/image/synthetic/prng';
import type { ImageSignalId, RgbaImage } from '../utils/image/types';

interface Edit {
  group: string;
  label: string;
  /** Signals that count as catching this edit. */
  expect: ImageSignalId[];
  /** Whether the after is made from the before itself (a copy), not from a second shot. */
  copy?: boolean;
  /** Part of the targets (recall ≥ 0.95). */
  target?: boolean;
  apply(after: RgbaImage, skin: Uint8Array, random: Random): Promise<RgbaImage> | RgbaImage;
}

async function jpeg(image: RgbaImage, quality: number): Promise<RgbaImage> {
  const encoded = await sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), {
    raw: { width: image.width, height: image.height, channels: 4 },
  }).jpeg({ quality }).toBuffer();
  const { data, info } = await sharp(encoded).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

const EDITS: Edit[] = [
  ...[10, 20, 30, 40].flatMap((pct): Edit[] => [
    { group: 'exposure', label: `+${pct}%`, expect: ['exposure'], target: pct >= 20, apply: (img) => editExposure(img, 1 + pct / 100) },
    { group: 'exposure', label: `−${pct}%`, expect: ['exposure'], target: pct >= 20, apply: (img) => editExposure(img, 1 - pct / 100) },
  ]),
  ...[0.03, 0.06, 0.1].flatMap((shift): Edit[] => [
    { group: 'white balance', label: `warmer ${shift * 100}%`, expect: ['white-balance'], target: shift >= 0.06, apply: (img) => editWhiteBalance(img, shift) },
    { group: 'white balance', label: `cooler ${shift * 100}%`, expect: ['white-balance'], target: shift >= 0.06, apply: (img) => editWhiteBalance(img, -shift) },
  ]),
  { group: 'saturation', label: '+30%', expect: ['saturation', 'white-balance'], apply: (img) => editSaturation(img, 1.3) },
  { group: 'saturation', label: '−30%', expect: ['saturation', 'white-balance'], apply: (img) => editSaturation(img, 0.7) },
  ...[0.7, 1, 1.5, 2.5].map((sigma): Edit => ({
    group: 'smoothing (Gaussian, skin)', label: `σ ${sigma}`, expect: ['smoothing', 'sharpness'], apply: (img, skin) => editGaussian(img, sigma, skin),
  })),
  ...[10, 20, 35].map((range): Edit => ({
    group: 'smoothing (edge-preserving, skin)', label: `range σ ${range}`, expect: ['smoothing', 'sharpness'], apply: (img, skin) => editBilateral(img, range, skin),
  })),
  ...[0.5, 0.33].map((factor): Edit => ({
    group: 'resolution', label: `×${factor}`, expect: ['sharpness', 'smoothing'], apply: (img) => editResolution(img, factor),
  })),
  ...[25, 10].map((quality): Edit => ({
    group: 'JPEG recompression', label: `q${quality}`, expect: ['sharpness', 'smoothing'], apply: (img) => jpeg(img, quality),
  })),
  { group: 'edited copy', label: 'untouched copy', expect: ['same-photo'], copy: true, apply: (img) => img },
  { group: 'edited copy', label: 'local smoothing (20%)', expect: ['retouched', 'smoothing'], copy: true,
    apply: (img, _skin, random) => editGaussian(img, 2, ellipseMask(img.width, img.height, between(random, 0.35, 0.65), between(random, 0.35, 0.65), 0.2)) },
  { group: 'edited copy', label: 'blemishes removed', expect: ['retouched'], copy: true, apply: (img) => editRemoveBlemishes(img, 12) },
  { group: 'edited copy', label: 'local relight ×1.2 (15%)', expect: ['retouched', 'exposure'], copy: true,
    apply: (img, _skin, random) => editLocalExposure(img, 1.2, ellipseMask(img.width, img.height, between(random, 0.3, 0.7), between(random, 0.3, 0.7), 0.15)) },
];

/** Fine-texture energy (mean squared Laplacian of luma) over the masked pixels: the ground truth for "how much was smoothed". */
function textureEnergy(image: RgbaImage, mask: Uint8Array): number {
  const { width, height, data } = image;
  const luma = (p: number): number => 0.299 * data[p * 4]! + 0.587 * data[p * 4 + 1]! + 0.114 * data[p * 4 + 2]!;
  let sum = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const p = y * width + x;
      if (!mask[p]) continue;
      const lap = 4 * luma(p) - luma(p - 1) - luma(p + 1) - luma(p - width) - luma(p + width);
      sum += lap * lap;
      n += 1;
    }
  }
  return n ? sum / n : NaN;
}

interface Outcome {
  group: string;
  label: string;
  flagged: boolean;
  caught: boolean;
  layoutOk: boolean;
  ms: number;
  /** For smoothing edits: share of fine-texture energy removed (ground truth). */
  removed?: number;
  target?: boolean;
}

const ARRANGEMENTS: Arrangement[] = ['side-by-side', 'side-by-side', 'top-bottom', 'grid'];

/** Builds the composite of `pairs` (one, or two for a grid), JPEG-saved as a post would be, and analyses it. */
async function run(pairs: { before: RgbaImage; after: RgbaImage }[], arrangement: Arrangement, random: Random): Promise<{ analysis: ImageAnalysis; ms: number }> {
  const gap = random() < 0.5 ? 0 : Math.round(between(random, 4, 14));
  const images = arrangement === 'grid' ? pairs.flatMap((p) => [p.before, p.after]) : [pairs[0]!.before, pairs[0]!.after];
  const saved = await jpeg(limitSize(composite(images, arrangement, gap, random() < 0.7 ? 255 : 0)), Math.round(between(random, 80, 93)));
  const started = performance.now();
  const analysis = analyseImage(saved);
  return { analysis, ms: performance.now() - started };
}

function outcome(edit: Edit | null, analysis: ImageAnalysis, arrangement: Arrangement, ms: number): Outcome {
  const ids = analysis.signals.filter((s) => s.strength >= 0.5).map((s) => s.id);
  return {
    group: edit?.group ?? 'honest',
    label: edit?.label ?? 'honest pair',
    flagged: analysis.verdict === 'doubtful',
    caught: edit ? edit.expect.some((id) => ids.includes(id)) : false,
    layoutOk: analysis.layout === arrangement,
    ms,
    target: edit?.target,
  };
}

type PairMaker = (seed: number, random: Random) => ShotPair;

async function runSet(makePair: PairMaker, samples: number, honestSamples: number, seedBase: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  // Single photos (one shot, no composite): any layout other than `single` is a false composite.
  for (let k = 0; k < Math.round(honestSamples / 3); k++) {
    const random = seeded(seedBase + 900_000 + k);
    const shot = makePair(seedBase + 900_000 + k, random).before;
    const saved = await jpeg(limitSize(shot), Math.round(between(random, 80, 93)));
    const started = performance.now();
    const analysis = analyseImage(saved);
    outcomes.push({ group: 'single', label: 'single photo', flagged: analysis.verdict === 'doubtful', caught: false, layoutOk: analysis.layout === 'single', ms: performance.now() - started });
  }
  for (let k = 0; k < honestSamples; k++) {
    const random = seeded(seedBase + k);
    const arrangement = pick(random, ARRANGEMENTS);
    const count = arrangement === 'grid' ? 2 : 1;
    const pairs = Array.from({ length: count }, (_, j) => makePair(seedBase + k * 7 + j, random));
    const { analysis, ms } = await run(pairs, arrangement, random);
    outcomes.push(outcome(null, analysis, arrangement, ms));
  }
  for (const [e, edit] of EDITS.entries()) {
    for (let k = 0; k < samples; k++) {
      const random = seeded(seedBase + 100_000 + e * 1000 + k);
      const arrangement = pick(random, ARRANGEMENTS.slice(0, 3));
      const pair = makePair(seedBase + 50_000 + e * 1000 + k, random);
      const source = edit.copy ? copyImage(pair.before) : pair.after;
      const edited = await edit.apply(source, pair.afterSkin, random);
      const { analysis, ms } = await run([{ before: pair.before, after: edited }], arrangement, random);
      const result = outcome(edit, analysis, arrangement, ms);
      if (edit.group.startsWith('smoothing')) result.removed = 1 - textureEnergy(edited, pair.afterSkin) / textureEnergy(source, pair.afterSkin);
      outcomes.push(result);
    }
  }
  return outcomes;
}

/** Pairs cut from a real portrait (utils/image/synthetic/portrait.ts): two crops with their own framing, noise and ±3% exposure. */
function portraitPairs(photo: RgbaImage): PairMaker {
  return (seed, random) => portraitPair(photo, seed, random);
}

function table(outcomes: Outcome[]): string {
  const lines = ['| edit | strength | n | recall (doubtful) | caught by the expected signal | layout found |', '| --- | --- | --- | --- | --- | --- |'];
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    const key = `${o.group}\u0000${o.label}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const rate = (list: Outcome[], fn: (o: Outcome) => boolean): string => (list.filter(fn).length / list.length).toFixed(2);
  for (const [key, list] of groups) {
    const [group, label] = key.split('\u0000');
    if (group === 'honest' || group === 'single') continue;
    lines.push(`| ${group} | ${label} | ${list.length} | ${rate(list, (o) => o.flagged)} | ${rate(list, (o) => o.caught)} | ${rate(list, (o) => o.layoutOk)} |`);
  }
  const smoothing = outcomes.filter((o) => o.removed !== undefined);
  for (const [lo, hi, name] of [[0, 0.3, '< 30%'], [0.3, 0.5, '30–50%'], [0.5, 1.01, '≥ 50%']] as const) {
    const list = smoothing.filter((o) => o.removed! >= lo && o.removed! < hi);
    if (list.length) lines.push(`| smoothing, by texture energy removed | ${name} | ${list.length} | ${rate(list, (o) => o.flagged)} | ${rate(list, (o) => o.caught)} | ${rate(list, (o) => o.layoutOk)} |`);
  }
  const honest = outcomes.filter((o) => o.group === 'honest');
  lines.push('', `Honest pairs: ${honest.length}; false positives (doubtful): ${honest.filter((o) => o.flagged).length} = ${(100 * honest.filter((o) => o.flagged).length / Math.max(1, honest.length)).toFixed(1)}%; layout found: ${rate(honest, (o) => o.layoutOk)}`);
  const singles = outcomes.filter((o) => o.group === 'single');
  if (singles.length) lines.push(`Single photos: ${singles.length}; read as a composite: ${singles.filter((o) => !o.layoutOk).length}`);
  const targets = outcomes.filter((o) => o.target);
  if (targets.length) lines.push(`Target edits (exposure ≥ 20%, white balance ≥ 6%): recall ${rate(targets, (o) => o.flagged)}`);
  const big = smoothing.filter((o) => o.removed! >= 0.5);
  if (big.length) lines.push(`Smoothing removing ≥ half the texture energy: recall ${rate(big, (o) => o.flagged)} (n = ${big.length})`);
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  lines.push(`Analysis time per image (decode excluded, ≤ 512 px long side): median ${ms[Math.floor(ms.length / 2)]!.toFixed(2)} ms, p95 ${ms[Math.floor(ms.length * 0.95)]!.toFixed(2)} ms (n = ${ms.length})`);
  return lines.join('\n');
}

async function loadPhoto(file: string): Promise<RgbaImage> {
  const { data, info } = await sharp(file).resize({ width: 320, height: 320, fit: 'inside' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const samples = Number(option('--samples') ?? 30);
  const started = Date.now();
  const sizes = [160, 200, 256];
  const synthetic = await runSet((seed, random) => {
    const size = pick(random, sizes);
    return honestPair(seed, size, Math.round(size * between(random, 0.9, 1.25)), random);
  }, samples, samples * 10, 1);
  let report = `# Image analysis benchmark\n\nSynthetic set (seeded; ${samples} samples per edit, ${samples * 10} honest pairs; composites JPEG-saved at q80–93; halves 160–256 px):\n\n${table(synthetic)}\n`;
  const portraits = option('--portraits');
  if (portraits) {
    const files = fs.readdirSync(portraits).filter((f) => /\.(jpe?g|png|webp)$/i.test(f)).map((f) => path.join(portraits, f));
    const outcomes: Outcome[] = [];
    for (const [k, file] of files.entries()) {
      const photo = await loadPhoto(file);
      outcomes.push(...(await runSet(portraitPairs(photo), Math.max(5, Math.round(samples / 3)), Math.max(20, samples), 7_000_000 + k * 1_000_000)));
    }
    report += `\nPortraits (${files.map((f) => path.basename(f)).join(', ')}; the same edits on two crops of each photo):\n\n${table(outcomes)}\n`;
  }
  report += `\n(${((Date.now() - started) / 1000).toFixed(0)} s on this machine)\n`;
  console.log(report);
  fs.mkdirSync('bench-reports', { recursive: true });
  fs.writeFileSync(path.join('bench-reports', 'image.md'), report);
  console.log('Written to bench-reports/image.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
