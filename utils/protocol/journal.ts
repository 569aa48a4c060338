import { object } from '../validate';
import { route } from './define';

/** Messages of the journal (popup → background). */

/** What the background did after the journal changed: reminders shown, alarms set, badge text. */
export interface JournalSyncReport {
  shown: string[];
  dropped: string[];
  alarms: string[];
  badge: string;
}

export const journalRoutes = {
  /** The popup wrote to the journal: re-plan reminders and the badge from the database. */
  'journal:changed': route<Record<string, never>, JournalSyncReport>(['extension-page'], object({})),
};
