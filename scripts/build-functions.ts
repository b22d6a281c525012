// `npm run build`: bundles each Lambda entry point into dist/<name>/index.mjs with the same esbuild settings
// CDK uses on synth (infra/constructs/pipeline-function.ts), and prints each bundle's size. Useful to inspect
// what ships and to measure cold start without synthesizing the stack.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_CHARSET, BUNDLE_TARGET, ESM_REQUIRE_BANNER } from '../infra/constructs/pipeline-function.ts';
import { PROJECT_ROOT, resolveProjectPath } from '../infra/constructs/project-paths.ts';
import { INGEST_ENTRY, SEARCH_ENTRY } from '../infra/stacks/tinsach-stack.ts';

const ENTRIES = { ingest: INGEST_ENTRY, search: SEARCH_ENTRY } as const;
const outRoot = join(PROJECT_ROOT, 'dist');

for (const [name, entry] of Object.entries(ENTRIES)) {
  const outfile = join(outRoot, name, 'index.mjs');
  await build({
    entryPoints: [resolveProjectPath(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLE_TARGET,
    minify: true,
    charset: BUNDLE_CHARSET,
    sourcemap: true,
    banner: { js: ESM_REQUIRE_BANNER },
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  const kilobytes = statSync(outfile).size / 1024;
  console.log(`${name.padEnd(7)} ${entry.padEnd(30)} -> ${outfile} (${kilobytes.toFixed(0)} KB minified)`);
}
