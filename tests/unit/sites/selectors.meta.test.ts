// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TIKTOK_SELECTORS } from '../../../utils/sites/tiktok-selectors';
import { INSTAGRAM_SELECTORS } from '../../../utils/sites/instagram-selectors';
import { fixtureFiles, loadFixture } from './load-page';

// The selector-has-a-fixture rule: every selector a site adapter uses matches something in at
// least one of our fixtures, so no hook is untested (a guessed hook is still pinned to the
// structure its fixture documents). Each comma-separated part counts on its own.

function parts(selector: string): string[] {
  return selector.split(/,(?![^[]*\])/u).map((p) => p.trim()).filter(Boolean);
}

describe.each([
  ['tiktok', TIKTOK_SELECTORS, 'https://www.tiktok.com/foryou'],
  ['instagram', INSTAGRAM_SELECTORS, 'https://www.instagram.com/'],
] as const)('%s selectors', (site, selectors, url) => {
  const docs = fixtureFiles(site).map((file) => loadFixture(file, url));

  it('has fixtures', () => {
    expect(docs.length).toBeGreaterThanOrEqual(4);
  });

  for (const [name, selector] of Object.entries(selectors)) {
    for (const part of parts(selector)) {
      it(`${name}: "${part}" matches in a fixture`, () => {
        const matches = docs.reduce((sum, doc) => sum + doc.querySelectorAll(part).length, 0);
        expect(matches).toBeGreaterThan(0);
      });
    }
  }

  it('never selects on class names', () => {
    for (const selector of Object.values(selectors)) expect(selector).not.toMatch(/(^|[\s,>+~])\.|\[class/u);
  });
});
