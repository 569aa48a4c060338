import { analyseImage, analysePair, type ImageAnalysis } from '../../utils/image/analyse';
import { renderEqualLight } from '../../utils/image/equal-light';
import { ANALYSIS_MAX_SIDE } from '../../utils/image/raster';
import type { ImageFinding, RgbaImage } from '../../utils/image/types';
import type { FindingCache } from './cache';
import { MediaError } from './fetch-media';
import { mediaKey } from './media-key';
import { createAnalysisQueue } from './queue';

/** What the pipeline needs from the browser; injected so the pipeline is tested in Node. */
export interface MediaDeps {
  fetchMedia(url: string): Promise<Blob>;
  decode(blob: Blob, maxSide: number): Promise<RgbaImage>;
  encodeJpeg(image: RgbaImage): Promise<string | null>;
  cache: FindingCache;
}

/** At most two analyses at once: the worker stays responsive to the other messages. */
export const MAX_PARALLEL_ANALYSES = 2;
/** Equal-light pictures kept in memory for cards opened soon after their post was checked. */
const RECENT_PICTURES = 16;
/** The "equal light" view is made when light or colour differ at least this much. */
const EQUAL_LIGHT_STRENGTH = 0.25;

function notChecked(reason: string): ImageFinding {
  return { status: 'not-checked', reason };
}

function reasonOf(error: unknown): string {
  if (error instanceof MediaError) return error.message;
  return 'the image could not be fetched or decoded';
}

async function withEqualLight(analysis: ImageAnalysis, deps: MediaDeps): Promise<ImageFinding> {
  const finding: ImageFinding = {
    status: 'checked',
    layout: analysis.layout,
    signals: analysis.signals,
  };
  const lightOrColour = analysis.signals.some((s) => (s.id === 'exposure' || s.id === 'white-balance') && s.strength >= EQUAL_LIGHT_STRENGTH);
  const pair = analysis.pairs[0];
  if (lightOrColour && pair) {
    const url = await deps.encodeJpeg(renderEqualLight(pair.before, pair.after)).catch(() => null);
    if (url) finding.equalLight = url;
  }
  return finding;
}

/**
 * The finding as the cache keeps it: the measurements, never a picture made from the post's photo
 * (PRIVACY.md promises that); `hasEqualLight` says one can be made again on request.
 */
export function withoutPicture(finding: ImageFinding): ImageFinding {
  if (finding.status !== 'checked' || !finding.equalLight) return finding;
  const { equalLight: _picture, ...rest } = finding;
  return { ...rest, hasEqualLight: true };
}

export interface AnalyseOptions {
  /**
   * The "equal light" picture is wanted (a card asks when it opens): for a cached finding that had
   * one, from the worker's memory, else the photo is analysed again to make it.
   */
  picture?: boolean;
}

/**
 * The background's media analysis: cache → (one shared run per image, two at a time) fetch,
 * decode at reduced size, analyse → cache. Only `checked` findings are cached, without their
 * picture: a failed fetch may succeed next time. Never throws: any failure is a `not-checked`
 * finding with a plain reason.
 */
export function createMediaAnalyser(deps: MediaDeps, queue = createAnalysisQueue(MAX_PARALLEL_ANALYSES)) {
  // The last few pictures made, in the worker's memory only (gone when it stops): a card opened
  // soon after its post was checked gets its picture without a second download and analysis.
  const pictures = new Map<string, string>();
  const keepPicture = (key: string, finding: ImageFinding): void => {
    if (finding.status !== 'checked' || !finding.equalLight) return;
    pictures.delete(key);
    pictures.set(key, finding.equalLight);
    if (pictures.size > RECENT_PICTURES) pictures.delete(pictures.keys().next().value!);
  };

  async function fresh(urls: string[]): Promise<ImageFinding> {
    const first = deps.decode(await deps.fetchMedia(urls[0]!), ANALYSIS_MAX_SIDE);
    const analysis = analyseImage(await first);
    if (analysis.layout !== 'single' || urls.length < 2) return withEqualLight(analysis, deps);
    // One photo: a carousel may hold the before and the after as two images.
    const [before, after] = await Promise.all(urls.slice(0, 2).map(async (url) => deps.decode(await deps.fetchMedia(url), ANALYSIS_MAX_SIDE)));
    return withEqualLight(analysePair(before!, after!), deps);
  }

  return async function analyseMedia(urls: string[], options: AnalyseOptions = {}): Promise<ImageFinding> {
    if (urls.length === 0) return notChecked('no image');
    const key = urls.slice(0, 2).map(mediaKey).join('|');
    try {
      const cached = await deps.cache.get(key);
      if (cached && options.picture && cached.status === 'checked' && cached.hasEqualLight) {
        const picture = pictures.get(key);
        if (picture) return { ...cached, equalLight: picture };
      } else if (cached) return cached;
    } catch {
      // A cache that cannot be read only costs a fresh analysis.
    }
    return queue.run(key, async () => {
      let finding: ImageFinding;
      try {
        finding = await fresh(urls);
      } catch (error) {
        return notChecked(reasonOf(error));
      }
      keepPicture(key, finding);
      await deps.cache.put(key, withoutPicture(finding)).catch(() => undefined);
      return finding;
    });
  };
}
