// End-to-end figures for `npm run bench` (issue #9): generated articles uploaded to the local stack's S3,
// announced by its bucket notification, delivered by its SQS poller to the real ingest handler (batches
// of INGEST_QUEUE.batchSize, one invocation at a time, as one Lambda instance), stored, and then found
// through the search API. The handler's DynamoDB client carries the capacity meter, so the write units
// per stored article include everything ingest writes: record, keyword index, feeds, receipts, the
// source's template profile.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { S3ObjectReader } from '#adapters/s3/object-reader';
import { DEFAULT_MAX_OBJECT_BYTES, INCOMING_PREFIX, INGEST_QUEUE } from '#config/resources';
import { createIngestHandler, type IngestHandler } from '../functions/ingest/create-ingest-handler.ts';
import { createLocalDynamoDbClient, createLocalS3Client } from '../infra/local/clients.ts';
import { startLocalStack, type RunningLocalStack } from '../infra/local/local-stack.ts';
import { meterCapacity, type CapacityTotals } from './capacity-meter.ts';
import { runBounded } from './soak/run-bounded.ts';
import { DEFAULT_SOAK_MIX, generateSoakObjects } from './soak/soak-corpus.ts';

const UPLOAD_CONCURRENCY = 16;
const POLL_MS = 100;
const DRAIN_TIMEOUT_MS = 600_000;

export interface EndToEndFigures {
  readonly objects: number;
  readonly articles: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly writeUnitsPerArticle: number;
  /** Articles the search API lists once the queue is drained (all of them: `articles`). */
  readonly searchable: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureEndToEnd(objectCount: number): Promise<EndToEndFigures> {
  process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';
  let stack: RunningLocalStack | null = null;
  let capacity: CapacityTotals = { writeUnits: 0, readUnits: 0 };
  let ingest: IngestHandler | null = null;
  let succeeded = 0;
  // The handler needs the emulators' endpoints, known once the stack runs: built on the first batch.
  const handler: IngestHandler = async (event, context) => {
    if (!ingest) {
      const running = stack!;
      const dynamodb = createLocalDynamoDbClient(running.endpoints);
      capacity = meterCapacity(dynamodb);
      ingest = createIngestHandler({
        objects: new S3ObjectReader(
          createLocalS3Client(running.endpoints),
          running.resources.bucketName,
          DEFAULT_MAX_OBJECT_BYTES,
        ),
        articles: new DynamoDbArticleRepository(dynamodb, running.resources.tableName),
        logger: new Logger({ logLevel: 'SILENT' }),
        metrics: new Metrics({ namespace: 'TinsachBench' }),
      });
    }
    return ingest(event, context);
  };
  stack = await startLocalStack({
    handlers: { ingest: handler as never },
    onBatch: (batch) => {
      succeeded += batch.succeeded;
    },
  });
  try {
    const mix = { ...DEFAULT_SOAK_MIX, badShare: 0, duplicateShare: 0 };
    const objects = generateSoakObjects(objectCount, {
      seed: 20_251_125,
      prefix: `${INCOMING_PREFIX}e2e/`,
      mix,
    });
    const articles = objects.reduce((sum, object) => sum + object.units.length, 0);
    const s3 = createLocalS3Client(stack.endpoints);
    const startedAt = performance.now();
    await runBounded(objects, UPLOAD_CONCURRENCY, (object) =>
      s3.send(
        new PutObjectCommand({
          Bucket: stack!.resources.bucketName,
          Key: object.key,
          Body: object.body,
          ContentType: object.contentType,
        }),
      ),
    );
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (succeeded < objects.length && Date.now() < deadline) await sleep(POLL_MS);
    const seconds = (performance.now() - startedAt) / 1000;
    s3.destroy();
    // Searchable: the API lists them (newest first, paged) once their messages are done.
    let searchable = 0;
    let cursor: string | null = null;
    do {
      const url = new URL('/articles', stack.apiUrl);
      url.searchParams.set('limit', '100');
      if (cursor) url.searchParams.set('cursor', cursor);
      const page = (await (await fetch(url)).json()) as { items: unknown[]; nextCursor: string | null };
      searchable += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return {
      objects: objects.length,
      articles,
      seconds,
      articlesPerSecond: articles / seconds,
      batchSize: INGEST_QUEUE.batchSize,
      concurrency: 1,
      writeUnitsPerArticle: capacity.writeUnits / articles,
      searchable,
    };
  } finally {
    await stack.stop();
  }
}

if (process.argv[1]?.endsWith('end-to-end.ts')) {
  console.log(JSON.stringify(await measureEndToEnd(Number(process.argv[2] ?? 200)), null, 2));
}
