import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { DecisionKind } from '../utils/protocol/scan';
import type { Site } from '../utils/sites/types';
import type { CourseRecord, SessionRecord, TickRecord } from '../utils/journal/types';

/**
 * The one on-device database. Opened only by the background and the extension pages (popup, side
 * panel) — never by the content script, whose IndexedDB would belong to the web page's origin.
 *
 * Schema versions live in SCHEMA_VERSIONS, in order, with their upgrade functions; never edit a
 * released version's stores, add a new version instead. tests/unit/journal/db-upgrade.test.ts
 * opens every earlier version with data and upgrades it to the latest.
 */

/** A remembered choice from a post's card ("Not a before/after post", "Hide for this author"). */
export interface DecisionRow {
  /** `${site}:${kind}:${key}` */
  id: string;
  site: Site;
  kind: DecisionKind;
  key: string;
  at: number;
}

/** Cached result of an image analysis, per media URL (without its expiring query string). */
export interface ImageCacheRow {
  key: string;
  at: number;
  /** JSON-serialisable ImageFinding. */
  finding: unknown;
}

/** Small journal values by key: 'prefs' holds JournalPrefs. */
export interface JournalMetaRow {
  key: string;
  value: unknown;
}

/** A reminder that was shown (or dropped as stale), so none is shown twice. */
export interface ReminderLogRow {
  id: string;
  at: number;
}

export const DB_NAME = 'candid-skin';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      decisions: 'id, [site+kind]',
      imageCache: 'key, at',
    },
  },
  {
    // The treatment journal. Indexes serve the popup's first render without a full scan:
    // sessions by end time (latest, history pages, aftercare window), by course and end time
    // (course progress), ticks by day.
    version: 2,
    stores: {
      sessions: 'id, endedAt, [courseId+endedAt]',
      courses: 'id, startedAt',
      ticks: 'id, day',
      journalMeta: 'key',
      reminderLog: 'id, at',
    },
  },
  {
    // The photo check's cache keeps measurements only (PRIVACY.md): pictures cached by earlier
    // versions are dropped from their rows; the row remembers that one can be made again.
    version: 3,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('imageCache')
        .toCollection()
        .modify((row: { finding?: { equalLight?: unknown; hasEqualLight?: boolean } }) => {
          if (row.finding && typeof row.finding === 'object' && 'equalLight' in row.finding) {
            delete row.finding.equalLight;
            row.finding.hasEqualLight = true;
          }
        });
    },
  },
];

export class CandidDb extends Dexie {
  decisions!: EntityTable<DecisionRow, 'id'>;
  imageCache!: EntityTable<ImageCacheRow, 'key'>;
  sessions!: EntityTable<SessionRecord, 'id'>;
  courses!: EntityTable<CourseRecord, 'id'>;
  ticks!: EntityTable<TickRecord, 'id'>;
  journalMeta!: EntityTable<JournalMetaRow, 'key'>;
  reminderLog!: EntityTable<ReminderLogRow, 'id'>;

  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const step of versions) {
      const declared = this.version(step.version).stores(step.stores);
      if (step.upgrade) declared.upgrade(step.upgrade);
    }
  }
}

let shared: CandidDb | null = null;

/**
 * The context's database. On `versionchange` (another context opened a newer schema) Dexie closes
 * this connection; the next call reopens it on the new version instead of failing.
 */
export function db(): CandidDb {
  if (!shared) {
    const instance = new CandidDb();
    instance.on('versionchange', () => {
      instance.close();
      shared = null;
      return false;
    });
    shared = instance;
  }
  return shared;
}
