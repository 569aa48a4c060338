import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMAGE_HOST_PATTERNS, SITE_PATTERNS } from '../../utils/hosts';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, process.env.CANDID_OUT_DIR ?? '.output');
const read = (dir: string) => JSON.parse(fs.readFileSync(path.join(out, dir, 'manifest.json'), 'utf8'));

// The exact permissions each build may ask for: anything more must be a deliberate change here.
const PERMISSIONS = ['alarms', 'notifications', 'storage', 'unlimitedStorage'];

describe('Chrome MV3 manifest', () => {
  const manifest = read('chrome-mv3');
  it('is MV3 with a service worker, the side panel and exactly the expected permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.service_worker).toBe('background.js');
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect([...manifest.permissions].sort()).toEqual([...PERMISSIONS, 'sidePanel'].sort());
  });
  it('reaches only the two sites’ image hosts and runs only on the two sites', () => {
    expect([...manifest.host_permissions].sort()).toEqual([...IMAGE_HOST_PATTERNS].sort());
    const matches = manifest.content_scripts.flatMap((s: { matches: string[] }) => s.matches);
    expect([...new Set(matches)].sort()).toEqual([...SITE_PATTERNS].sort());
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
  });
  it('exposes nothing to web pages or other extensions', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.content_security_policy).toBeUndefined();
  });
});

describe('Firefox manifest', () => {
  const manifest = read('firefox-mv2');
  it('has a gecko id, declares no data collection and a sidebar', () => {
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  });
  it('asks only for the expected permissions and hosts', () => {
    const expected = [...PERMISSIONS, ...IMAGE_HOST_PATTERNS].sort();
    expect([...manifest.permissions].sort()).toEqual(expected);
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
  });
});
