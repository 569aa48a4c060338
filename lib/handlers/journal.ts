import type { Handlers } from '../router';
import { syncReminders } from '../journal/reminders';

export const journalHandlers: Pick<Handlers, 'journal:changed'> = {
  'journal:changed': () => syncReminders(),
};
