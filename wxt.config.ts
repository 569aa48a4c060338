import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { IMAGE_HOST_PATTERNS, DEMO_PATTERNS } from './utils/hosts';

// The demo build (`npm start`) is the only one that also runs on localhost, where the bundled demo
// feed is served. Production, zip and Firefox builds never match localhost.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the pure core in utils/ must also run in Node tools and Vitest.
  imports: false,
  // CANDID_OUT_DIR lets parallel builds (tests, benchmarks) write to their own folders.
  outDir: process.env.CANDID_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: 'Candid Skin',
    description:
      'Honest company for skin treatments: flags doubtful before/after posts, keeps your aftercare journal on your device, compares treatments from cited sources.',
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage'],
    host_permissions: [...IMAGE_HOST_PATTERNS, ...(mode === 'demo' ? DEMO_PATTERNS : [])],
    action: { default_title: 'Candid Skin' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'candid-skin@candid-skin.example',
              // 140 is the first Firefox that reads data_collection_permissions (142 on Android).
              strict_min_version: '140.0',
              // Nothing leaves the device: declare that no data is collected.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...DEMO_PATTERNS];
      }
    },
  },
  webExt: { disabled: true },
});
