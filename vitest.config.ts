import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests need Chromium and run under `npm run test:e2e` (see test/e2e/vitest.config.ts).
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Integration tests start real emulators on loopback ports; infra tests bundle functions with esbuild.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
