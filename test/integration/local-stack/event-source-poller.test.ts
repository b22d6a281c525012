import {
  PurgeQueueCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INGEST_QUEUE } from '#config/resources';
import { createLocalSqsClient } from '../../../infra/local/clients.ts';
import {
  createLocalResources,
  startEmulators,
  type LocalResources,
  type RunningEmulators,
} from '../../../infra/local/emulators.ts';
import {
  startEventSourcePoller,
  type BatchOutcome,
  type EventSourcePoller,
  type SqsBatchHandler,
} from '../../../infra/local/event-source-poller.ts';
import { countQueueMessages, waitUntil, type WaitLimits } from '../../helpers/queue-waits.ts';

let emulators: RunningEmulators;
let resources: LocalResources;
let sqs: SQSClient;
let poller: EventSourcePoller | undefined;

/** Short so a failed message is redelivered within the test, as the local stack configures it. */
const TEST_VISIBILITY_SECONDS = 1;
const WAIT_LIMITS: WaitLimits = { limitMs: 15_000, intervalMs: 50 };
/** Allowance over the long-poll wait for one round trip and the loop noticing the stop. */
const STOP_MARGIN_MS = 500;

beforeAll(async () => {
  emulators = await startEmulators();
  resources = await createLocalResources(emulators.endpoints, { notifications: false });
  sqs = createLocalSqsClient(emulators.endpoints);
});

afterEach(async () => {
  await poller?.stop();
  poller = undefined;
  await sqs.send(new PurgeQueueCommand({ QueueUrl: resources.queueUrl }));
  await sqs.send(new PurgeQueueCommand({ QueueUrl: resources.deadLetterQueueUrl }));
});

afterAll(async () => {
  sqs.destroy();
  await emulators.stop();
});

const countMessages = (queueUrl: string) => countQueueMessages(sqs, queueUrl);

async function sendBodies(bodies: readonly string[]): Promise<void> {
  for (const body of bodies)
    await sqs.send(new SendMessageCommand({ QueueUrl: resources.queueUrl, MessageBody: body }));
}

/** Short polling (wait 0) lets each test stop its poller at once; one test checks long polling. */
async function startPoller(
  handler: SqsBatchHandler,
  visibilityTimeoutSeconds = TEST_VISIBILITY_SECONDS,
  waitSeconds = 0,
) {
  const outcomes: BatchOutcome[] = [];
  poller = await startEventSourcePoller({
    sqs,
    queueUrl: resources.queueUrl,
    region: emulators.endpoints.region,
    handler,
    visibilityTimeoutSeconds,
    waitSeconds,
    onBatch: (outcome) => outcomes.push(outcome),
  });
  return outcomes;
}

describe('event source poller', () => {
  it('invokes the handler with real-shaped batches and deletes succeeded messages', async () => {
    const events: SQSEvent[] = [];
    await sendBodies(['tin một', 'tin hai', 'tin ba']);

    const outcomes = await startPoller(async (event) => {
      events.push(event);
      return { batchItemFailures: [] };
    });
    await waitUntil(() => outcomes.reduce((sum, outcome) => sum + outcome.succeeded, 0) === 3, WAIT_LIMITS);

    const records = events.flatMap((event) => event.Records);
    expect(records.map((record) => record.body).sort()).toEqual(['tin ba', 'tin hai', 'tin một']);
    expect(events.every((event) => event.Records.length <= INGEST_QUEUE.batchSize)).toBe(true);
    expect(records[0]).toMatchObject({
      eventSource: 'aws:sqs',
      eventSourceARN: expect.stringMatching(/^arn:aws:sqs:.*:tinsach-ingest$/),
      awsRegion: emulators.endpoints.region,
      attributes: { ApproximateReceiveCount: '1' },
    });
    expect(records[0]?.receiptHandle).not.toBe('');
    expect(await countMessages(resources.queueUrl)).toBe(0);
  });

  it('redelivers only the messages the handler reported as failed, after the visibility timeout', async () => {
    const receiveCounts = new Map<string, string[]>();
    await sendBodies(['được', 'lỗi']);

    await startPoller(async (event): Promise<SQSBatchResponse> => {
      for (const record of event.Records) {
        receiveCounts.set(record.body, [
          ...(receiveCounts.get(record.body) ?? []),
          record.attributes.ApproximateReceiveCount,
        ]);
      }
      const failed = event.Records.filter((record) => record.body === 'lỗi');
      return { batchItemFailures: failed.map((record) => ({ itemIdentifier: record.messageId })) };
    });
    await waitUntil(() => (receiveCounts.get('lỗi') ?? []).length >= 2, WAIT_LIMITS);

    expect(receiveCounts.get('được')).toEqual(['1']);
    expect(receiveCounts.get('lỗi')?.slice(0, 2)).toEqual(['1', '2']);
  });

  it('fails the whole batch when the handler throws', async () => {
    let invocations = 0;
    await sendBodies(['a', 'b']);

    const outcomes = await startPoller(async () => {
      invocations += 1;
      throw new Error('S3 không trả lời');
    });
    await waitUntil(() => outcomes.length >= 1, WAIT_LIMITS);
    await poller?.stop();
    poller = undefined;

    expect(outcomes[0]?.succeeded).toBe(0);
    expect(outcomes[0]?.error).toBeInstanceOf(Error);
    expect(invocations).toBeGreaterThanOrEqual(1);
    expect(await countMessages(resources.queueUrl)).toBe(2);
  });

  it('moves a message that failed maxReceiveCount times to the dead-letter queue', async () => {
    const receiveCounts: number[] = [];
    await sendBodies(['hỏng mãi']);

    // Visibility 0: a failed message is visible again at once, so the retries take milliseconds.
    await startPoller(async (event) => {
      receiveCounts.push(...event.Records.map((record) => Number(record.attributes.ApproximateReceiveCount)));
      return { batchItemFailures: event.Records.map((record) => ({ itemIdentifier: record.messageId })) };
    }, 0);
    await waitUntil(async () => (await countMessages(resources.deadLetterQueueUrl)) === 1, WAIT_LIMITS);
    await poller?.stop();
    poller = undefined;

    expect(receiveCounts).toEqual(
      Array.from({ length: INGEST_QUEUE.maxReceiveCount }, (_, index) => index + 1),
    );
    expect(await countMessages(resources.queueUrl)).toBe(0);
    const dead = await sqs.send(new ReceiveMessageCommand({ QueueUrl: resources.deadLetterQueueUrl }));
    expect(dead.Messages?.[0]?.Body).toBe('hỏng mãi');
  });

  it('stops within one long-poll wait on an empty queue', async () => {
    await startPoller(
      async () => ({ batchItemFailures: [] }),
      TEST_VISIBILITY_SECONDS,
      INGEST_QUEUE.receiveWaitSeconds,
    );
    const stoppedAt = Date.now();
    await poller?.stop();
    poller = undefined;

    expect(Date.now() - stoppedAt).toBeLessThan(INGEST_QUEUE.receiveWaitSeconds * 1_000 + STOP_MARGIN_MS);
  });
});
