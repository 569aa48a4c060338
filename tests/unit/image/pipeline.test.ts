import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../lib/db';
import { dbFindingCache, type FindingCache } from '../../../lib/image/cache';
import { fetchMedia, MediaError } from '../../../lib/image/fetch-media';
import { mediaKey } from '../../../lib/image/media-key';
import { createMediaAnalyser, type MediaDeps } from '../../../lib/image/pipeline';
import { createAnalysisQueue } from '../../../lib/image/queue';
import { editExposure } from '../../../utils/image/synthetic/edits';
import type { ImageFinding, RgbaImage } from '../../../utils/image/types';
import { pair, sideBySide } from './fixtures';

function memoryCache(): FindingCache & { rows: Map<string, ImageFinding> } {
  const rows = new Map<string, ImageFinding>();
  return { rows, get: async (key) => rows.get(key) ?? null, put: async (key, finding) => void rows.set(key, finding) };
}

const p = pair(71, 160, 160);
const composite = sideBySide(p.before, editExposure(p.after, 1.35), 8);
const URL_A = 'https://p16-sign-va.tiktokcdn.com/obj/abc.jpeg?x-expires=1&sig=2';

function deps(images: Record<string, RgbaImage>, overrides: Partial<MediaDeps> = {}): MediaDeps & { fetches: string[] } {
  const fetches: string[] = [];
  return {
    fetches,
    fetchMedia: async (url) => {
      fetches.push(url);
      if (!images[mediaKey(url)]) throw new Error('network');
      return new Blob([mediaKey(url)]);
    },
    decode: async (blob) => images[await blob.text()]!,
    encodeJpeg: async () => 'data:image/jpeg;base64,AAAA',
    cache: memoryCache(),
    ...overrides,
  };
}

describe('media analysis pipeline', () => {
  it('analyses a composite, adds the equal-light view, caches by URL without its query', async () => {
    const d = deps({ [mediaKey(URL_A)]: composite });
    const analyse = createMediaAnalyser(d);
    const finding = await analyse([URL_A]);
    expect(finding).toMatchObject({ status: 'checked', layout: 'side-by-side', equalLight: 'data:image/jpeg;base64,AAAA' });
    expect(finding.status === 'checked' && finding.signals.some((s) => s.id === 'exposure')).toBe(true);
    // Same image, new signature: answered from the cache, no second download; the cache holds the
    // measurements only, never the picture made from the post's photo.
    const again = await analyse([URL_A.replace('sig=2', 'sig=3')]);
    const { equalLight: _picture, ...measurements } = finding as Extract<ImageFinding, { status: 'checked' }>;
    expect(again).toEqual({ ...measurements, hasEqualLight: true });
    expect(JSON.stringify([...(d.cache as ReturnType<typeof memoryCache>).rows.values()])).not.toContain('data:image');
    expect(d.fetches).toHaveLength(1);
  });

  it('gives a card its equal-light picture from memory, or makes it again after the worker restarted', async () => {
    const d = deps({ [mediaKey(URL_A)]: composite });
    const analyse = createMediaAnalyser(d);
    await analyse([URL_A]);
    expect(await analyse([URL_A])).toMatchObject({ hasEqualLight: true });
    expect(await analyse([URL_A], { picture: true })).toMatchObject({ status: 'checked', equalLight: 'data:image/jpeg;base64,AAAA' });
    expect(d.fetches).toHaveLength(1);
    // A new worker: the same cache (measurements only), no picture in memory: analysed again.
    const restarted = createMediaAnalyser(d);
    expect(await restarted([URL_A])).toMatchObject({ hasEqualLight: true });
    expect(d.fetches).toHaveLength(1);
    expect(await restarted([URL_A], { picture: true })).toMatchObject({ status: 'checked', equalLight: 'data:image/jpeg;base64,AAAA' });
    expect(d.fetches).toHaveLength(2);
  });

  it('shares one analysis between identical concurrent requests', async () => {
    const d = deps({ [mediaKey(URL_A)]: composite });
    const analyse = createMediaAnalyser(d);
    const [a, b] = await Promise.all([analyse([URL_A]), analyse([URL_A])]);
    expect(a).toEqual(b);
    expect(d.fetches).toHaveLength(1);
  });

  it('a failed fetch or decode is a quiet not-checked finding, never a throw, and is not cached', async () => {
    const d = deps({});
    const analyse = createMediaAnalyser(d);
    await expect(analyse([URL_A])).resolves.toMatchObject({ status: 'not-checked' });
    const broken = deps({ [mediaKey(URL_A)]: composite }, { decode: async () => Promise.reject(new Error('corrupt')) });
    await expect(createMediaAnalyser(broken)([URL_A])).resolves.toEqual({ status: 'not-checked', reason: 'the image could not be fetched or decoded' });
    expect((broken.cache as ReturnType<typeof memoryCache>).rows.size).toBe(0);
  });

  it('reads two carousel images as a pair when the first is a single photo', async () => {
    const URL_B = 'https://scontent.cdninstagram.com/v/after.jpg?stp=1';
    const d = deps({ [mediaKey(URL_A)]: p.before, [mediaKey(URL_B)]: editExposure(p.after, 1.35) });
    const finding = await createMediaAnalyser(d)([URL_A, URL_B]);
    expect(finding).toMatchObject({ status: 'checked', layout: 'pair' });
  });
});

describe('analysis queue', () => {
  it('runs at most two tasks at once', async () => {
    const queue = createAnalysisQueue(2);
    let peak = 0;
    const task = async (): Promise<void> => {
      peak = Math.max(peak, queue.running);
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((key) => queue.run(key, task)));
    expect(peak).toBe(2);
  });

  it('never runs more than its limit when a request arrives while a finished task hands over its slot', async () => {
    // A request arriving some microtasks after a task ends, for every delay up to 12: one of them
    // lands between the end of the task and the wake-up of the task that was waiting.
    for (let ticks = 0; ticks <= 12; ticks++) {
      const queue = createAnalysisQueue(1);
      let peak = 0;
      const track = async (): Promise<void> => {
        peak = Math.max(peak, queue.running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        peak = Math.max(peak, queue.running);
      };
      let release!: () => void;
      const first = queue.run('first', () => new Promise<void>((resolve) => (release = resolve)));
      const waiting = queue.run('waiting', track);
      release();
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      await Promise.all([first, waiting, queue.run('late', track)]);
      expect({ ticks, peak }).toEqual({ ticks, peak: 1 });
    }
  });
});

describe('fetching media', () => {
  it('fetches only allowlisted image hosts, without credentials', async () => {
    const fake = vi.fn(async () => new Response(new Blob([new Uint8Array([1, 2, 3])]), { headers: { 'content-type': 'image/jpeg' } }));
    await fetchMedia(URL_A, false, fake as unknown as typeof fetch);
    expect(fake).toHaveBeenCalledWith(URL_A, expect.objectContaining({ credentials: 'omit', redirect: 'error' }));
    await expect(fetchMedia('https://evil.example/a.jpg', false, fake as unknown as typeof fetch)).rejects.toThrow(/allowlist/);
    await expect(fetchMedia('http://localhost:3000/a.jpg', false, fake as unknown as typeof fetch)).rejects.toThrow(/allowlist/);
    expect(fake).toHaveBeenCalledTimes(1);
  });

  it('refuses a redirect without following it, with a plain reason', async () => {
    // What fetch does with redirect: 'error' when the host answers with a redirect.
    const fake = vi.fn(async (_url: string, init?: RequestInit): Promise<Response> => {
      if (init?.redirect === 'error') throw new TypeError('Failed to fetch');
      return new Response(new Blob([new Uint8Array([1])]), { headers: { 'content-type': 'image/jpeg' } });
    });
    await expect(fetchMedia(URL_A, false, fake as unknown as typeof fetch)).rejects.toThrow(MediaError);
    await expect(fetchMedia(URL_A, false, fake as unknown as typeof fetch)).rejects.toThrow(/redirected/);
  });

  it('refuses a non-image answer', async () => {
    const fake = async (): Promise<Response> => new Response('<html>', { headers: { 'content-type': 'text/html' } });
    await expect(fetchMedia(URL_A, false, fake as typeof fetch)).rejects.toThrow(/not an image/);
  });
});

describe('finding cache in IndexedDB', () => {
  it('keeps only the newest rows', async () => {
    const cache = dbFindingCache(3);
    const now = vi.spyOn(Date, 'now');
    for (let k = 0; k < 5; k++) {
      now.mockReturnValue(1000 + k);
      await cache.put(`key-${k}`, { status: 'checked', layout: 'single', signals: [] });
    }
    now.mockRestore();
    expect(await db().imageCache.count()).toBe(3);
    expect(await cache.get('key-0')).toBeNull();
    expect(await cache.get('key-4')).toEqual({ status: 'checked', layout: 'single', signals: [] });
  });
});
