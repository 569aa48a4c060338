import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter, type Handlers } from '../lib/router';
import { scanHandlers } from '../lib/handlers/scan';
import { mediaHandlers } from '../lib/handlers/media';
import { journalHandlers } from '../lib/handlers/journal';
import { startReminders } from '../lib/journal/reminders';

export default defineBackground(() => {
  // One handler per message type of the protocol; TypeScript refuses a missing one.
  const handlers: Handlers = { ...scanHandlers, ...mediaHandlers, ...journalHandlers };
  const router = createRouter(handlers, {
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    allowDemoHosts: import.meta.env.MODE === 'demo',
    onRefused: (why) => console.warn(`[Candid Skin] refused a message: ${why}`),
  });
  browser.runtime.onMessage.addListener(router);
  // Alarms and the badge are re-derived from the journal on every start of the worker.
  startReminders();
});
