// `tinsach ingest PATH...`: uploads files to the raw bucket the way a crawler would — the running local
// stack's by default, a deployed one with `--bucket` — waits for the pipeline to process them and reports,
// per file, what became of it, then a table of counts.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { SingleBar } from 'cli-progress';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { createLocalS3Client } from '../../infra/local/clients.ts';
import {
  collectIngestFiles,
  createBatchId,
  NoGlobMatchError,
  uploadIngestFiles,
  type IngestFile,
} from '../../infra/local/ingest-files.ts';
import {
  DEFAULT_LOCAL_STATE_FILE,
  LocalStackNotRunningError,
  readLocalStackState,
  type LocalStackState,
} from '../../infra/local/local-stack-state.ts';
import {
  formatObjectOutcomes,
  formatOutcomeSummary,
  isEverythingStored,
  summarizeObjectOutcomes,
  waitForObjectOutcomes,
  type ObjectOutcomeReader,
} from '../../infra/local/object-outcomes.ts';
import {
  createRepositoryOutcomeReader,
  createTableOutcomeReader,
} from '../../infra/local/table-outcome-reader.ts';
import { createAwsDynamoDbClient, createAwsS3Client, type AwsTarget } from '#adapters/aws-profile-clients';

/** A deployed stack: its raw bucket and, to read outcomes, its articles table. */
export interface RemoteIngestTarget extends AwsTarget {
  readonly bucket: string;
  /** Without a table the files are uploaded and nothing is waited for. */
  readonly table?: string;
}

export interface IngestOptions {
  /** The running stack's state file; `.tinsach/local.json` by default. Ignored with `remote`. */
  readonly stateFile?: string;
  /** Upload to a deployed stack instead of the local one. */
  readonly remote?: RemoteIngestTarget;
  /** How long to wait for outcomes before reporting files as pending. */
  readonly timeoutMs?: number;
  readonly batchId?: string;
  readonly write?: (chunk: string) => void;
  readonly writeError?: (chunk: string) => void;
  /** Progress bar on stderr; on by default when stderr is a terminal. */
  readonly progress?: boolean;
  /** Where outcomes are read; the stack's table by default (tests may substitute). */
  readonly createOutcomeReader?: (state: LocalStackState) => ObjectOutcomeReader;
  /** Clients for `remote`; the AWS credential chain by default (tests point them at emulators). */
  readonly createRemoteClients?: (target: RemoteIngestTarget) => {
    readonly s3: S3Client;
    readonly dynamodb: DynamoDBClient;
  };
}

/**
 * Enough for the local ingest function to work through a few hundred files, including retries of
 * transient failures (local visibility timeout 5 s); a file still unprocessed after that is reported.
 */
export const DEFAULT_INGEST_TIMEOUT_MS = 60_000;

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;

/** Where files go and where their outcomes come from, local or deployed. */
interface IngestDestination {
  readonly s3: S3Client;
  readonly bucket: string;
  /** Null: outcomes cannot be read (a deployed bucket without `--table`). */
  readonly readOutcomes: ObjectOutcomeReader | null;
  close(): void;
}

async function openDestination(
  options: IngestOptions,
  writeError: (chunk: string) => void,
): Promise<IngestDestination | null> {
  if (options.remote) {
    const remote = options.remote;
    const clients = options.createRemoteClients?.(remote) ?? {
      s3: createAwsS3Client(remote),
      dynamodb: createAwsDynamoDbClient(remote),
    };
    return {
      s3: clients.s3,
      bucket: remote.bucket,
      readOutcomes: remote.table
        ? createRepositoryOutcomeReader(new DynamoDbArticleRepository(clients.dynamodb, remote.table))
        : null,
      close: () => {
        clients.s3.destroy();
        clients.dynamodb.destroy();
      },
    };
  }
  let state: LocalStackState;
  try {
    state = await readLocalStackState(options.stateFile ?? DEFAULT_LOCAL_STATE_FILE);
  } catch (error) {
    if (!(error instanceof LocalStackNotRunningError)) throw error;
    writeError(`tinsach ingest: ${error.message}\n`);
    return null;
  }
  const s3 = createLocalS3Client(state.endpoints);
  return {
    s3,
    bucket: state.resources.bucketName,
    readOutcomes: (options.createOutcomeReader ?? createTableOutcomeReader)(state),
    close: () => s3.destroy(),
  };
}

async function findFiles(
  paths: readonly string[],
  writeError: (chunk: string) => void,
): Promise<IngestFile[] | null> {
  try {
    const files = await collectIngestFiles(paths);
    if (files.length > 0) return files;
    writeError('tinsach ingest: no .txt .json .jsonl .jsonl.gz .html .htm files found\n');
  } catch (error) {
    if (error instanceof NoGlobMatchError) writeError(`tinsach ingest: ${error.message}\n`);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      writeError(
        `tinsach ingest: no such file or folder: ${(error as NodeJS.ErrnoException).path ?? paths.join(' ')}\n`,
      );
    else throw error;
  }
  return null;
}

export async function runIngest(paths: string[], options: IngestOptions = {}): Promise<number> {
  const write = options.write ?? ((chunk: string) => process.stdout.write(chunk));
  const writeError = options.writeError ?? ((chunk: string) => process.stderr.write(chunk));

  const destination = await openDestination(options, writeError);
  if (destination === null) return EXIT_FAILED;
  try {
    const files = await findFiles(paths, writeError);
    if (files === null) return EXIT_FAILED;

    const batchId = options.batchId ?? createBatchId();
    const uploaded = await uploadIngestFiles(destination.s3, destination.bucket, files, batchId);
    writeError(`Uploaded ${uploaded.length} file(s) to s3://${destination.bucket}/incoming/${batchId}/\n`);
    if (destination.readOutcomes === null) {
      for (const file of uploaded) write(`${file.relativePath}: uploaded as ${file.key}\n`);
      writeError('No --table given: not waiting for outcomes (see GET /rejected on the API).\n');
      return EXIT_OK;
    }

    const showProgress = options.progress ?? process.stderr.isTTY === true;
    const bar = new SingleBar({
      format: 'Processing [{bar}] {value}/{total} files',
      stream: process.stderr,
      clearOnComplete: true,
    });
    if (showProgress) bar.start(uploaded.length, 0);
    const results = await waitForObjectOutcomes(destination.readOutcomes, uploaded, {
      timeoutMs: options.timeoutMs ?? DEFAULT_INGEST_TIMEOUT_MS,
      onProgress: (processed) => {
        if (showProgress) bar.update(processed);
      },
    });
    if (showProgress) bar.stop();

    // Per-file lines on stdout (the result, for pipes and files); the count table on stderr, for the
    // person watching, like the progress bar.
    for (const file of uploaded)
      write(`${formatObjectOutcomes(file.relativePath, results.get(file.key) ?? null)}\n`);
    writeError(`\n${formatOutcomeSummary(summarizeObjectOutcomes(results))}\n`);
    return isEverythingStored(results) ? EXIT_OK : EXIT_FAILED;
  } finally {
    destination.close();
  }
}
