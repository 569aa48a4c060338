import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter, type Handlers } from '../lib/router';
import { scanHandlers } from '../lib/handlers/scan';

export default defineBackground(() => {
  const handlers: Handlers = { ...scanHandlers };
  const router = createRouter(handlers, {
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    allowDemoHosts: import.meta.env.MODE === 'demo',
    onRefused: (why) => console.warn(`[Candid Skin] refused a message: ${why}`),
  });
  browser.runtime.onMessage.addListener(router);
});
