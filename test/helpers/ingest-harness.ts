// The ingest handler wired to the emulators the way the integration tests need it: real S3 reader and
// DynamoDB repository, silent logger, metrics namespace kept apart from production's. Also what the
// tests that drive it through the queue share: the emulators with an SQS client and the local event
// source poller on the ingest queue (queue-waits.ts has the count of a queue's messages and the wait).
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { PurgeQueueCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { S3ObjectReader } from '#adapters/s3/object-reader';
import { DEFAULT_MAX_OBJECT_BYTES } from '#config/resources';
import {
  createIngestHandler,
  type IngestHandler,
  type IngestHandlerDependencies,
} from '../../functions/ingest/create-ingest-handler.ts';
import { createLocalSqsClient } from '../../infra/local/clients.ts';
import {
  startEventSourcePoller,
  type BatchOutcome,
  type EventSourcePoller,
  type EventSourcePollerOptions,
  type SqsBatchHandler,
} from '../../infra/local/event-source-poller.ts';
import { startLocalAws, type LocalAws } from './local-aws.ts';

export interface IngestHarness {
  readonly repository: DynamoDbArticleRepository;
  readonly ingest: IngestHandler;
}

/** What a test gives the handler besides the raw bucket; `maxObjectBytes` defaults to the production cap. */
export type TestIngestDependencies = Omit<IngestHandlerDependencies, 'objects'> & {
  readonly maxObjectBytes?: number;
};

/**
 * The real ingest handler reading the raw bucket through `aws.s3` (the emulators' client, or a test's
 * own with faults in it), with a silent logger and the test metrics namespace. Everything else is the
 * caller's or production's: without `unitReserveMs` the production reserve applies.
 */
export function createTestIngestHandler(
  aws: Pick<LocalAws, 's3' | 'resources'>,
  { maxObjectBytes = DEFAULT_MAX_OBJECT_BYTES, ...deps }: TestIngestDependencies,
): IngestHandler {
  // Powertools would print an EMF blob per invocation otherwise.
  process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';
  return createIngestHandler({
    objects: new S3ObjectReader(aws.s3, aws.resources.bucketName, maxObjectBytes),
    logger: new Logger({ logLevel: 'SILENT' }),
    metrics: new Metrics({ namespace: 'TinsachTest' }),
    ...deps,
  });
}

/** `maxObjectBytes` defaults to the production cap. */
export function createIngestHarness(aws: LocalAws, maxObjectBytes = DEFAULT_MAX_OBJECT_BYTES): IngestHarness {
  const repository = new DynamoDbArticleRepository(aws.dynamodb, aws.resources.tableName);
  const ingest = createTestIngestHandler(aws, {
    articles: repository,
    maxObjectBytes,
    // Tests run the handler with timeouts of a few seconds, shorter than the production reserve; an
    // invocation then works until its deadline. test/integration/reliability/large-jsonl-batch.test.ts
    // covers the reserve and the hand-overs.
    unitReserveMs: 0,
  });
  return { repository, ingest };
}

/** Puts an object into the raw bucket through the real SDK and returns its ETag without quotes. */
export async function uploadObject(
  aws: LocalAws,
  key: string,
  body: string | Uint8Array,
  metadata?: Record<string, string>,
): Promise<string> {
  const result = await aws.s3.send(
    new PutObjectCommand({
      Bucket: aws.resources.bucketName,
      Key: key,
      Body: body,
      ...(metadata ? { Metadata: metadata } : {}),
    }),
  );
  return (result.ETag ?? '').replace(/"/g, '');
}

/** The timeouts a test runs the poller with, in place of the production ones. */
export type PollerTimeouts = Required<
  Pick<EventSourcePollerOptions, 'functionTimeoutSeconds' | 'visibilityTimeoutSeconds'>
>;

/**
 * The emulators with an SQS client and the article repository on them, and the local event source
 * poller on the ingest queue once started: what a test driving the ingest through the queue runs on.
 */
export interface QueueHarness extends LocalAws {
  readonly sqs: SQSClient;
  readonly repository: DynamoDbArticleRepository;
  /**
   * Starts the poller, running `handler` on the ingest queue's batches as Lambda would; the array
   * returned fills with the outcome of each batch, in the order the batches end.
   */
  startPoller(handler: SqsBatchHandler, timeouts: PollerTimeouts): Promise<readonly BatchOutcome[]>;
  /** Stops the poller, if one runs. */
  stopPoller(): Promise<void>;
  /** Stops the poller, empties the ingest queue, then stops the client and the emulators. */
  stop(): Promise<void>;
}

export async function startQueueHarness(): Promise<QueueHarness> {
  const aws = await startLocalAws();
  const sqs = createLocalSqsClient(aws.endpoints);
  const repository = new DynamoDbArticleRepository(aws.dynamodb, aws.resources.tableName);
  let poller: EventSourcePoller | undefined;
  async function stopPoller(): Promise<void> {
    await poller?.stop();
    poller = undefined;
  }
  return {
    ...aws,
    sqs,
    repository,
    async startPoller(handler, timeouts) {
      const batches: BatchOutcome[] = [];
      poller = await startEventSourcePoller({
        sqs,
        queueUrl: aws.resources.queueUrl,
        region: aws.endpoints.region,
        handler,
        ...timeouts,
        onBatch: (outcome) => batches.push(outcome),
      });
      return batches;
    },
    stopPoller,
    async stop() {
      await stopPoller();
      await sqs.send(new PurgeQueueCommand({ QueueUrl: aws.resources.queueUrl }));
      sqs.destroy();
      await aws.stop();
    },
  };
}
