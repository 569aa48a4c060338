/**
 * The image analysis' answer for one post, as the background sends it to the content script.
 * (Filled in by the pixel-analysis issue; until then the background answers `not-checked`.)
 */
export type ImageLayout = 'single' | 'side-by-side' | 'top-bottom' | 'grid' | 'pair';

export interface ImageSignal {
  id: string;
  /** 0..1 */
  strength: number;
  /** Plain words for the card, e.g. "the after is 35% brighter". */
  detail: string;
}

export type ImageFinding =
  | { status: 'checked'; layout: ImageLayout; signals: ImageSignal[]; /** data: URL of the "equal light" rendering, if made */ equalLight?: string }
  | { status: 'not-checked'; reason: string };
