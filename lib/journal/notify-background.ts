import { send } from '../messaging';

/**
 * Tells the background the journal changed, so it re-plans reminders and the badge. A failure
 * only delays that to the worker's next start (which re-plans from the database anyway).
 */
export async function journalChanged(): Promise<void> {
  try {
    await send('journal:changed', {});
  } catch (error) {
    console.warn('[Candid Skin] could not reach the background to re-plan reminders:', error);
  }
}
