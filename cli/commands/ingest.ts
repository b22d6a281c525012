// `tinsach ingest PATH...`: uploads files to the running local stack's raw bucket the way a crawler
// would, waits for the pipeline to process them and reports, per file, what became of it.
import { SingleBar } from 'cli-progress';
import { createLocalS3Client } from '../../infra/local/clients.ts';
import { collectIngestFiles, createBatchId, uploadIngestFiles } from '../../infra/local/ingest-files.ts';
import {
  DEFAULT_LOCAL_STATE_FILE,
  LocalStackNotRunningError,
  readLocalStackState,
  type LocalStackState,
} from '../../infra/local/local-stack-state.ts';
import {
  formatObjectOutcomes,
  isEverythingStored,
  waitForObjectOutcomes,
  type ObjectOutcomeReader,
} from '../../infra/local/object-outcomes.ts';
import { createTableOutcomeReader } from '../../infra/local/table-outcome-reader.ts';

export interface IngestOptions {
  /** The running stack's state file; `.tinsach/local.json` by default. */
  readonly stateFile?: string;
  /** How long to wait for outcomes before reporting files as pending. */
  readonly timeoutMs?: number;
  readonly batchId?: string;
  readonly write?: (chunk: string) => void;
  readonly writeError?: (chunk: string) => void;
  /** Progress bar on stderr; on by default when stderr is a terminal. */
  readonly progress?: boolean;
  /** Where outcomes are read; the stack's table by default (tests may substitute). */
  readonly createOutcomeReader?: (state: LocalStackState) => ObjectOutcomeReader;
}

/**
 * Enough for the local ingest function to work through a few hundred files, including retries of
 * transient failures (local visibility timeout 5 s); a file still unprocessed after that is reported.
 */
export const DEFAULT_INGEST_TIMEOUT_MS = 60_000;

const EXIT_OK = 0;
const EXIT_FAILED = 1;

export async function runIngest(paths: string[], options: IngestOptions = {}): Promise<number> {
  const write = options.write ?? ((chunk: string) => process.stdout.write(chunk));
  const writeError = options.writeError ?? ((chunk: string) => process.stderr.write(chunk));

  let state: LocalStackState;
  try {
    state = await readLocalStackState(options.stateFile ?? DEFAULT_LOCAL_STATE_FILE);
  } catch (error) {
    if (!(error instanceof LocalStackNotRunningError)) throw error;
    writeError(`tinsach ingest: ${error.message}\n`);
    return EXIT_FAILED;
  }

  let files: Awaited<ReturnType<typeof collectIngestFiles>>;
  try {
    files = await collectIngestFiles(paths);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    writeError(
      `tinsach ingest: no such file or folder: ${(error as NodeJS.ErrnoException).path ?? paths.join(' ')}\n`,
    );
    return EXIT_FAILED;
  }
  if (files.length === 0) {
    writeError('tinsach ingest: no .txt .json .jsonl .jsonl.gz .html .htm files found\n');
    return EXIT_FAILED;
  }

  const batchId = options.batchId ?? createBatchId();
  const s3 = createLocalS3Client(state.endpoints);
  const uploaded = await uploadIngestFiles(s3, state.resources.bucketName, files, batchId).finally(() =>
    s3.destroy(),
  );
  writeError(
    `Uploaded ${uploaded.length} file(s) to s3://${state.resources.bucketName}/incoming/${batchId}/\n`,
  );

  const showProgress = options.progress ?? process.stderr.isTTY === true;
  const bar = new SingleBar({
    format: 'Processing [{bar}] {value}/{total} files',
    stream: process.stderr,
    clearOnComplete: true,
  });
  if (showProgress) bar.start(uploaded.length, 0);
  const readOutcomes = (options.createOutcomeReader ?? createTableOutcomeReader)(state);
  const results = await waitForObjectOutcomes(readOutcomes, uploaded, {
    timeoutMs: options.timeoutMs ?? DEFAULT_INGEST_TIMEOUT_MS,
    onProgress: (processed) => {
      if (showProgress) bar.update(processed);
    },
  });
  if (showProgress) bar.stop();

  for (const file of uploaded)
    write(`${formatObjectOutcomes(file.relativePath, results.get(file.key) ?? null)}\n`);
  return isEverythingStored(results) ? EXIT_OK : EXIT_FAILED;
}
