import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../../cli/main.ts', import.meta.url));
const run = promisify(execFile);

/** The real entry point through tsx, as `npx tinsach` runs it; `--import tsx` keeps it to one process. */
async function tinsach(...args: string[]): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', MAIN, ...args]);
    return { stdout, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; code: number };
    return { stdout: failed.stdout, code: failed.code };
  }
}

describe('tinsach --help', () => {
  it('lists every command, and each command has usage with examples', async () => {
    const overview = await tinsach('--help');
    for (const name of ['process', 'ingest', 'search', 'redrive', 'reprocess'])
      expect(overview.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));

    for (const name of ['ingest', 'search', 'redrive', 'reprocess']) {
      const help = await tinsach(name, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^tinsach ${name}`));
      expect(help.stdout).toMatch(new RegExp(`Examples:\\n  tinsach ${name}`));
    }
  });

  it('exits 2 with the usage for a bad option value', async () => {
    const result = await tinsach('search', 'pho', '--sort', 'oldest');

    expect(result.code).toBe(2);
  });
});
