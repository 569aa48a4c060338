import { createImage } from '../raster';
import type { RgbaImage } from '../types';
import { between, gaussian, pick, seeded, type Random } from './prng';

/**
 * Synthetic skin-like scenes for tests and the benchmark: a skin tone with slow variation, a
 * lighting gradient, pores, fine lines, coloured spots, a fine grain, and optionally a non-skin
 * background on one side. A scene is "photographed" into shots: a crop with a small shift, tilt
 * and scale, and its own sensor noise, as two real photos of the same skin would differ.
 */

export interface Scene {
  width: number;
  height: number;
  /** Linear-ish RGB of the scene, 0..255, 3 floats per pixel, without spots. */
  base: Float32Array;
  /** Spot colour offsets, added scaled by `spotFactor` when shot (a treatment can fade them). */
  spots: Float32Array;
  /** 1 where the scene is skin. */
  skin: Uint8Array;
}

const TONES: readonly [number, number, number][] = [
  [228, 188, 164], [214, 168, 138], [196, 144, 112], [172, 120, 90], [140, 96, 70], [110, 74, 56],
];
const BACKGROUNDS: readonly [number, number, number][] = [
  [120, 130, 150], [200, 200, 205], [70, 90, 80], [40, 40, 48], [150, 170, 190],
];

/** Smooth random field in -1..1 from a coarse grid, bilinearly interpolated. */
function valueNoise(random: Random, width: number, height: number, cell: number): Float32Array {
  const gw = Math.ceil(width / cell) + 2;
  const gh = Math.ceil(height / cell) + 2;
  const grid = Float32Array.from({ length: gw * gh }, () => random() * 2 - 1);
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const gy = y / cell;
    const y0 = Math.floor(gy);
    const fy = gy - y0;
    const sy = fy * fy * (3 - 2 * fy);
    for (let x = 0; x < width; x++) {
      const gx = x / cell;
      const x0 = Math.floor(gx);
      const fx = gx - x0;
      const sx = fx * fx * (3 - 2 * fx);
      const top = grid[y0 * gw + x0]! * (1 - sx) + grid[y0 * gw + x0 + 1]! * sx;
      const bottom = grid[(y0 + 1) * gw + x0]! * (1 - sx) + grid[(y0 + 1) * gw + x0 + 1]! * sx;
      out[y * width + x] = top * (1 - sy) + bottom * sy;
    }
  }
  return out;
}

function stamp(field: Float32Array, width: number, height: number, cx: number, cy: number, radius: number, apply: (p: number, weight: number) => void): void {
  const r = Math.ceil(radius * 2);
  for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(height - 1, Math.ceil(cy + r)); y++) {
    for (let x = Math.max(0, Math.floor(cx - r)); x <= Math.min(width - 1, Math.ceil(cx + r)); x++) {
      const d2 = ((x - cx) ** 2 + (y - cy) ** 2) / (radius * radius);
      if (d2 < 4) apply(y * width + x, Math.exp(-d2));
    }
  }
  void field;
}

export interface SceneOptions {
  /** Share of the width covered by a non-skin background on one side (0 = all skin). */
  background?: number;
}

export function makeScene(seed: number, width: number, height: number, options: SceneOptions = {}): Scene {
  const random = seeded(seed);
  const toneScale = between(random, 0.94, 1.06);
  const tone = pick(random, TONES).map((c, k) => c * toneScale * (k === 0 ? between(random, 0.99, 1.03) : 1)) as [number, number, number];
  const bg = pick(random, BACKGROUNDS);
  const slow = valueNoise(random, width, height, Math.max(8, width / 4));
  const mid = valueNoise(random, width, height, Math.max(4, width / 16));
  const grain = Float32Array.from({ length: width * height }, () => gaussian(random));
  const base = new Float32Array(width * height * 3);
  const spots = new Float32Array(width * height * 3);
  const skin = new Uint8Array(width * height);
  const shade = new Float32Array(width * height).fill(1);
  // Pores: small dark dots, about one per 40 px².
  for (let k = 0; k < (width * height) / 40; k++) {
    const depth = between(random, 0.06, 0.18);
    stamp(shade, width, height, random() * width, random() * height, between(random, 0.6, 1.4), (p, w) => {
      shade[p] = shade[p]! * (1 - depth * w);
    });
  }
  // Fine lines: short random walks, slightly darker.
  for (let k = 0; k < Math.max(2, (width * height) / 6000); k++) {
    let x = random() * width;
    let y = random() * height;
    let angle = random() * Math.PI * 2;
    for (let step = 0; step < width / 4; step++) {
      angle += (random() - 0.5) * 0.3;
      x += Math.cos(angle);
      y += Math.sin(angle);
      stamp(shade, width, height, x, y, 0.7, (p, w) => {
        shade[p] = shade[p]! * (1 - 0.05 * w);
      });
    }
  }
  // Spots: reddish or brown blobs.
  for (let k = 0; k < Math.max(3, (width * height) / 3000); k++) {
    const red = random() < 0.6;
    const strength = between(random, 12, 30);
    stamp(shade, width, height, random() * width, random() * height, between(random, 1.5, 4), (p, w) => {
      spots[p * 3] = spots[p * 3]! + (red ? 0.2 : -0.4) * strength * w;
      spots[p * 3 + 1] = spots[p * 3 + 1]! - strength * w;
      spots[p * 3 + 2] = spots[p * 3 + 2]! - 0.8 * strength * w;
    });
  }
  const backgroundEdge = (options.background ?? 0) * width;
  const leftSide = random() < 0.5;
  const gx = between(random, -0.15, 0.15);
  const gy = between(random, -0.15, 0.15);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      const light = 1 + gx * (x / width - 0.5) + gy * (y / height - 0.5);
      // A gently wavy boundary between the background and the skin.
      const edge = backgroundEdge + 6 * Math.sin(y / 17);
      const isBackground = backgroundEdge > 0 && (leftSide ? x < edge : x > width - edge);
      if (isBackground) {
        const v = 1 + 0.04 * slow[p]! + 0.015 * grain[p]!;
        for (let c = 0; c < 3; c++) base[p * 3 + c] = bg[c]! * v * light;
      } else {
        skin[p] = 1;
        const v = (1 + 0.06 * slow[p]! + 0.03 * mid[p]! + 0.025 * grain[p]!) * shade[p]!;
        for (let c = 0; c < 3; c++) base[p * 3 + c] = tone[c]! * v * light;
      }
    }
  }
  for (let p = 0; p < width * height; p++) {
    if (!skin[p]) spots.fill(0, p * 3, p * 3 + 3);
  }
  return { width, height, base, spots, skin };
}

export interface ShotOptions {
  width: number;
  height: number;
  /** Offset of the crop's centre from the scene's centre, in pixels. */
  dx?: number;
  dy?: number;
  /** Tilt in degrees and zoom (1 = scene pixels). */
  tilt?: number;
  zoom?: number;
  /** Sensor noise standard deviation, in levels. */
  noise?: number;
  exposure?: number;
  /** 1 = spots as in the scene; 0.6 = faded by 40% (what a treatment could do). */
  spotFactor?: number;
  seed?: number;
}

/** Photographs a scene: bilinear crop with shift, tilt and zoom, then exposure and sensor noise. */
export function shoot(scene: Scene, options: ShotOptions): { image: RgbaImage; skin: Uint8Array } {
  const { width, height } = options;
  const random = seeded(options.seed ?? 1);
  const image = createImage(width, height);
  const skin = new Uint8Array(width * height);
  const angle = ((options.tilt ?? 0) * Math.PI) / 180;
  const cos = Math.cos(angle) / (options.zoom ?? 1);
  const sin = Math.sin(angle) / (options.zoom ?? 1);
  const cx = scene.width / 2 + (options.dx ?? 0);
  const cy = scene.height / 2 + (options.dy ?? 0);
  const exposure = options.exposure ?? 1;
  const spotFactor = options.spotFactor ?? 1;
  const noise = options.noise ?? 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = x - width / 2;
      const v = y - height / 2;
      const sx = Math.min(Math.max(cx + u * cos - v * sin, 0), scene.width - 1.001);
      const sy = Math.min(Math.max(cy + u * sin + v * cos, 0), scene.height - 1.001);
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) {
        const at = (px: number, py: number): number => {
          const q = (py * scene.width + px) * 3 + c;
          return scene.base[q]! + spotFactor * scene.spots[q]!;
        };
        const value = (at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx) * (1 - fy) + (at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx) * fy;
        image.data[o + c] = value * exposure + noise * gaussian(random);
      }
      image.data[o + 3] = 255;
      skin[y * width + x] = scene.skin[Math.round(sy) * scene.width + Math.round(sx)]!;
    }
  }
  return { image, skin };
}
