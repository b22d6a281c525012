// Cold start: each Lambda entry point bundled the way the stack bundles it (esbuild, minified ESM,
// platform node, the SDK inside), its size, and the time a fresh Node.js process takes to import it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median } from './measure.ts';

/** Fresh processes per bundle; the median hides one slowed by a busy disk or CPU. */
const IMPORT_RUNS = 5;
/** The stack targets node22; this machine runs Node.js 20, so the measurement bundle targets what
 *  runs here (the code is the same, only newer syntax would be lowered). */
const MEASURE_TARGET = `node${process.versions.node.split('.')[0]}`;
/** What the handlers read at import time; any value does, nothing is called. */
const HANDLER_ENVIRONMENT = {
  TINSACH_TABLE_NAME: 'bench-articles',
  TINSACH_RAW_BUCKET: 'bench-raw',
  AWS_REGION: 'ap-southeast-1',
  POWERTOOLS_SERVICE_NAME: 'tinsach-bench',
  POWERTOOLS_METRICS_NAMESPACE: 'TinsachBench',
} as const;

export interface BundleEntry {
  readonly name: string;
  /** Project-relative entry file. */
  readonly entry: string;
  /** Size budget in bytes (null when there is none). */
  readonly budgetBytes: number | null;
  /** Target import time in milliseconds (null when there is none). */
  readonly importTargetMs?: number | null;
}

export interface ColdStart {
  readonly name: string;
  readonly entry: string;
  readonly bytes: number;
  readonly budgetBytes: number | null;
  readonly importTargetMs: number | null;
  /** Median milliseconds of `await import(bundle)` in a fresh process. */
  readonly importMs: number;
}

function timeImport(file: string): number {
  const script =
    `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); ` +
    `console.log(performance.now() - t);`;
  const output = execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
    env: { ...process.env, ...HANDLER_ENVIRONMENT },
    encoding: 'utf8',
  });
  return Number(output.trim().split('\n').at(-1));
}

/** Bundles each entry into a temporary folder, then times its import in fresh processes. */
export async function measureColdStarts(
  projectRoot: string,
  entries: readonly BundleEntry[],
  banner: string,
  bundleCharset: 'ascii' | 'utf8',
): Promise<ColdStart[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'tinsach-bench-'));
  try {
    const results: ColdStart[] = [];
    for (const { name, entry, budgetBytes, importTargetMs = null } of entries) {
      const outfile = join(outDir, name, 'index.mjs');
      await build({
        entryPoints: [join(projectRoot, entry)],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: MEASURE_TARGET,
        minify: true,
        charset: bundleCharset,
        banner: { js: banner },
        mainFields: ['module', 'main'],
        logLevel: 'warning',
      });
      const importMs = median(Array.from({ length: IMPORT_RUNS }, () => timeImport(outfile)));
      results.push({ name, entry, bytes: statSync(outfile).size, budgetBytes, importTargetMs, importMs });
    }
    return results;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
