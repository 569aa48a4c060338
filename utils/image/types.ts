/**
 * The image analysis' types. The analysis itself is pure code on raw RGBA pixels (no browser
 * APIs), so the same functions run in the background, in Vitest and in the Node command line.
 */

/** Decoded pixels, row by row, 4 bytes per pixel (RGBA), as `ImageData` holds them. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A rectangle inside an image, in pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How the before and the after are laid out: one photo (`single`), a composite split side by side,
 * top and bottom, a 2x2 grid of two pairs (each row reads before → after), or two separate images
 * of a carousel (`pair`).
 */
export type ImageLayout = 'single' | 'side-by-side' | 'top-bottom' | 'grid' | 'pair';

export type ImageSignalId =
  | 'exposure'
  | 'white-balance'
  | 'saturation'
  | 'contrast'
  | 'smoothing'
  | 'sharpness'
  | 'retouched'
  | 'same-photo';

export interface ImageSignal {
  id: ImageSignalId;
  /** 0..1 */
  strength: number;
  /** Plain words for the card, e.g. "the after is 35% brighter". */
  detail: string;
  /** The short measured fact behind it, e.g. "after +35% brightness". */
  evidence: string;
}

export type ImageFinding =
  | {
      status: 'checked';
      layout: ImageLayout;
      signals: ImageSignal[];
      /** data: URL of the "equal light" rendering, if made (never cached: made again on request). */
      equalLight?: string;
      /**
       * Set instead of `equalLight` in answers to the page: the picture (tens of KB) is fetched only
       * when the user opens the card, so the feed does not carry one per post.
       */
      hasEqualLight?: boolean;
    }
  | { status: 'not-checked'; reason: string };

/** The command line's and the benchmark's one-word summary of an image. */
export type ImageVerdict = 'doubtful' | 'unsure' | 'no-red-flags' | 'not-before-after';
