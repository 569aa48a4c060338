import { defineContentScript } from 'wxt/utils/define-content-script';
import { startScanner } from '../../lib/scanner/scanner';
import { loadSettings, watchSettings } from '../../lib/settings-light';
import type { Settings } from '../../utils/settings';
import { SITE_PATTERNS } from '../../utils/hosts';
import { adapterFor } from '../../utils/sites';

export default defineContentScript({
  matches: [...SITE_PATTERNS],
  runAt: 'document_idle',
  async main(ctx) {
    const demo = import.meta.env.MODE === 'demo';
    let scanner: { stop(): void } | null = null;
    let settings: Settings = await loadSettings();

    // (Re)start from scratch: on load, on in-app navigation (the site may reuse post containers for
    // new content) and when the settings change.
    const restart = (): void => {
      scanner?.stop();
      scanner = null;
      if (ctx.isInvalid) return;
      const adapter = adapterFor(location.hostname, location.pathname, demo);
      if (!adapter || !settings.sites[adapter.site]) return;
      scanner = startScanner(ctx, adapter, settings);
    };

    ctx.addEventListener(window, 'wxt:locationchange', restart);
    const unwatch = watchSettings((next) => {
      settings = next;
      restart();
    });
    ctx.onInvalidated(unwatch);
    restart();
  },
});
