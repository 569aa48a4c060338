import { contextFromStatus, type AftercareContext } from '../../components/compare/context';
import { readPrefs, recentSessions } from '../../lib/journal/store';
import { aftercareNow } from '../../utils/schedule/status';

/**
 * The "your context" strip's data, read from the journal (owned by the popup: read-only here) and
 * its pure schedule, so the panel and the popup agree on the day and the windows.
 */
export async function loadAftercareContext(now: number): Promise<AftercareContext | null> {
  const [sessions, prefs] = await Promise.all([recentSessions(now), readPrefs()]);
  return contextFromStatus(aftercareNow(sessions, prefs.windows, now));
}
