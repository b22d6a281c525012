// `npm start`: the whole pipeline on this machine — emulators, resources, ingest and search functions,
// the search page — then the sample articles ingested and a summary of where to look.
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLocalS3Client } from './clients.ts';
import { collectIngestFiles, uploadIngestFiles } from './ingest-files.ts';
import { DEFAULT_LOCAL_PORTS, startLocalStack, type RunningLocalStack } from './local-stack.ts';
import { DEFAULT_LOCAL_DATA_DIR, DEFAULT_LOCAL_STATE_FILE } from './local-stack-state.ts';
import { formatObjectOutcomes, waitForObjectOutcomes } from './object-outcomes.ts';
import { createTableOutcomeReader } from './table-outcome-reader.ts';

const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));
/** Samples land in incoming/samples/, a fixed folder: re-runs show the pipeline's idempotency. */
const SAMPLES_BATCH_ID = 'samples';
/** The ten samples take a second or two; the margin covers a slow first run (module loading, cold disk). */
const SAMPLES_TIMEOUT_MS = 30_000;

function readPort(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0) throw new Error(`${name} must be a port number, got "${value}"`);
  return port;
}

interface SamplesReport {
  readonly lines: readonly string[];
  /** A province some sample was filed under, so the printed curl example returns something. */
  readonly exampleProvinceCode: string;
}

/** Hà Nội: the example's province when no sample got one (e.g. the samples could not be ingested). */
const FALLBACK_PROVINCE_CODE = '01';

async function ingestSamples(stack: RunningLocalStack): Promise<SamplesReport> {
  const files = (await collectIngestFiles([SAMPLES_DIR]))
    .filter((file) => basename(file.path) !== 'README.md')
    .map((file) => ({ ...file, relativePath: relative(SAMPLES_DIR, file.path).split('\\').join('/') }));
  const s3 = createLocalS3Client(stack.endpoints);
  const uploaded = await uploadIngestFiles(s3, stack.resources.bucketName, files, SAMPLES_BATCH_ID).finally(
    () => s3.destroy(),
  );
  const results = await waitForObjectOutcomes(createTableOutcomeReader(stack), uploaded, {
    timeoutMs: SAMPLES_TIMEOUT_MS,
  });
  const provinceCodes = [...results.values()]
    .flatMap((outcomes) => outcomes ?? [])
    .map((o) => o.provinceCode);
  return {
    lines: uploaded.map((file) => formatObjectOutcomes(file.relativePath, results.get(file.key) ?? null)),
    exampleProvinceCode: provinceCodes.find((code) => typeof code === 'string') ?? FALLBACK_PROVINCE_CODE,
  };
}

function printSummary(stack: RunningLocalStack, samples: SamplesReport, startedAt: number): void {
  const apiUrl = stack.apiUrl.replace('127.0.0.1', 'localhost');
  const awsUrl = stack.endpoints.aws.replace('127.0.0.1', 'localhost');
  const { bucketName, tableName, queueUrl, deadLetterQueueUrl } = stack.resources;
  const lines = [
    '',
    `tinsach local stack is running (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
    '',
    `  search page + API   ${apiUrl}/`,
    `  S3 + SQS + DynamoDB ${awsUrl}   (dynalite also direct at ${stack.endpoints.dynamodb})`,
    `  bucket              ${bucketName}   (objects under incoming/ are ingested)`,
    `  ingest queue        ${queueUrl}`,
    `  dead-letter queue   ${deadLetterQueueUrl}`,
    `  table               ${tableName}   (persisted in .tinsach/data; S3 and SQS are in memory only)`,
    '',
    'Samples (incoming/samples/):',
    ...samples.lines.map((line) => `  ${line.replaceAll('\n', '\n  ')}`),
    '',
    'Try:',
    `  curl '${apiUrl}/articles?province=${samples.exampleProvinceCode}'`,
    `  curl '${apiUrl}/rejected'`,
    `  aws --endpoint-url ${awsUrl} s3 cp FILE s3://${bucketName}/incoming/`,
    '  npm run ingest -- PATH...',
    '',
    'Ctrl-C stops the stack.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const stack = await startLocalStack({
    dynamodbPort: readPort('TINSACH_DYNAMODB_PORT', DEFAULT_LOCAL_PORTS.dynamodb),
    awsPort: readPort('TINSACH_AWS_PORT', DEFAULT_LOCAL_PORTS.aws),
    httpPort: readPort('PORT', DEFAULT_LOCAL_PORTS.http),
    dataDir: process.env['TINSACH_DATA_DIR'] ?? DEFAULT_LOCAL_DATA_DIR,
    stateFile: DEFAULT_LOCAL_STATE_FILE,
    onBatch: (outcome) => {
      if (outcome.error !== undefined)
        console.error('[ingest] batch failed, will be retried:', outcome.error);
    },
  });

  let stopping = false;
  const shutDown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the local stack…\n`);
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutDown);
  process.on('SIGTERM', shutDown);

  const samples = await ingestSamples(stack).catch((error: unknown): SamplesReport => ({
    lines: [`could not ingest the samples: ${error}`],
    exampleProvinceCode: FALLBACK_PROVINCE_CODE,
  }));
  printSummary(stack, samples, startedAt);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
      ? `${error.message}: is another local stack running? Set PORT, TINSACH_AWS_PORT or TINSACH_DYNAMODB_PORT to move it.`
      : error,
  );
  process.exit(1);
});
