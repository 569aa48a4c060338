import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in real Chromium, driven by playwright-core. One file at a
// time: each launches its own Chromium, and these machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.e2e.ts', 'tests/manifest/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
