// A local stack on random ports with its state file in a temp folder, and a way to run CLI commands
// against it with their output captured.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type RunningLocalStack } from '../../../infra/local/local-stack.ts';

export interface CliStack {
  readonly stack: RunningLocalStack;
  readonly stateFile: string;
  readonly workDir: string;
  stop(): Promise<void>;
}

/** Local redelivery after a failure, short so a poison message reaches the dead-letter queue quickly. */
const TEST_VISIBILITY_TIMEOUT_SECONDS = 1;

export async function startCliStack(): Promise<CliStack> {
  const workDir = await mkdtemp(join(tmpdir(), 'tinsach-cli-'));
  const stateFile = join(workDir, 'state', 'local.json');
  const stack = await startLocalStack({
    stateFile,
    visibilityTimeoutSeconds: TEST_VISIBILITY_TIMEOUT_SECONDS,
  });
  return {
    stack,
    stateFile,
    workDir,
    async stop() {
      await stack.stop();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

export interface CapturedRun {
  readonly exitCode: number;
  readonly output: string;
  readonly errors: string;
}

/** Runs a command function with `write`/`writeError` collected into strings. */
export async function captureRun(
  run: (io: { write: (chunk: string) => void; writeError: (chunk: string) => void }) => Promise<number>,
): Promise<CapturedRun> {
  const output: string[] = [];
  const errors: string[] = [];
  const exitCode = await run({
    write: (chunk) => output.push(chunk),
    writeError: (chunk) => errors.push(chunk),
  });
  return { exitCode, output: output.join(''), errors: errors.join('') };
}
