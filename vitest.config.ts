import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start real emulators on loopback ports; infra tests bundle functions with esbuild.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
