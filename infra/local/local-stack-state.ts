// `.tinsach/local.json`: how other commands (ingest, search, redrive) find the running local stack.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalEndpoints } from './clients.ts';
import type { LocalResources } from './emulators.ts';

export interface LocalStackState {
  readonly pid: number;
  readonly startedAt: string;
  readonly endpoints: LocalEndpoints;
  readonly resources: LocalResources;
  /** Search API and page, e.g. http://127.0.0.1:3000 */
  readonly apiUrl: string;
}

/** Next to package.json, whatever the current directory; .tinsach/ is git-ignored. */
export const DEFAULT_LOCAL_STATE_FILE = fileURLToPath(new URL('../../.tinsach/local.json', import.meta.url));
export const DEFAULT_LOCAL_DATA_DIR = fileURLToPath(new URL('../../.tinsach/data/', import.meta.url));

export class LocalStackNotRunningError extends Error {
  constructor(reason: string) {
    super(`The local stack is not running (${reason}); start it with \`npm start\`.`);
    this.name = 'LocalStackNotRunningError';
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function writeLocalStackState(
  state: LocalStackState,
  file = DEFAULT_LOCAL_STATE_FILE,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(state, null, 2)}\n`);
}

export async function removeLocalStackState(file = DEFAULT_LOCAL_STATE_FILE): Promise<void> {
  await rm(file, { force: true });
}

/** The state of a running stack; throws LocalStackNotRunningError when there is none or it has died. */
export async function readLocalStackState(file = DEFAULT_LOCAL_STATE_FILE): Promise<LocalStackState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new LocalStackNotRunningError(`no ${file}`);
  }
  const state = JSON.parse(text) as LocalStackState;
  if (!isProcessAlive(state.pid)) throw new LocalStackNotRunningError(`process ${state.pid} has exited`);
  return state;
}
