// The two browsers of the feed benchmark: Chromium with the built extension (the browser tests'
// harness) and the same Chromium, same flags, without it. Both serve the feed and its images from
// Playwright routes, so nothing here touches the network.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { chromium, type BrowserContext, type Route } from 'playwright-core';
import { chromePath, launchExtension, type Launched } from '../../tests/browser/harness';
import { MEDIA_HOSTS, SITE_HOSTS } from './feed';

export interface BenchBrowser {
  context: BrowserContext;
  /** Set by the extension browser only. */
  extensionId: string | null;
  /** Sets the HTML the next document request on `host` gets. */
  serve(host: string, html: string): void;
  /** Delays every image response by `ms` (0 = immediately). */
  setImageDelay(ms: number): void;
  close(): Promise<void>;
}

/** Flags shared with tests/browser/harness.ts, minus the extension ones. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let photo: Buffer | null = null;

/** One small JPEG for every image request (the content of the images is not what we measure here). */
export async function smallJpeg(): Promise<Buffer> {
  photo ??= await sharp({ create: { width: 96, height: 96, channels: 3, background: { r: 200, g: 160, b: 140 } } }).jpeg().toBuffer();
  return photo;
}

function createResponders(): {
  hosts: Record<string, (url: URL, route: Route) => Promise<void>>;
  serve(host: string, html: string): void;
  setImageDelay(ms: number): void;
} {
  const pages = new Map<string, string>();
  let imageDelay = 0;
  const page = async (url: URL, route: Route): Promise<void> => {
    const body = pages.get(url.host);
    if (!body || route.request().resourceType() !== 'document') return route.abort();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  };
  const media = async (_url: URL, route: Route): Promise<void> => {
    const body = await smallJpeg();
    if (imageDelay > 0) await new Promise((resolve) => setTimeout(resolve, imageDelay));
    await route.fulfill({ status: 200, contentType: 'image/jpeg', body }).catch(() => undefined);
  };
  const hosts: Record<string, (url: URL, route: Route) => Promise<void>> = {};
  for (const host of Object.values(SITE_HOSTS)) hosts[host] = page;
  for (const host of Object.values(MEDIA_HOSTS)) hosts[host] = media;
  return {
    hosts,
    serve: (host, html) => void pages.set(host, html),
    setImageDelay: (ms) => void (imageDelay = ms),
  };
}

/** Chromium with the built extension at `extDir` (default: the harness's build folder). */
export async function launchWithExtension(extDir?: string): Promise<BenchBrowser & { launched: Launched }> {
  const responders = createResponders();
  const launched = await launchExtension({ extDir, hosts: responders.hosts });
  return {
    launched,
    context: launched.context,
    extensionId: launched.extensionId,
    serve: responders.serve,
    setImageDelay: responders.setImageDelay,
    close: () => launched.close(),
  };
}

/** The same Chromium and flags with no extension at all. */
export async function launchWithoutExtension(): Promise<BenchBrowser> {
  const responders = createResponders();
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'candid-bench-plain-'));
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: chromePath(), headless: true, args: FLAGS });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    const responder = responders.hosts[url.host];
    if (responder) return responder(url, route);
    return route.abort();
  });
  return {
    context,
    extensionId: null,
    serve: responders.serve,
    setImageDelay: responders.setImageDelay,
    async close() {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
