import Dexie, { type EntityTable } from 'dexie';
import type { DecisionKind } from '../utils/protocol/scan';
import type { Site } from '../utils/sites/types';

/**
 * The one on-device database. Opened only by the background and the extension pages (popup, side
 * panel) — never by the content script, whose IndexedDB would belong to the web page's origin.
 *
 * Schema versions live here, in order, with their upgrade functions; never edit a released
 * version's stores, add a new version instead.
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

export const DB_NAME = 'candid-skin';

export class CandidDb extends Dexie {
  decisions!: EntityTable<DecisionRow, 'id'>;
  imageCache!: EntityTable<ImageCacheRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      decisions: 'id, [site+kind]',
      imageCache: 'key, at',
    });
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
