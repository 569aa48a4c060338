// The bundled demo feed: our own TikTok-like and Instagram-like fixture pages (tests/fixtures),
// served on localhost for `npm start` and the benchmarks. Image URLs on the sites' media hosts are
// rewritten to local generated photos, since nothing here reaches the real sites.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const MEDIA_URL = /https:\/\/[a-z0-9.-]*(?:tiktokcdn(?:-us|-eu)?\.com|cdninstagram\.com|fbcdn\.net)\/[^"'\s)<>]*/g;

export const DEMO_SITES = ['tiktok', 'instagram'];

// Left out of the demo: hostile pages are for tests, and single-post pages need the real sites'
// post addresses (/p/<code>/) to tell the post from the grid around it.
const NOT_IN_DEMO = new Set(['hostile.html', 'post-page.html', 'post-dialog.html']);

/** The fixture pages of one site shown in the demo, by file name. */
export function demoPages(site) {
  const dir = path.join(FIXTURES, site);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => name.endsWith('.html') && !NOT_IN_DEMO.has(name)).sort();
}

function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * A skin-like before/after photo, deterministic per URL: two halves of the same textured skin;
 * most have their "after" half brightened, warmed and smoothed, as a misleading post would.
 */
async function demoPhoto(key) {
  const seed = hash(key);
  const width = 480;
  const height = 360;
  const data = Buffer.alloc(width * height * 3);
  let state = seed || 1;
  const rand = () => ((state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const edited = seed % 5 !== 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const half = x >= width / 2 ? 1 : 0;
      const grain = (rand() - 0.5) * 28;
      const spot = Math.sin(x * 0.21) * Math.cos(y * 0.17) * 6;
      let r = 198 + grain + spot;
      let g = 150 + grain * 0.9 + spot;
      let b = 128 + grain * 0.8 + spot;
      if (half && edited) {
        r = r * 1.3 + 12;
        g = g * 1.25;
        b = b * 1.05;
      }
      data[i] = Math.max(0, Math.min(255, r));
      data[i + 1] = Math.max(0, Math.min(255, g));
      data[i + 2] = Math.max(0, Math.min(255, b));
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } }).jpeg({ quality: 88 }).toBuffer();
}

function indexPage() {
  const links = DEMO_SITES.flatMap((site) =>
    demoPages(site).map((name) => `<li><a href="/${site}/${name}">${site}: ${name}</a></li>`),
  );
  return `<!doctype html><meta charset="utf-8"><title>Candid Skin demo feed</title><h1>Candid Skin demo feed</h1><ul>${links.join('')}</ul>`;
}

/** Starts the server; resolves to { url, close }. Port 0 picks a free one. */
export function startDemoServer({ port = 0 } = {}) {
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(indexPage());
        return;
      }
      if (url.pathname === '/media') {
        const photo = await demoPhoto(url.searchParams.get('u') ?? '');
        res.writeHead(200, { 'content-type': 'image/jpeg', 'cache-control': 'max-age=3600' }).end(photo);
        return;
      }
      const [, site, name] = url.pathname.split('/');
      if (DEMO_SITES.includes(site) && demoPages(site).includes(name)) {
        const origin = `http://${req.headers.host}`;
        const html = fs
          .readFileSync(path.join(FIXTURES, site, name), 'utf8')
          .replace(MEDIA_URL, (media) => `${origin}/media?u=${encodeURIComponent(media)}`);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
        return;
      }
      res.writeHead(404).end('not found');
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://localhost:${actual}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startDemoServer({ port: Number(process.env.PORT ?? 5678) });
  console.log(`Demo feed at ${url}/`);
}
