import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from '../../../utils/sites/index';
import { SITES } from '../../../utils/sites/types';

describe('adapterFor', () => {
  it('picks the adapter by host on the real sites, demo or not', () => {
    for (const demo of [false, true]) {
      expect(adapterFor('www.tiktok.com', '/foryou', demo)?.site).toBe('tiktok');
      expect(adapterFor('www.instagram.com', '/', demo)?.site).toBe('instagram');
      expect(adapterFor('WWW.TIKTOK.COM', '/', demo)?.site).toBe('tiktok');
    }
  });

  it('picks by the first path segment on localhost in the demo build only', () => {
    expect(adapterFor('localhost', '/tiktok/foryou.html', true)?.site).toBe('tiktok');
    expect(adapterFor('127.0.0.1', '/instagram/home-feed.html', true)?.site).toBe('instagram');
    expect(adapterFor('localhost', '/tiktok/foryou.html', false)).toBeNull();
    expect(adapterFor('localhost', '/other/page.html', true)).toBeNull();
    expect(adapterFor('localhost', '/', true)).toBeNull();
  });

  it('returns null elsewhere', () => {
    for (const host of ['tiktok.com.evil.example', 'example.com', 'm.tiktok.com', 'instagram.com.example', '']) {
      expect(adapterFor(host, '/tiktok/x', true), host).toBeNull();
    }
  });

  it('registers one adapter per site, under its own name', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual([...SITES].sort());
    for (const site of SITES) expect(ADAPTERS[site].site).toBe(site);
  });
});
