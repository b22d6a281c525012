// The `tinsach` command line: a small command table over node:util's parseArgs.
import { parseArgs } from 'node:util';
import { PROCESS_FORMATS, runProcess, type ProcessFormat } from './commands/process.ts';

/** `tinsach ingest` waits this long by default (cli/commands/ingest.ts, DEFAULT_INGEST_TIMEOUT_MS). */
const DEFAULT_INGEST_TIMEOUT_SECONDS = 60;

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
    summary: 'upload files, folders or globs and report stored / duplicate / rejected',
    usage: `tinsach ingest PATH... [--bucket NAME [--table NAME] [--profile P] [--region R]] [--timeout SECONDS]

Uploads files (.txt .html .htm .json .jsonl .jsonl.gz), folders (recursively) and glob patterns
(*, ?, [abc], {a,b}, ** for any folders; quote them so the shell leaves them alone) under
incoming/<batch>/ of the raw bucket, waits until each object is processed with a progress bar, and prints
what became of each file (stored, duplicate, or rejected with the reason), then a table of counts.

By default the files go to the running local stack (start it with \`npm start\`). With --bucket they go to
a deployed stack's raw bucket, with the standard AWS credentials (environment, ~/.aws, SSO; --profile and
--region choose); its outcomes are read from the articles table given by --table (without it the files are
only uploaded).

The exit code is 0 when everything was stored or was a duplicate, 1 if anything was rejected or is still
pending after the timeout (default ${DEFAULT_INGEST_TIMEOUT_SECONDS} s), 2 for a usage error.

Examples:
  tinsach ingest ../crawl/2024-05-01
  tinsach ingest 'crawl/**/*.jsonl' extra/bai-viet.html
  tinsach ingest crawl/ --bucket tinsach-raw-123456 --table tinsach-articles-abc --profile prod
  npm run ingest -- samples/`,
    run: async (args) => {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          bucket: { type: 'string' },
          table: { type: 'string' },
          profile: { type: 'string' },
          region: { type: 'string' },
          timeout: { type: 'string' },
        },
      });
      if (positionals.length === 0) throw new UsageError('give at least one PATH');
      if (!values.bucket && (values.table || values.profile || values.region))
        throw new UsageError('--table, --profile and --region go with --bucket');
      const { runIngest } = await import('./commands/ingest.ts');
      return runIngest(positionals, {
        ...(values.timeout === undefined
          ? {}
          : { timeoutMs: parsePositive('--timeout', values.timeout) * 1000 }),
        ...(values.bucket
          ? {
              remote: {
                bucket: values.bucket,
                ...(values.table ? { table: values.table } : {}),
                ...(values.profile ? { profile: values.profile } : {}),
                ...(values.region ? { region: values.region } : {}),
              },
            }
          : {}),
      });
    },
  },
  search: {
    summary: 'search the stored articles through the search API',
    usage: `tinsach search [QUERY] [--province CODE | --new-province CODE | --source S] [--from D] [--to D]
               [--sort newest|relevance] [--limit N] [--json] [--api URL]

Asks the search API of the running local stack (or the one at --api, e.g. a deployed stack's URL) and
prints title, date, province, source and id of each article, or the API's JSON with --json. QUERY is
keywords, with or without diacritics, "quoted phrases" kept together; every word is required. Without
QUERY the newest articles are listed. Province codes are two digits: --province takes the old (63)
codes, --new-province the new (34, from 2025-07-01) ones; one of --province, --new-province and --source
at a time without QUERY. Dates are YYYY-MM-DD (days in Vietnam) or ISO 8601 date-times.

Examples:
  tinsach search "xay dung dang"
  tinsach search lũ --province 14 --from 2024-01-01
  tinsach search '"phố cổ" hội an' --sort relevance --limit 5
  tinsach search --new-province 48 --json
  tinsach search ca phe --api https://abc123.execute-api.ap-southeast-1.amazonaws.com`,
    run: async (args) => {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          province: { type: 'string' },
          'new-province': { type: 'string' },
          source: { type: 'string' },
          from: { type: 'string' },
          to: { type: 'string' },
          sort: { type: 'string' },
          limit: { type: 'string' },
          json: { type: 'boolean', default: false },
          api: { type: 'string' },
        },
      });
      const { runSearch, SEARCH_SORT_OPTIONS } = await import('./commands/search.ts');
      if (values.sort !== undefined && !(SEARCH_SORT_OPTIONS as readonly string[]).includes(values.sort))
        throw new UsageError(`--sort must be one of ${SEARCH_SORT_OPTIONS.join(', ')}`);
      const query = positionals.join(' ').trim();
      return runSearch(
        {
          ...(query ? { query } : {}),
          ...(values.province ? { province: values.province } : {}),
          ...(values['new-province'] ? { newProvince: values['new-province'] } : {}),
          ...(values.source ? { source: values.source } : {}),
          ...(values.from ? { from: values.from } : {}),
          ...(values.to ? { to: values.to } : {}),
          ...(values.sort ? { sort: values.sort as (typeof SEARCH_SORT_OPTIONS)[number] } : {}),
          ...(values.limit ? { limit: parsePositive('--limit', values.limit) } : {}),
        },
        { json: values.json, ...(values.api ? { apiUrl: values.api } : {}) },
      );
    },
  },
  redrive: {
    summary: 'list dead-letter queue messages with their failure, or move them back to the ingest queue',
    usage: `tinsach redrive [--list] [--max N] [--queue-url URL --dlq-url URL [--table NAME] [--profile P] [--region R]]

Moves the messages in the ingest dead-letter queue (objects whose delivery failed five times: storage
unavailable, throttling that outlasted the retries, a bug) back to the ingest queue, once the cause is
fixed, and prints how many were moved. Each message is sent to the queue before it is deleted from the
dead-letter queue, so none is lost.

With --list nothing is moved: each waiting message is printed with the object it announces and the reason
its last delivery failed (error, message, receive count and time, as the ingest function recorded them in
the articles table), or a note that the object has been processed since.

The local stack's queues by default; a deployed stack's with --queue-url and --dlq-url (standard AWS
credentials; --profile and --region choose), and its articles table with --table for --list.

Examples:
  tinsach redrive --list
  tinsach redrive
  tinsach redrive --max 10
  tinsach redrive --queue-url https://sqs.ap-southeast-1.amazonaws.com/123456789012/tinsach-ingest \\
                  --dlq-url https://sqs.ap-southeast-1.amazonaws.com/123456789012/tinsach-ingest-dlq`,
    run: async (args) => {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          list: { type: 'boolean', default: false },
          max: { type: 'string' },
          'queue-url': { type: 'string' },
          'dlq-url': { type: 'string' },
          table: { type: 'string' },
          profile: { type: 'string' },
          region: { type: 'string' },
        },
      });
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      const queueUrl = values['queue-url'];
      const deadLetterQueueUrl = values['dlq-url'];
      if ((queueUrl === undefined) !== (deadLetterQueueUrl === undefined))
        throw new UsageError('give both --queue-url and --dlq-url, or neither for the local stack');
      if (values.list && queueUrl !== undefined && !values.table)
        throw new UsageError('--list on a deployed stack needs its articles table: give --table');
      const { runRedrive } = await import('./commands/redrive.ts');
      return runRedrive({
        list: values.list,
        ...(values.max === undefined ? {} : { maxMessages: parsePositive('--max', values.max) }),
        ...(queueUrl && deadLetterQueueUrl
          ? {
              remote: {
                queueUrl,
                deadLetterQueueUrl,
                ...(values.table ? { tableName: values.table } : {}),
                ...(values.profile ? { profile: values.profile } : {}),
                ...(values.region ? { region: values.region } : {}),
              },
            }
          : {}),
      });
    },
  },
  reprocess: {
    summary: 're-clean stored articles from their raw objects after the cleaner improved',
    usage: `tinsach reprocess [--source S] [--all] [--timeout SECONDS]

Finds the stored articles of the running local stack (of one source with --source) that an older
pipeline version cleaned (all of them with --all), re-delivers their raw objects to the pipeline (a copy
under incoming/reprocess/<batch>/, which takes the real path: queue, ingest function, storage), waits,
and prints per article whether it was re-cleaned (the stored record replaced by the new version's),
unchanged, rejected now, or its raw object is missing, then the counts. A record is replaced only by a
newer pipeline version: bump PIPELINE_VERSION (shared/domain/version.ts) when the cleaner changes.
The exit code is 1 if any article could not be re-processed.

Examples:
  tinsach reprocess
  tinsach reprocess --source "Báo Sơn La"
  tinsach reprocess --all`,
    run: async (args) => {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          source: { type: 'string' },
          all: { type: 'boolean', default: false },
          timeout: { type: 'string' },
        },
      });
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      const { runReprocess } = await import('./commands/reprocess.ts');
      return runReprocess({
        all: values.all,
        ...(values.source ? { source: values.source } : {}),
        ...(values.timeout === undefined
          ? {}
          : { timeoutMs: parsePositive('--timeout', values.timeout) * 1000 }),
      });
    },
  },
};

class UsageError extends Error {}

/** A whole number above zero, or a usage error naming the option. */
function parsePositive(option: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new UsageError(`${option} must be a whole number above 0`);
  return number;
}

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
