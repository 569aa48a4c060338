import { createImage } from '../raster';
import type { RgbaImage } from '../types';
import { between, seeded, type Random } from './prng';
import { makeScene, shoot, type Scene } from './skin';

/**
 * Two photographs of the same synthetic skin, as an honest before/after would be: each shot has its
 * own framing (shift, tilt, zoom), its own sensor noise and a ±3% exposure; the after's spots may be
 * fainter (what a treatment can do). Every shot is resampled from a finer scene, so both halves
 * carry the same kind of interpolation, as two real photos of the same skin would.
 */
export interface ShotPair {
  scene: Scene;
  before: RgbaImage;
  after: RgbaImage;
  /** Ground-truth skin mask of the after. */
  afterSkin: Uint8Array;
}

/** Scene pixels per shot pixel (the shots are scaled-down photographs of the scene). */
const SCENE_SCALE = 1.35;

export interface PairOptions {
  /** Share of the width that is non-skin background (random when absent). */
  background?: number;
  /** The after's spot strength (random when absent: 1, or fainter as after a treatment). */
  spotFactor?: number;
}

export function honestPair(seed: number, width: number, height: number, random: Random = seeded(seed ^ 0x9e3779b9), options: PairOptions = {}): ShotPair {
  const drawn = random() < 0.5 ? 0 : between(random, 0.2, 0.4);
  const background = options.background ?? drawn;
  const scene = makeScene(seed, Math.ceil(width * SCENE_SCALE * 1.12), Math.ceil(height * SCENE_SCALE * 1.12), { background });
  const zoom = 1 / SCENE_SCALE;
  // The same phone: each shot's noise within ±25% of the other's.
  const noise = between(random, 1.5, 3.5);
  const before = shoot(scene, {
    width, height, zoom: zoom * between(random, 0.99, 1.01), tilt: between(random, -0.4, 0.4),
    dx: between(random, -3, 3), dy: between(random, -3, 3), noise, seed: seed * 2 + 1,
  });
  const after = shoot(scene, {
    width, height, zoom: zoom * between(random, 0.98, 1.02), tilt: between(random, -0.8, 0.8),
    dx: between(random, -5, 5), dy: between(random, -5, 5), noise: noise * between(random, 0.8, 1.25),
    exposure: between(random, 0.97, 1.03), spotFactor: options.spotFactor ?? (random() < 0.5 ? 1 : between(random, 0.6, 0.9)), seed: seed * 2 + 2,
  });
  return { scene, before: before.image, after: after.image, afterSkin: after.skin };
}

/** A copy of an image (the "after made from the before" case starts here). */
export function copyImage(image: RgbaImage): RgbaImage {
  const out = createImage(image.width, image.height);
  out.data.set(image.data);
  return out;
}
