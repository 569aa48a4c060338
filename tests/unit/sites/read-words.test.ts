// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../utils/sites';
import { mayHaveCue, mayHaveCueIn } from '../../../utils/signals/before-after';
import { fixtureFiles, loadFixture } from './load-page';

// The scanner's cheap first look (`readWords`) must read exactly the words the full read
// (`extract`) reads: a before/after cue it missed would hide a before/after post.
describe.each([
  ['tiktok', 'https://www.tiktok.com/foryou'],
  ['instagram', 'https://www.instagram.com/dermabea.skin/'],
] as const)('%s readWords', (site, url) => {
  it('matches extract() on every post of every fixture', () => {
    const adapter = ADAPTERS[site];
    let checked = 0;
    let supersets = 0;
    for (const file of fixtureFiles(site)) {
      const doc = loadFixture(file, url);
      for (const post of adapter.findPosts(doc)) {
        const full = adapter.extract(post, null);
        expect(adapter.readWords(post), `${file} ${full.key}`).toEqual({ caption: full.caption, hashtags: full.hashtags });
        // The even cheaper gate reads a text holding every word and hashtag (whitespace aside).
        const superset = adapter.wordsSuperset(post);
        if (superset !== null) {
          const bare = superset.replace(/\s+/gu, '');
          for (const word of [...full.caption.split(/\s+/u), ...full.hashtags]) {
            expect(bare.includes(word.replace(/\s+/gu, '')), `${file} ${full.key}: ${word}`).toBe(true);
          }
          if (mayHaveCue(full)) expect(mayHaveCueIn(superset), `${file} ${full.key}`).toBe(true);
          supersets += 1;
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
    expect(supersets).toBeGreaterThan(10);
  });
});
