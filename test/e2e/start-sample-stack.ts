// The local stack on free ports with the project's samples ingested, as `npm start` serves it, for the
// browser tests. Extra documents (e.g. hostile titles) can be uploaded alongside the samples.
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createLocalS3Client } from '../../infra/local/clients.ts';
import { collectIngestFiles, uploadIngestFiles } from '../../infra/local/ingest-files.ts';
import { startLocalStack, type RunningLocalStack } from '../../infra/local/local-stack.ts';
import { waitForObjectOutcomes } from '../../infra/local/object-outcomes.ts';
import { createTableOutcomeReader } from '../../infra/local/table-outcome-reader.ts';

const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));
/** A dozen small documents take a second or two; the rest is headroom for a loaded 2-core machine. */
const INGEST_TIMEOUT_MS = 40_000;
const BATCH_ID = 'e2e';

export interface ExtraDocument {
  /** File name under incoming/e2e/extra/, e.g. "tieu-de-doc-hai.json". */
  readonly name: string;
  readonly body: string;
}

export interface SampleStack {
  readonly stack: RunningLocalStack;
  /** Keys of everything uploaded, with the outcome kinds the pipeline recorded. */
  readonly outcomes: ReadonlyMap<string, readonly string[]>;
}

export async function startSampleStack(extras: readonly ExtraDocument[] = []): Promise<SampleStack> {
  const stack = await startLocalStack();
  try {
    const files = (await collectIngestFiles([SAMPLES_DIR]))
      .filter((file) => basename(file.path) !== 'README.md')
      .map((file) => ({ ...file, relativePath: relative(SAMPLES_DIR, file.path).split('\\').join('/') }));
    const s3 = createLocalS3Client(stack.endpoints);
    const uploaded = [...(await uploadIngestFiles(s3, stack.resources.bucketName, files, BATCH_ID))];
    for (const extra of extras) {
      const key = `incoming/${BATCH_ID}/extra/${extra.name}`;
      const put = await s3.send(
        new PutObjectCommand({ Bucket: stack.resources.bucketName, Key: key, Body: extra.body }),
      );
      uploaded.push({
        path: extra.name,
        relativePath: extra.name,
        key,
        eTag: (put.ETag ?? '').replaceAll('"', ''),
      });
    }
    s3.destroy();
    const results = await waitForObjectOutcomes(createTableOutcomeReader(stack), uploaded, {
      timeoutMs: INGEST_TIMEOUT_MS,
    });
    const outcomes = new Map(
      uploaded.map((file) => [file.key, (results.get(file.key) ?? []).map((outcome) => outcome.kind)]),
    );
    return { stack, outcomes };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}
