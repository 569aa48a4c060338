import type { Lab } from './color';

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
