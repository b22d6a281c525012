import { PutObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { runRedrive } from '../../../cli/commands/redrive.ts';
import {
  createLocalDynamoDbClient,
  createLocalS3Client,
  createLocalSqsClient,
} from '../../../infra/local/clients.ts';
import { buildObjectCreatedEvent } from '../../../infra/local/s3-event-notification.ts';
import { countQueueMessages } from '../../helpers/queue-waits.ts';
import { LAI_CHAU_ARTICLE } from './cli-fixtures.ts';
import { captureRun, startCliStack, type CliStack } from './cli-stack.ts';

const OUTCOME_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 100;
/** Outside incoming/: uploading it triggers nothing, so only the redriven message can ingest it. */
const PARKED_KEY = 'tam-giu/lai-chau.txt';

let cli: CliStack;
let sqs: SQSClient;
let repository: DynamoDbArticleRepository;

beforeAll(async () => {
  cli = await startCliStack();
  sqs = createLocalSqsClient(cli.stack.endpoints);
  repository = new DynamoDbArticleRepository(
    createLocalDynamoDbClient(cli.stack.endpoints),
    cli.stack.resources.tableName,
  );
});

afterAll(async () => {
  sqs.destroy();
  await cli.stop();
});

const countMessages = (queueUrl: string) => countQueueMessages(sqs, queueUrl);

async function waitForOutcome(key: string) {
  const deadline = Date.now() + OUTCOME_TIMEOUT_MS;
  for (;;) {
    const outcomes = await repository.listObjectOutcomes(key);
    if (outcomes.length > 0 || Date.now() > deadline) return outcomes;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

const redrive = () => captureRun((io) => runRedrive({ stateFile: cli.stateFile, ...io }));

describe('tinsach redrive against the local stack', () => {
  it('says so when the dead-letter queue is empty', async () => {
    const result = await redrive();

    expect(result.output).toBe('The dead-letter queue is empty: nothing to redrive.\n');
    expect(result.exitCode).toBe(0);
  });

  it('moves a dead-lettered S3 event back to the ingest queue, where the pipeline processes it', async () => {
    const { bucketName, deadLetterQueueUrl, queueUrl } = cli.stack.resources;
    const s3 = createLocalS3Client(cli.stack.endpoints);
    const put = await s3.send(
      new PutObjectCommand({ Bucket: bucketName, Key: PARKED_KEY, Body: LAI_CHAU_ARTICLE }),
    );
    s3.destroy();
    const event = buildObjectCreatedEvent(
      {
        bucket: bucketName,
        key: PARKED_KEY,
        size: Buffer.byteLength(LAI_CHAU_ARTICLE),
        eTag: (put.ETag ?? '').replaceAll('"', ''),
        operation: 'Put',
      },
      {
        region: cli.stack.endpoints.region,
        configurationId: 'test',
        sequencer: '01',
        requestId: 'test',
        sourceIpAddress: '127.0.0.1',
        eventTime: new Date(),
      },
    );
    await sqs.send(
      new SendMessageCommand({ QueueUrl: deadLetterQueueUrl, MessageBody: JSON.stringify(event) }),
    );
    expect(await countMessages(deadLetterQueueUrl)).toBe(1);
    expect(await repository.listObjectOutcomes(PARKED_KEY)).toEqual([]);

    const result = await redrive();

    expect(result.output).toBe(`Moved 1 message(s) from ${deadLetterQueueUrl} to ${queueUrl}.\n`);
    expect(result.exitCode).toBe(0);
    expect(await countMessages(deadLetterQueueUrl)).toBe(0);
    // The ingest function received it: a key outside incoming/ is recorded as rejected with its reason.
    const outcomes = await waitForOutcome(PARKED_KEY);
    expect(outcomes.map((outcome) => outcome.kind === 'rejected' && outcome.reason)).toEqual([
      'outside-prefix',
    ]);
  });

  it('points at the local stack when it is not running', async () => {
    const result = await captureRun((io) => runRedrive({ stateFile: '/nowhere/local.json', ...io }));

    expect(result.errors).toContain('Or give --queue-url and --dlq-url');
    expect(result.exitCode).toBe(1);
  });
});
