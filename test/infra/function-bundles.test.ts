// Keeps the Lambda bundles under their budgets (issue #9) and guards the import graph that got them
// there: the search function must not pull the classifier's gazetteer or the HTML stack, and neither
// function may pull full zod's namespace (all of it, every locale included) where zod/mini does.
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLE_CHARSET,
  BUNDLE_TARGET,
  ESM_REQUIRE_BANNER,
} from '../../infra/constructs/pipeline-function.ts';
import { resolveProjectPath } from '../../infra/constructs/project-paths.ts';
import { INGEST_ENTRY, SEARCH_ENTRY } from '../../infra/stacks/tinsach-stack.ts';
import { INGEST_BUDGET_BYTES, SEARCH_BUDGET_BYTES } from '../../bench/bundle-budgets.ts';

interface BundleReport {
  readonly bytes: number;
  /** Files that contribute code to the bundle (re-export indexes that tree-shaking emptied are left out). */
  readonly inputs: readonly string[];
}

/** Bundles like scripts/build-functions.ts (the stack's settings), in memory. */
async function bundle(entry: string): Promise<BundleReport> {
  const result = await build({
    entryPoints: [resolveProjectPath(entry)],
    outfile: 'index.mjs',
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLE_TARGET,
    minify: true,
    charset: BUNDLE_CHARSET,
    metafile: true,
    banner: { js: ESM_REQUIRE_BANNER },
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const output = Object.values((result.metafile as Metafile).outputs)[0];
  if (!output) throw new Error(`esbuild wrote no output for ${entry}`);
  const inputs = Object.entries(output.inputs)
    .filter(([, contribution]) => contribution.bytesInOutput > 0)
    .map(([input]) => input);
  return { bytes: output.bytes, inputs };
}

const including = (inputs: readonly string[], fragment: string) =>
  inputs.filter((input) => input.includes(fragment));

/** Bundling both functions takes a few seconds on the 2-core machine. */
const BUNDLE_TIMEOUT_MS = 60_000;

describe('function bundles', () => {
  let ingest: BundleReport;
  let search: BundleReport;
  beforeAll(async () => {
    [ingest, search] = await Promise.all([bundle(INGEST_ENTRY), bundle(SEARCH_ENTRY)]);
  }, BUNDLE_TIMEOUT_MS);

  it('stay under their budgets', () => {
    expect(ingest.bytes).toBeLessThanOrEqual(INGEST_BUDGET_BYTES);
    expect(search.bytes).toBeLessThanOrEqual(SEARCH_BUDGET_BYTES);
  });

  it('keep the gazetteer and the HTML stack out of the search function', () => {
    expect(including(search.inputs, 'shared/assets/provinces.json')).toHaveLength(1);
    expect(including(search.inputs, 'shared/assets/gazetteer.json')).toEqual([]);
    expect(including(search.inputs, 'node_modules/linkedom/')).toEqual([]);
    expect(including(search.inputs, 'node_modules/@mozilla/readability/')).toEqual([]);
    expect(including(ingest.inputs, 'shared/assets/gazetteer.json')).toHaveLength(1);
  });

  it('bundle no zod locale but English, and full zod only in the search function', () => {
    for (const { inputs } of [ingest, search]) {
      expect(
        including(inputs, 'node_modules/zod/v4/locales/').map((input) => input.split('/').pop()),
      ).toEqual(['en.js']);
    }
    expect(including(ingest.inputs, 'node_modules/zod/v4/classic/')).toEqual([]);
    expect(including(search.inputs, 'node_modules/zod/v4/classic/').length).toBeGreaterThan(0);
  });
});
