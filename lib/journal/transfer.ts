import { db as sharedDb, type CandidDb } from '../db';
import { parseJournalFile, serializeJournal } from '../../utils/journal/transfer';
import type { JournalData } from '../../utils/journal/types';
import { readPrefs } from './store';

/** Export, import and delete-all of the whole journal, each in one transaction. */

export async function readJournal(database: CandidDb = sharedDb()): Promise<JournalData> {
  return database.transaction('r', [database.sessions, database.courses, database.ticks, database.journalMeta], async () => ({
    sessions: await database.sessions.orderBy('endedAt').toArray(),
    courses: await database.courses.orderBy('startedAt').toArray(),
    ticks: await database.ticks.orderBy('id').toArray(),
    prefs: await readPrefs(database),
  }));
}

export async function exportJournal(now: number, database: CandidDb = sharedDb()): Promise<string> {
  return serializeJournal(await readJournal(database), now);
}

export type ImportOutcome = { ok: true; sessions: number; replaced: number } | { ok: false; message: string };

/**
 * Imports an export file into the journal: all of it or nothing. The file is checked whole first;
 * then one transaction writes every row (a row with an id already here is replaced by the file's).
 */
export async function importJournal(text: string, byteSize: number, now: number, database: CandidDb = sharedDb()): Promise<ImportOutcome> {
  const parsed = parseJournalFile(text, byteSize, now);
  if (!parsed.ok) return parsed;
  const { sessions, courses, ticks, prefs } = parsed.data;
  try {
    return await database.transaction('rw', [database.sessions, database.courses, database.ticks, database.journalMeta], async () => {
      const existing = await database.sessions.bulkGet(sessions.map((s) => s.id));
      const replaced = existing.filter((row) => row !== undefined).length;
      // Sessions may point at courses already in the journal only if the file has them too,
      // which parseJournalFile checked; write courses first so the reference is never dangling.
      await database.courses.bulkPut(courses);
      await database.sessions.bulkPut(sessions);
      await database.ticks.bulkPut(ticks);
      if (prefs.windows) await database.journalMeta.put({ key: 'prefs', value: prefs });
      return { ok: true as const, sessions: sessions.length, replaced };
    });
  } catch (error) {
    return { ok: false, message: `Nothing was imported: the browser could not save the journal (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/**
 * "Delete everything": the journal (sessions, courses, ticks, preferences, the reminder log), the
 * user's choices on posts and the photo checks' cache: every table of the database.
 */
export async function deleteJournal(database: CandidDb = sharedDb()): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    await Promise.all(database.tables.map((table) => table.clear()));
  });
}
