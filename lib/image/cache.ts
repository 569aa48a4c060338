import { db } from '../db';
import type { ImageFinding } from '../../utils/image/types';

/** How many analysed images the cache keeps (newest first); older rows are dropped. */
export const IMAGE_CACHE_LIMIT = 500;

export interface FindingCache {
  get(key: string): Promise<ImageFinding | null>;
  put(key: string, finding: ImageFinding): Promise<void>;
}

function isFinding(value: unknown): value is ImageFinding {
  if (!value || typeof value !== 'object') return false;
  const status = (value as { status?: unknown }).status;
  return status === 'checked' || status === 'not-checked';
}

/** The IndexedDB cache (`imageCache` table), bounded to the newest `limit` rows. */
export function dbFindingCache(limit = IMAGE_CACHE_LIMIT): FindingCache {
  return {
    async get(key) {
      const row = await db().imageCache.get(key);
      return row && isFinding(row.finding) ? row.finding : null;
    },
    async put(key, finding) {
      const table = db().imageCache;
      await table.put({ key, at: Date.now(), finding });
      const count = await table.count();
      if (count > limit) {
        const oldest = await table.orderBy('at').limit(count - limit).primaryKeys();
        await table.bulkDelete(oldest);
      }
    },
  };
}
