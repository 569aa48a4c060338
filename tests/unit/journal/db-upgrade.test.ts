import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CandidDb, SCHEMA_VERSIONS } from '../../../lib/db';
import { sampleJournal } from './fixtures';

/** Rows for every table any schema version has, so each upgrade is tested with data in it. */
function sampleRows(): Record<string, unknown[]> {
  const journal = sampleJournal(40);
  return {
    decisions: [
      { id: 'tiktok:not-before-after:p1', site: 'tiktok', kind: 'not-before-after', key: 'p1', at: 1 },
      { id: 'instagram:hide-author:someone', site: 'instagram', kind: 'hide-author', key: 'someone', at: 2 },
    ],
    imageCache: [{ key: 'https://img.example/a.jpg', at: 3, finding: { score: 0.5 } }],
    sessions: journal.sessions,
    courses: journal.courses,
    ticks: journal.ticks,
    journalMeta: [{ key: 'prefs', value: journal.prefs }],
    reminderLog: [{ id: 'end:s-1:no-makeup@123', at: 123 }],
  };
}

let counter = 0;
const dbName = (): string => `upgrade-${++counter}-${Math.random().toString(36).slice(2)}`;

/** Opens the database as the code of schema version `upTo` did, and fills every table it had. */
async function createAtVersion(name: string, upTo: number): Promise<Record<string, unknown[]>> {
  const old = new CandidDb(name, SCHEMA_VERSIONS.filter((v) => v.version <= upTo));
  await old.open();
  const rows = sampleRows();
  const written: Record<string, unknown[]> = {};
  for (const table of old.tables) {
    const data = rows[table.name];
    if (!data) throw new Error(`No sample rows for table ${table.name}: add them to sampleRows()`);
    await table.bulkAdd(data);
    written[table.name] = data;
  }
  old.close();
  return written;
}

describe('database upgrades', () => {
  const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
  const earlier = SCHEMA_VERSIONS.filter((v) => v.version < latest);

  it('has at least one earlier version to upgrade from', () => {
    expect(earlier.length).toBeGreaterThan(0);
  });

  for (const version of earlier) {
    it(`upgrades from version ${version.version} with data, losing no row`, async () => {
      const name = dbName();
      const written = await createAtVersion(name, version.version);
      const current = new CandidDb(name);
      await current.open();
      expect(current.verno).toBe(latest);
      for (const [table, rows] of Object.entries(written)) {
        const key = current.table(table).schema.primKey.keyPath as string;
        const stored = await current.table(table).toArray();
        const sortBy = (list: unknown[]): unknown[] => [...list].sort((a, b) => String((a as Record<string, unknown>)[key]).localeCompare(String((b as Record<string, unknown>)[key])));
        expect(sortBy(stored), table).toEqual(sortBy(rows));
      }
      // The new tables work after the upgrade.
      for (const table of current.tables) await expect(table.count()).resolves.toBeGreaterThanOrEqual(0);
      current.close();
    });
  }

  it('drops pictures that earlier versions cached with a photo check, keeping its measurements', async () => {
    const name = dbName();
    const old = new CandidDb(name, SCHEMA_VERSIONS.filter((v) => v.version <= 2));
    await old.open();
    const finding = { status: 'checked', layout: 'side-by-side', signals: [{ id: 'exposure', strength: 0.6 }] };
    await old.imageCache.bulkAdd([
      { key: 'with-picture', at: 1, finding: { ...finding, equalLight: 'data:image/jpeg;base64,AAAA' } },
      { key: 'without', at: 2, finding },
    ]);
    old.close();
    const current = new CandidDb(name);
    await current.open();
    expect(await current.imageCache.get('with-picture')).toEqual({ key: 'with-picture', at: 1, finding: { ...finding, hasEqualLight: true } });
    expect(await current.imageCache.get('without')).toEqual({ key: 'without', at: 2, finding });
    current.close();
  });

  it('a context still on an older version closes on versionchange instead of blocking, then reopens on the new one', async () => {
    const name = dbName();
    await createAtVersion(name, earlier[0]!.version);
    // Popup, side panel and background: each holds a connection of the old code, closing on
    // versionchange as lib/db.ts's db() does.
    const events: string[] = [];
    const contexts = ['popup', 'sidepanel', 'background'].map((label) => {
      const connection = new CandidDb(name, SCHEMA_VERSIONS.filter((v) => v.version <= earlier[0]!.version));
      connection.on('versionchange', () => {
        events.push(label);
        connection.close();
        return false;
      });
      return connection;
    });
    await Promise.all(contexts.map((c) => c.open()));
    const upgrading = new CandidDb(name);
    await upgrading.open();
    expect(upgrading.verno).toBe(latest);
    expect(events.sort()).toEqual(['background', 'popup', 'sidepanel']);
    for (const c of contexts) expect(c.isOpen()).toBe(false);
    // Each context reopens with the new code and reads the same data.
    for (const _ of contexts) {
      const reopened = new CandidDb(name);
      await expect(reopened.decisions.count()).resolves.toBe(2);
      await expect(reopened.sessions.count()).resolves.toBeGreaterThanOrEqual(0);
      reopened.close();
    }
    upgrading.close();
  });

  it('db() gives a fresh connection after another context upgraded', async () => {
    const { db } = await import('../../../lib/db');
    const first = db();
    await first.open();
    // Another context deletes/upgrades the database: Dexie fires versionchange here.
    await Dexie.delete(first.name);
    const second = db();
    expect(second).not.toBe(first);
    await expect(second.sessions.count()).resolves.toBe(0);
    second.close();
  });
});
