// Browser tests: the search page in real headless Chromium against the local stack (emulators, real
// functions, the samples ingested). Needs /usr/bin/chromium (Debian's package; CHROMIUM_PATH overrides).
// Run: vitest run --config test/e2e/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: ROOT,
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // Starting the stack, ingesting a dozen documents and launching Chromium take a few seconds each;
    // the margin covers a loaded 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: 'forks',
    // One browser and one stack at a time keep a 2-core machine responsive.
    maxWorkers: 1,
  },
});
