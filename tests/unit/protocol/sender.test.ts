import { describe, expect, it } from 'vitest';
import { classifySender } from '../../../utils/protocol/sender';

const self = { runtimeId: 'abc', extensionOrigin: 'chrome-extension://abc/', allowDemoHosts: false };

describe('classifySender', () => {
  it('knows our extension pages and our content scripts on the two sites', () => {
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc/popup.html', hasTab: false }, self)).toBe('extension-page');
    expect(classifySender({ id: 'abc', url: 'https://www.tiktok.com/foryou', hasTab: true }, self)).toBe('content');
    expect(classifySender({ id: 'abc', url: 'https://www.instagram.com/p/x/', hasTab: true }, self)).toBe('content');
  });
  it('refuses other extensions, other hosts, http, look-alike hosts and missing URLs', () => {
    expect(classifySender({ id: 'other', url: 'chrome-extension://other/x.html', hasTab: false }, self)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'https://evil.example/', hasTab: true }, self)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'http://www.tiktok.com/', hasTab: true }, self)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'https://www.tiktok.com.evil.example/', hasTab: true }, self)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'https://www.tiktok.com/', hasTab: false }, self)).toBeNull();
    expect(classifySender({ id: 'abc', hasTab: true }, self)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'not a url', hasTab: true }, self)).toBeNull();
  });
  it('accepts localhost only for the demo build', () => {
    const demo = { ...self, allowDemoHosts: true };
    expect(classifySender({ id: 'abc', url: 'http://localhost:5678/tiktok/feed.html', hasTab: true }, self)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'http://localhost:5678/tiktok/feed.html', hasTab: true }, demo)).toBe('content');
  });
});
