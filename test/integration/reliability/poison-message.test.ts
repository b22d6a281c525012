// Issue #8, a poison message from end to end on the local stack: an object whose reads keep failing is
// delivered maxReceiveCount times through the real queue, poller and ingest handler and lands in the
// dead-letter queue; `tinsach redrive --list` shows it with the recorded reason without taking it out;
// after the fix `tinsach redrive` brings it back, the pipeline stores it and the reason is cleared.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { INGEST_QUEUE } from '#config/resources';
import { runRedrive } from '../../../cli/commands/redrive.ts';
import type { IngestHandler } from '../../../functions/ingest/create-ingest-handler.ts';
import {
  createLocalDynamoDbClient,
  createLocalS3Client,
  createLocalSqsClient,
} from '../../../infra/local/clients.ts';
import { startLocalStack, type RunningLocalStack } from '../../../infra/local/local-stack.ts';
import { CA_MAU_PAGE, renderScrapedPage } from '../../helpers/articles.ts';
import { createTestIngestHandler } from '../../helpers/ingest-harness.ts';
import { countQueueMessages, waitUntil } from '../../helpers/queue-waits.ts';
import { captureRun } from '../cli/cli-stack.ts';

/** Short, so the five receives of a poison message take seconds. */
const VISIBILITY_TIMEOUT_SECONDS = 1;
const WAIT_LIMITS = { limitMs: 30_000, intervalMs: 100 };
const POISON_KEY = 'incoming/doc mai khong duoc/ca mau.txt';

let workDir: string;
let stateFile: string;
let stack: RunningLocalStack;
let s3: S3Client;
let sqs: SQSClient;
let repository: DynamoDbArticleRepository;
let ingest: IngestHandler | undefined;
let readsFail = true;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'tinsach-poison-'));
  stateFile = join(workDir, 'local.json');
  process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';
  stack = await startLocalStack({
    stateFile,
    visibilityTimeoutSeconds: VISIBILITY_TIMEOUT_SECONDS,
    // The real handler, wired once the emulators' endpoints are known, with a fault switch on its S3 client.
    handlers: {
      ingest: (event, context) => {
        if (!ingest) throw new Error('ingest handler not wired yet');
        return ingest(event, context);
      },
    },
  });
  s3 = createLocalS3Client(stack.endpoints);
  sqs = createLocalSqsClient(stack.endpoints);
  const handlerS3 = createLocalS3Client(stack.endpoints);
  handlerS3.middlewareStack.add(
    (next) => async (args) => {
      if (readsFail && (args.input as { Key?: string }).Key === POISON_KEY) {
        throw Object.assign(new Error('Please reduce your request rate.'), {
          name: 'SlowDown',
          $fault: 'server',
          $metadata: { httpStatusCode: 503 },
        });
      }
      return next(args);
    },
    { step: 'initialize', name: 'failReadsOfThePoisonObject' },
  );
  repository = new DynamoDbArticleRepository(
    createLocalDynamoDbClient(stack.endpoints),
    stack.resources.tableName,
  );
  ingest = createTestIngestHandler({ s3: handlerS3, resources: stack.resources }, { articles: repository });
});

afterAll(async () => {
  s3?.destroy();
  sqs?.destroy();
  await stack?.stop();
  await rm(workDir, { recursive: true, force: true });
});

const countMessages = (queueUrl: string) => countQueueMessages(sqs, queueUrl);

const redrive = (list: boolean) => captureRun((io) => runRedrive({ stateFile, list, ...io }));

describe('a poison message', () => {
  it('is dead-lettered, listed with its reason, and processed after the fix and a redrive', async () => {
    const { deadLetterQueueUrl, queueUrl } = stack.resources;
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: stack.resources.bucketName,
        Key: POISON_KEY,
        Body: renderScrapedPage(CA_MAU_PAGE),
      }),
    );
    const etag = (put.ETag ?? '').replaceAll('"', '');

    await waitUntil(async () => (await countMessages(deadLetterQueueUrl)) === 1, WAIT_LIMITS);
    expect(await countMessages(queueUrl)).toBe(0);

    const listed = await redrive(true);

    expect(listed.exitCode).toBe(0);
    expect(listed.output).toBe(
      [
        '1 message(s) in the dead-letter queue:',
        '',
        POISON_KEY,
        `  failed: StorageUnavailableError: storage unavailable during read ${POISON_KEY} (SlowDown)`,
        `  on receive ${INGEST_QUEUE.maxReceiveCount}, at ${(await repository.readDeliveryRecords(POISON_KEY, etag)).failure?.failedAt}`,
        '',
        'Fix the cause, then `tinsach redrive` moves them back to the ingest queue.',
        '',
      ].join('\n'),
    );
    // Listing takes nothing out of the queue.
    expect(await countMessages(deadLetterQueueUrl)).toBe(1);

    readsFail = false;
    const moved = await redrive(false);

    expect(moved.output).toBe(`Moved 1 message(s) from ${deadLetterQueueUrl} to ${queueUrl}.\n`);
    await waitUntil(
      async () => (await repository.listObjectOutcomes(POISON_KEY, etag)).length > 0,
      WAIT_LIMITS,
    );
    const records = await repository.readDeliveryRecords(POISON_KEY, etag);
    expect(records.outcomes.map((outcome) => outcome.kind)).toEqual(['stored']);
    expect(records.failure).toBeNull();
    expect((await redrive(true)).output).toBe('The dead-letter queue is empty.\n');
  });
});
