import { rgbToLab, type Lab } from './color';

/**
 * A simple skin-colour test in CIELAB: skin of every tone sits in a narrow band of warm hues
 * (red-yellow, hue angle about 25°–75°) with moderate chroma, across a wide range of lightness.
 * Lightness is left wide on purpose, so that an exposure change does not move skin out of the mask.
 * It is a coarse mask (a wooden wall also passes); the statistics only need "mostly skin".
 */
export function isSkinLab(lab: Lab): boolean {
  if (lab.l < 15 || lab.l > 97) return false;
  if (lab.a < 3 || lab.b < 3) return false;
  const chroma = Math.hypot(lab.a, lab.b);
  if (chroma < 8 || chroma > 60) return false;
  // tan(25°) ≈ 0.47, tan(78°) ≈ 4.7: warm hues from pinkish red to yellowish.
  return lab.b >= 0.47 * lab.a && lab.b <= 4.7 * lab.a;
}

/**
 * The skin test per 8-bit RGB colour, through a table of 64 levels per channel filled on first use
 * with the test at each cell's centre: the Lab conversion (three cube roots) per sample was the
 * largest cost of measuring a half. A cell spans 4 levels per channel, far finer than the mask's
 * own tolerance. 0 = not yet known, 1 = not skin, 2 = skin.
 */
const SKIN_TABLE = new Uint8Array(1 << 18);
const CELL_LAB: Lab = { l: 0, a: 0, b: 0 };

export function isSkinRgb(r: number, g: number, b: number): boolean {
  const index = ((r >> 2) << 12) | ((g >> 2) << 6) | (b >> 2);
  let known = SKIN_TABLE[index]!;
  if (known === 0) {
    known = isSkinLab(rgbToLab((r & 0xfc) | 2, (g & 0xfc) | 2, (b & 0xfc) | 2, CELL_LAB)) ? 2 : 1;
    SKIN_TABLE[index] = known;
  }
  return known === 2;
}
