// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { capText, hashtagsInText, readText, uniqueTags } from '../../../utils/sites/text';
import { absoluteHttpUrl, parseSrcset, pickFromSrcset } from '../../../utils/sites/srcset';
import { fnv1a, hashKey } from '../../../utils/sites/post-key';
import { findLabel } from '../../../utils/sites/labels';
import { mergeLabels } from '../../../utils/sites/merge-labels';
import { emptyLabels } from '../../../utils/sites/types';
import { loadHtml } from './load-page';

describe('readText', () => {
  const doc = loadHtml(
    '<html><body><div id="d"><span>one</span><a href="/tag/a"><strong>#a</strong></a><a href="/tag/b">#b</a>two<br>three <button>more</button><script>x()</script><svg><text>icon</text></svg></div></body></html>',
    'https://www.tiktok.com/',
  );
  it('separates words at links and breaks, skips code, icons and buttons, collapses whitespace', () => {
    expect(readText(doc.getElementById('d'))).toBe('one #a #b two three');
  });
  it('returns "" for a missing element and caps long text', () => {
    expect(readText(null)).toBe('');
    expect(readText(doc.getElementById('d'), 7)).toBe('one #a ');
  });
  it('walks very deep nesting without recursion', () => {
    const root = doc.createElement('div');
    let node: Element = root;
    for (let i = 0; i < 5000; i += 1) node = node.appendChild(doc.createElement('span'));
    node.textContent = 'deep';
    expect(readText(root)).toBe('deep');
  });
});

describe('text helpers', () => {
  it('capText never leaves half a surrogate pair', () => {
    expect(capText('ab😀', 3)).toBe('ab');
    expect(capText('ab😀', 4)).toBe('ab😀');
  });
  it('finds hashtags in any script and dedupes them case-insensitively', () => {
    expect(hashtagsInText('x #Microneedling y #antesydespués #طبخ #microneedling')).toEqual(['Microneedling', 'antesydespués', 'طبخ', 'microneedling']);
    expect(uniqueTags(['#Microneedling', 'microneedling', '', '#ad'])).toEqual(['Microneedling', 'ad']);
  });
});

describe('srcset', () => {
  it('parses width and density descriptors and URLs with commas', () => {
    expect(parseSrcset('a.jpg 640w, b.jpg 1080w')).toEqual([
      { url: 'a.jpg', width: 640, density: null },
      { url: 'b.jpg', width: 1080, density: null },
    ]);
    expect(parseSrcset('https://x/c0,1.jpg 1x,https://x/d.jpg 2x')).toEqual([
      { url: 'https://x/c0,1.jpg', width: null, density: 1 },
      { url: 'https://x/d.jpg', width: null, density: 2 },
    ]);
    expect(parseSrcset('lonely.jpg')).toEqual([{ url: 'lonely.jpg', width: null, density: 1 }]);
    expect(parseSrcset('bad.jpg 12q, , ,')).toEqual([]);
  });
  it('picks the smallest candidate of at least 320 px, else the largest; 1x for densities', () => {
    expect(pickFromSrcset(parseSrcset('a 150w, b 640w, c 320w, d 1080w'))).toBe('c');
    expect(pickFromSrcset(parseSrcset('a 150w, b 240w'))).toBe('b');
    expect(pickFromSrcset(parseSrcset('hd 2x, sd 1x'))).toBe('sd');
    expect(pickFromSrcset([])).toBeNull();
  });
  it('accepts only http(s) URLs', () => {
    expect(absoluteHttpUrl('/obj/x.jpg', 'https://www.tiktok.com/foryou')).toBe('https://www.tiktok.com/obj/x.jpg');
    expect(absoluteHttpUrl('data:image/gif;base64,R0l=', undefined)).toBeNull();
    expect(absoluteHttpUrl('javascript:alert(1)', 'https://www.tiktok.com/')).toBeNull();
    expect(absoluteHttpUrl('blob:https://www.tiktok.com/1', undefined)).toBeNull();
    expect(absoluteHttpUrl('', undefined)).toBeNull();
  });
});

describe('post keys', () => {
  it('is 32-bit FNV-1a (published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
  it('hashes author and caption into a short, stable, distinct key', () => {
    expect(hashKey('ana', 'day 1 vs day 30')).toBe(hashKey('ana', 'day 1 vs day 30'));
    expect(hashKey('ana', 'day 1 vs day 30')).not.toBe(hashKey('bea', 'day 1 vs day 30'));
    expect(hashKey(null, '')).toMatch(/^h-[0-9a-z]{1,7}$/u);
  });
});

describe('labels', () => {
  const doc = loadHtml(
    '<html><body><header id="h"><span>Paid partnership with </span><a href="/b/">b</a><span> AI info </span></header><p id="c">Sponsored</p></body></html>',
    'https://www.instagram.com/',
  );
  it('matches whole text nodes, prefixes where allowed, outside excluded elements', () => {
    const body = doc.body;
    const caption = doc.getElementById('c') as Element;
    expect(findLabel(body, { exact: ['AI info'] })).toBe('AI info');
    expect(findLabel(body, { exact: ['Paid partnership'], prefix: ['Paid partnership'] })).toBe('Paid partnership with');
    expect(findLabel(body, { exact: ['Paid partnership'] })).toBeNull();
    expect(findLabel(body, { exact: ['Sponsored'] })).toBe('Sponsored');
    expect(findLabel(body, { exact: ['Sponsored'] }, [caption])).toBeNull();
  });
  it('merges page and JSON labels', () => {
    const page = { ...emptyLabels(), paidPartnership: true, effects: ['A'] };
    expect(mergeLabels(page, { aiGenerated: true, effects: ['A', 'B'] })).toEqual({
      paidPartnership: true, sponsored: false, aiGenerated: true, effects: ['A', 'B'],
    });
    expect(mergeLabels(page, undefined)).toEqual(page);
  });
});
