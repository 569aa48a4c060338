import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would launch a browser; `npm start` launches one itself (scripts/start.mjs).
export default defineWebExtConfig({ disabled: true });
