import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

// Fixture pages are parsed into their own happy-dom window, at the address the real site would
// show them under (the adapters read the document's location, e.g. on post pages). Scripts are
// never run: page scripts in fixtures are JSON data blocks.

// Resolved from this file's path (the happy-dom environment replaces the global URL class).
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/');

export function fixtureHtml(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}

/** A document holding `html`, whose location is `url`. */
export function loadHtml(html: string, url: string): Document {
  const win = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  // happy-dom's own DOM types differ slightly from lib.dom's; the objects are the same shape.
  const doc = win.document as unknown as Document;
  const parsed = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  doc.replaceChildren(doc.importNode(parsed.documentElement, true));
  return doc;
}

export function loadFixture(path: string, url: string): Document {
  return loadHtml(fixtureHtml(path), url);
}

/** Every fixture page of a site (`tiktok/foryou.html`, …), for the selector meta test. */
export function fixtureFiles(site: 'tiktok' | 'instagram'): string[] {
  return readdirSync(FIXTURES + site)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => `${site}/${file}`);
}
