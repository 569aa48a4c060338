import { describe, expect, it, vi } from 'vitest';
import { deleteJournal, exportJournal, importJournal, readJournal } from '../../../lib/journal/transfer';
import { EXPORT_FORMAT, parseJournalFile, serializeJournal } from '../../../utils/journal/transfer';
import { MAX_IMPORT_BYTES } from '../../../utils/journal/limits';
import { canonical, freshDb, NOW, sampleJournal, seed } from './fixtures';

describe('export, delete all, import', () => {
  it('gives back the same journal for 1,000 sessions', async () => {
    const database = freshDb();
    const original = sampleJournal(1000);
    await seed(database, original);
    const before = await readJournal(database);
    expect(canonical(before)).toEqual(canonical(original));

    const file = await exportJournal(NOW, database);
    await database.decisions.put({ id: 'tiktok:hide-author:someone', site: 'tiktok', kind: 'hide-author', key: 'someone', at: NOW });
    await database.imageCache.put({ key: 'p16-sign-va.tiktokcdn.com/obj/a.jpeg', at: NOW, finding: { status: 'checked', layout: 'single', signals: [] } });
    await deleteJournal(database);
    // Everything: the journal, the choices on posts and the photo checks (PRIVACY.md says so).
    for (const table of database.tables) expect({ table: table.name, rows: await table.count() }).toEqual({ table: table.name, rows: 0 });

    const outcome = await importJournal(file, file.length, NOW, database);
    expect(outcome).toEqual({ ok: true, sessions: 1000, replaced: 0 });
    expect(canonical(await readJournal(database))).toEqual(canonical(original));
  });

  it('importing a file into a journal that has the same rows replaces them and duplicates nothing', async () => {
    const database = freshDb();
    const data = sampleJournal(50);
    await seed(database, data);
    const file = await exportJournal(NOW, database);
    expect(await importJournal(file, file.length, NOW, database)).toEqual({ ok: true, sessions: 50, replaced: 50 });
    expect(await database.sessions.count()).toBe(50);
  });

  it('writes nothing when the database fails half-way through an import', async () => {
    const database = freshDb();
    await seed(database, sampleJournal(5, 1));
    const before = await readJournal(database);
    const file = serializeJournal(sampleJournal(20, 2), NOW).replaceAll('"s-', '"other-');
    vi.spyOn(database.ticks, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    const outcome = await importJournal(file, file.length, NOW, database);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/Nothing was imported.*disk full/);
    expect(canonical(await readJournal(database))).toEqual(canonical(before));
  });
});

/** A valid export, as an object to break in one place. */
function validFile(): Record<string, unknown> {
  return JSON.parse(serializeJournal(sampleJournal(5, 3), NOW)) as Record<string, unknown>;
}
function withSession(change: (session: Record<string, unknown>) => void): string {
  const file = validFile();
  const sessions = file.sessions as Record<string, unknown>[];
  change(sessions[0]!);
  return JSON.stringify(file);
}
/** A valid file with `from` replaced in its compact JSON text (for keys an object literal cannot hold). */
function withText(from: string, to: string): string {
  const text = JSON.stringify(validFile());
  if (!text.includes(from)) throw new Error(`the file has no ${from}`);
  return text.replace(from, to);
}
function withFile(change: (file: Record<string, unknown>) => void): string {
  const file = validFile();
  change(file);
  return JSON.stringify(file);
}

const good = serializeJournal(sampleJournal(5, 3), NOW);
const MALFORMED: [string, string | (() => string), RegExp][] = [
  ['empty file', '', /empty/],
  ['only whitespace', '  \n\t ', /empty/],
  ['not JSON at all', 'Dear diary, today I had microneedling.', /not a complete JSON file/],
  ['truncated in the middle', good.slice(0, Math.floor(good.length / 2)), /cut off/],
  ['truncated by one character', good.slice(0, -1), /cut off/],
  ['a JSON array', '[1,2,3]', /not a Candid Skin journal export/],
  ['JSON null', 'null', /not a Candid Skin journal export/],
  ['a JSON number', '42', /not a Candid Skin journal export/],
  ['another app’s export', JSON.stringify({ format: 'some-other-app', version: 1, sessions: [] }), /format marker/],
  ['no format marker', () => withFile((f) => delete f.format), /format marker/],
  ['from a future version', () => withFile((f) => (f.version = 2)), /newer version of Candid Skin \(format 2/],
  ['version as a string', () => withFile((f) => (f.version = '1')), /no valid version/],
  ['version zero', () => withFile((f) => (f.version = 0)), /no valid version/],
  ['sessions missing', () => withFile((f) => delete f.sessions), /no list of sessions/],
  ['sessions not a list', () => withFile((f) => (f.sessions = { a: 1 })), /no list of sessions/],
  ['ticks not a list', () => withFile((f) => (f.ticks = 'none')), /no list of checklist ticks/],
  ['an unknown top-level part', () => withFile((f) => (f.extra = true)), /unknown part "extra"/],
  ['a __proto__ key', () => good.replace('{', '{"__proto__":{"polluted":true},'), /unknown part "__proto__"/],
  ['duplicate session ids', () => withFile((f) => { const s = f.sessions as Record<string, unknown>[]; s[1]!.id = s[0]!.id; }), /two sessions share the id "s-0"/],
  ['duplicate course ids', () => withFile((f) => { const c = f.courses as Record<string, unknown>[]; c[1]!.id = c[0]!.id; }), /two courses share the id/],
  ['duplicate tick ids', () => withFile((f) => { const t = f.ticks as unknown[]; t.push(t[0]); }), /two checklist ticks share the id/],
  ['end time as a string', () => withSession((s) => (s.endedAt = '2025-06-01')), /session 1 has a date before 2000/],
  ['a date before 2000', () => withSession((s) => (s.endedAt = Date.UTC(1999, 11, 31))), /session 1 has a date before 2000/],
  ['a date years ahead', () => withSession((s) => (s.endedAt = NOW + 3 * 365 * 86400000)), /more than a year ahead/],
  ['a needle depth of 5 mm', () => withSession((s) => (s.depthMm = 5)), /needle depth/],
  ['a negative needle depth', () => withSession((s) => (s.depthMm = -1)), /needle depth/],
  ['10 KB of notes', () => withSession((s) => (s.notes = 'n'.repeat(10 * 1024))), /notes/],
  ['notes as a number', () => withSession((s) => (s.notes = 12)), /notes/],
  ['areas as a string', () => withSession((s) => (s.areas = 'cheeks')), /treated areas/],
  ['an unknown treatment', () => withSession((s) => (s.treatment = 'facelift')), /unknown treatment/],
  ['an unknown field in a session', () => withSession((s) => (s.script = '<script>')), /unknown field "script"/],
  // Names every object inherits are unknown fields too (an `in` test would take them as known).
  ['a "constructor" field in a session', () => withSession((s) => Object.assign(s, { constructor: { big: 'x'.repeat(1000) } })), /unknown field "constructor"/],
  ['a "toString" field in a session', () => withSession((s) => Object.assign(s, { toString: 42 })), /unknown field "toString"/],
  ['a __proto__ key in a session', () => withText('"sessions":[{', '"sessions":[{"__proto__":{"courseId":"zzz"},'), /unknown field "__proto__"/],
  ['a session without id', () => withSession((s) => delete s.id), /session 1 has no valid id|missing "id"/],
  ['a session id with spaces', () => withSession((s) => (s.id = 'a b')), /no valid id/],
  ['a session in a course not in the file', () => withSession((s) => (s.courseId = 'nowhere')), /course that is not in the file/],
  ['a tick whose id does not match', () => withFile((f) => { (f.ticks as Record<string, unknown>[])[0]!.id = 'x'; }), /tick 1 has an id that does not match/],
  ['windows out of range in the preferences', () => withFile((f) => (f.prefs = { windows: { 'no-sun': 0 } })), /preferences have aftercare windows/],
  ['a 10 MB file', () => withSession((s) => (s.notes = ' '.repeat(10 * 1024 * 1024))), /10\.0 MB, more than the 8\.0 MB/],
];

describe('import refuses malformed files with a clear message and changes nothing', () => {
  it(`has at least 20 cases (${MALFORMED.length})`, () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(20);
  });

  for (const [name, make, message] of MALFORMED) {
    it(name, async () => {
      const database = freshDb();
      await seed(database, sampleJournal(30, 11));
      const before = await readJournal(database);
      const text = typeof make === 'function' ? make() : make;
      const outcome = await importJournal(text, new TextEncoder().encode(text).length, NOW, database);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.message).toMatch(/^Nothing was imported: /);
      expect(outcome.message).toMatch(message);
      expect(canonical(await readJournal(database))).toEqual(canonical(before));
    });
  }

  it('refuses an oversized file by its size without reading its text', () => {
    const outcome = parseJournalFile('', MAX_IMPORT_BYTES + 1, NOW);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/more than the 8\.0 MB/) });
  });

  it('accepts a good export with a byte-order mark', () => {
    expect(parseJournalFile('\ufeff' + good, good.length, NOW).ok).toBe(true);
  });

  it('marks the file with its format and version', () => {
    expect(JSON.parse(good)).toMatchObject({ format: EXPORT_FORMAT, version: 1 });
  });
});
