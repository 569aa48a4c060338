import { db as sharedDb, type CandidDb, type DecisionRow } from './db';
import { MAX_DECISIONS, type DecisionKind } from '../utils/protocol/scan';
import type { Site } from '../utils/sites/types';

/**
 * The user's choices on posts ("Not a before/after post", "Hide for this author"): stored by the
 * background when a card asks, listed and undone by the user in the popup's settings.
 */

const decisionId = (row: Pick<DecisionRow, 'site' | 'kind' | 'key'>): string => `${row.site}:${row.kind}:${row.key}`;

/** The newest MAX_DECISIONS keys of one kind for a site. */
export async function decisionKeys(site: Site, kind: DecisionKind, database: CandidDb = sharedDb()): Promise<string[]> {
  const rows = await database.decisions.where('[site+kind]').equals([site, kind]).toArray();
  return rows.sort((a, b) => b.at - a.at).slice(0, MAX_DECISIONS).map((row) => row.key);
}

/**
 * Stores (or, with `on` false, forgets) one choice. The rows of a kind are kept to the newest
 * MAX_DECISIONS: older ones would never be read again.
 */
export async function setDecision(
  change: Pick<DecisionRow, 'site' | 'kind' | 'key'> & { on?: boolean },
  now: number,
  database: CandidDb = sharedDb(),
): Promise<void> {
  const id = decisionId(change);
  if (change.on === false) return database.decisions.delete(id);
  await database.transaction('rw', database.decisions, async () => {
    await database.decisions.put({ id, site: change.site, kind: change.kind, key: change.key, at: now });
    const same = database.decisions.where('[site+kind]').equals([change.site, change.kind]);
    const count = await same.count();
    if (count <= MAX_DECISIONS) return;
    const rows = await same.toArray();
    const oldest = rows.sort((a, b) => a.at - b.at).slice(0, count - MAX_DECISIONS);
    await database.decisions.bulkDelete(oldest.map((row) => row.id));
  });
}

/** Every stored choice, newest first (for the settings' list). */
export async function allDecisions(database: CandidDb = sharedDb()): Promise<DecisionRow[]> {
  return (await database.decisions.toArray()).sort((a, b) => b.at - a.at);
}

/** Forgets the given choices (their posts get badges again on the next page load). */
export async function forgetDecisions(ids: readonly string[], database: CandidDb = sharedDb()): Promise<void> {
  await database.decisions.bulkDelete([...ids]);
}
