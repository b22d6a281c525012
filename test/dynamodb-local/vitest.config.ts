// The storage and search integration tests against the official DynamoDB Local instead of dynalite, so
// the design does not lean on one emulator's leniency. Needs Java 17+ and DynamoDBLocal.jar (see
// start-dynamodb-local.ts). Run: vitest run --config test/dynamodb-local/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: ROOT,
  resolve: {
    // The tests import '../../helpers/local-aws.ts'; here that module starts DynamoDB Local instead.
    alias: [
      {
        find: /^.*\/helpers\/local-aws\.ts$/,
        replacement: fileURLToPath(new URL('./local-aws.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/integration/storage/**/*.test.ts', 'test/integration/search/**/*.test.ts'],
    // The benchmark's bulk loader is checked against the write path on dynalite, the emulator the
    // benchmark loads; writing its corpus twice through a JVM emulator takes minutes and shows nothing
    // about the storage design.
    exclude: ['test/integration/storage/bulk-load.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Each file starts a JVM; two at a time keep a 2-core machine responsive.
    maxWorkers: 2,
  },
});
