// Absolute paths the constructs need for bundling, derived from this file's location so synth works
// from any working directory (cdk, vitest, an IDE).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEPS_LOCK_FILE = resolve(PROJECT_ROOT, 'package-lock.json');

/** Resolves a function entry such as `functions/ingest/handler.ts` against the project root. */
export function resolveProjectPath(relativePath: string): string {
  return resolve(PROJECT_ROOT, relativePath);
}
