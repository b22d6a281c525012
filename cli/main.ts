// The `tinsach` command line: a small command table over node:util's parseArgs.
import { parseArgs } from 'node:util';
import { PROCESS_FORMATS, runProcess, type ProcessFormat } from './commands/process.ts';

interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly run: (args: string[]) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  process: {
    summary: 'clean and classify local files, without any AWS part',
    usage: `tinsach process FILE... [--format jsonl|text]

Runs the cleaning and province pipeline on .txt, .json and .jsonl(.gz) files and prints one result per
article: JSON lines (default) or readable text. Rejected inputs are reported on stderr with their reason;
the exit code is 1 if anything was rejected.

Files are learnt from together: documents of one source (URL host, else envelope source, else the same
folder, since one crawl folder usually holds one site) are compared, and lines that at least 3 and at least
half of the other documents carry are removed as that site's template (reason "template"); a single file is
cleaned on its own.

Examples:
  tinsach process article.txt
  tinsach process crawl/*.txt --format text
  tinsach process batch.jsonl > cleaned.jsonl`,
    run: async (args) => {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { format: { type: 'string', default: 'jsonl' } },
      });
      if (!PROCESS_FORMATS.includes(values.format as ProcessFormat)) {
        throw new UsageError(`--format must be one of ${PROCESS_FORMATS.join(', ')}`);
      }
      if (positionals.length === 0) throw new UsageError('give at least one FILE');
      return runProcess(positionals, {
        format: values.format as ProcessFormat,
        write: (chunk) => process.stdout.write(chunk),
        writeError: (chunk) => process.stderr.write(chunk),
      });
    },
  },
  ingest: {
    summary: 'upload files or folders to the local stack and report what happened to each',
    usage: `tinsach ingest PATH...

Uploads files (.txt .html .json .jsonl .jsonl.gz) and folders to the raw bucket of the running local stack
(start it with \`npm start\`), waits until each object is processed, and prints stored / duplicate / rejected
(with the reason) per file. The exit code is 1 if anything was rejected or is still pending.

Examples:
  tinsach ingest ../crawl/2024-05-01
  npm run ingest -- samples/`,
    run: async (args) => {
      const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
      if (positionals.length === 0) throw new UsageError('give at least one PATH');
      const { runIngest } = await import('./commands/ingest.ts');
      return runIngest(positionals, {});
    },
  },
};

class UsageError extends Error {}

function printHelp(): void {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const list = Object.entries(COMMANDS)
    .map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`)
    .join('\n');
  process.stdout.write(
    `tinsach: clean Vietnamese news\n\nUsage: tinsach COMMAND [options]\n\n${list}\n\n` +
      `Run \`tinsach COMMAND --help\` for a command's options and examples.\n`,
  );
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp();
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`tinsach: unknown command "${name}"\n`);
    printHelp();
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`tinsach ${name}: ${(error as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
