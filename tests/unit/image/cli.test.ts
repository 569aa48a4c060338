import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editExposure } from '../../../utils/image/synthetic/edits';
import type { RgbaImage } from '../../../utils/image/types';
import { pair, sideBySide } from './fixtures';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = path.join(ROOT, 'scripts/check-image.ts');

function png(image: RgbaImage, file: string): Promise<unknown> {
  return sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), { raw: { width: image.width, height: image.height, channels: 4 } })
    .png()
    .toFile(file);
}

// The script is run directly (not through `npm run`, whose banner goes to stdout).
function checkImage(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('check-image command line', () => {
  let dir = '';
  let images = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candid-check-image-'));
    images = path.join(dir, 'images');
    fs.mkdirSync(images);
    const p = pair(61, 180, 200);
    await png(p.before, path.join(images, 'a-photo.png'));
    await png(sideBySide(p.before, editExposure(p.after, 1.35), 8), path.join(images, 'b-composite.png'));
    fs.copyFileSync(path.join(images, 'a-photo.png'), path.join(dir, 'a-photo.png'));
    fs.copyFileSync(path.join(images, 'b-composite.png'), path.join(dir, 'b-composite.png'));
    fs.writeFileSync(path.join(dir, 'c-notes.txt'), 'not an image');
    fs.writeFileSync(path.join(dir, 'd-corrupt.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 2, 3]));
  }, 60_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints one JSON array, one object per file, and exits 2 when a file could not be read', () => {
    const { status, stdout } = checkImage('--json', dir);
    expect(status).toBe(2);
    const results = JSON.parse(stdout) as Record<string, unknown>[];
    expect(results.map((r) => path.basename(String(r.file)))).toEqual(['a-photo.png', 'b-composite.png', 'c-notes.txt', 'd-corrupt.jpg']);
    const [photo, composite, text, corrupt] = results;
    expect(photo).toMatchObject({ layout: 'single', verdict: 'not-before-after', signals: [] });
    expect(composite).toMatchObject({ layout: 'side-by-side', verdict: 'doubtful' });
    const signals = composite!.signals as Record<string, unknown>[];
    expect(signals.map((s) => s.id)).toContain('exposure');
    for (const signal of signals) {
      expect(Object.keys(signal).sort()).toEqual(['detail', 'id', 'strength']);
      expect(signal.strength).toBeGreaterThanOrEqual(0);
      expect(signal.strength).toBeLessThanOrEqual(1);
    }
    expect(typeof text!.error).toBe('string');
    expect(typeof corrupt!.error).toBe('string');
    expect(text).not.toHaveProperty('layout');
  }, 60_000);

  it('exits 0 when every file was read, and prints a readable line per file without --json', () => {
    const { status, stdout } = checkImage(images);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/a-photo\.png: not-before-after \(single\)/);
    expect(lines[1]).toMatch(/b-composite\.png: doubtful \(side-by-side\): .*brighter/);
  }, 60_000);

  it('reports a missing file as an error object', () => {
    const { status, stdout } = checkImage('--json', path.join(dir, 'missing.png'));
    expect(status).toBe(2);
    expect(JSON.parse(stdout)).toEqual([{ file: path.join(dir, 'missing.png'), error: 'no such file' }]);
  }, 60_000);
});
