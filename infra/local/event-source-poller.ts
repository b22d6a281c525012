// Polls the ingest queue the way Lambda's SQS event source mapping does: long-polls batches, invokes the
// handler with a real-shaped SQSEvent, deletes what succeeded (ReportBatchItemFailures semantics) and
// leaves failures to reappear after the visibility timeout; the queue's RedrivePolicy moves a message to
// the dead-letter queue once it has been received maxReceiveCount times (fauxqs implements that on receive).
import { randomUUID } from 'node:crypto';
import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type Message,
  type MessageAttributeValue,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';
import { INGEST_FUNCTION, INGEST_QUEUE } from '#config/resources';

export type SqsBatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

export interface BatchOutcome {
  readonly received: number;
  readonly succeeded: number;
  readonly failed: number;
  /** Set when the whole batch failed because the handler threw or timed out. */
  readonly error?: unknown;
}

export interface EventSourcePollerOptions {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly region: string;
  readonly handler: SqsBatchHandler;
  /** Defaults to INGEST_QUEUE.batchSize; SQS returns at most 10 per receive. */
  readonly batchSize?: number;
  readonly waitSeconds?: number;
  /**
   * Per-receive visibility timeout. The default is the queue's own (minutes, sized for AWS); local runs and
   * tests pass a few seconds so failed messages are retried while someone is watching.
   */
  readonly visibilityTimeoutSeconds?: number;
  readonly functionTimeoutSeconds?: number;
  readonly functionName?: string;
  readonly onBatch?: (outcome: BatchOutcome) => void;
  /** Receive/delete problems (e.g. the emulator going away); the poller backs off and keeps going. */
  readonly onPollError?: (error: unknown) => void;
}

export interface EventSourcePoller {
  stop(): Promise<void>;
}

/** SQS' ceiling for one ReceiveMessage / DeleteMessageBatch. */
const SQS_MAX_BATCH = 10;
/** Pause after a failed receive so an unreachable queue is not hammered in a tight loop. */
const POLL_ERROR_BACKOFF_MS = 1_000;
const MS_PER_SECOND = 1_000;
/** With long polling switched off (waitSeconds 0) an empty queue would otherwise be polled in a tight loop. */
const EMPTY_SHORT_POLL_PAUSE_MS = 200;

class HandlerTimeoutError extends Error {
  constructor(seconds: number) {
    super(`Handler did not finish within ${seconds} s`);
    this.name = 'HandlerTimeoutError';
  }
}

function toLambdaMessageAttributes(
  attributes: Record<string, MessageAttributeValue> | undefined,
): SQSMessageAttributes {
  const converted: SQSMessageAttributes = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    converted[name] = {
      dataType: value.DataType ?? 'String',
      stringListValues: [],
      binaryListValues: [],
      ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
      ...(value.BinaryValue !== undefined
        ? { binaryValue: Buffer.from(value.BinaryValue).toString('base64') }
        : {}),
    };
  }
  return converted;
}

export function toSqsRecord(message: Message, queueArn: string, region: string): SQSRecord {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: attributes.SenderId ?? 'tinsach-local',
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
    },
    messageAttributes: toLambdaMessageAttributes(message.MessageAttributes),
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}

function buildContext(functionName: string, timeoutSeconds: number, region: string): Context {
  const deadline = Date.now() + timeoutSeconds * MS_PER_SECOND;
  const requestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${functionName}`,
    memoryLimitInMB: String(INGEST_FUNCTION.memoryMb),
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${requestId}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

async function invokeWithTimeout(
  handler: SqsBatchHandler,
  event: SQSEvent,
  context: Context,
  timeoutSeconds: number,
): Promise<SQSBatchResponse | void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HandlerTimeoutError(timeoutSeconds)), timeoutSeconds * MS_PER_SECOND);
  });
  try {
    return await Promise.race([handler(event, context), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Which message ids failed, as Lambda reads a batch response: none listed means all succeeded; an
 * identifier that is not in the batch makes Lambda treat the whole batch as failed.
 */
export function selectFailedMessageIds(
  records: readonly SQSRecord[],
  response: SQSBatchResponse | void,
): Set<string> {
  const batchIds = new Set(records.map((record) => record.messageId));
  const failures = response?.batchItemFailures ?? [];
  const listed = failures.map((failure) => failure.itemIdentifier);
  if (listed.some((id) => !batchIds.has(id))) return batchIds;
  return new Set(listed);
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export async function startEventSourcePoller(options: EventSourcePollerOptions): Promise<EventSourcePoller> {
  const batchSize = Math.min(options.batchSize ?? INGEST_QUEUE.batchSize, SQS_MAX_BATCH);
  const waitSeconds = options.waitSeconds ?? INGEST_QUEUE.receiveWaitSeconds;
  const functionTimeoutSeconds = options.functionTimeoutSeconds ?? INGEST_FUNCTION.timeoutSeconds;
  const functionName = options.functionName ?? 'tinsach-ingest-local';
  const reportPollError = options.onPollError ?? ((error: unknown) => console.error('[local poller]', error));
  const queueAttributes = await options.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: options.queueUrl, AttributeNames: ['QueueArn'] }),
  );
  const queueArn = queueAttributes.Attributes?.QueueArn ?? '';
  const stopping = new AbortController();

  async function processBatch(messages: Message[]): Promise<void> {
    const records = messages.map((message) => toSqsRecord(message, queueArn, options.region));
    let failedIds: Set<string>;
    let error: unknown;
    try {
      const context = buildContext(functionName, functionTimeoutSeconds, options.region);
      const response = await invokeWithTimeout(
        options.handler,
        { Records: records },
        context,
        functionTimeoutSeconds,
      );
      failedIds = selectFailedMessageIds(records, response);
    } catch (thrown) {
      // A handler that throws fails the whole batch, as in Lambda: every message comes back later.
      failedIds = new Set(records.map((record) => record.messageId));
      error = thrown;
    }
    const succeeded = records.filter((record) => !failedIds.has(record.messageId));
    if (succeeded.length > 0) {
      await options.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: options.queueUrl,
          Entries: succeeded.map((record, index) => ({
            Id: String(index),
            ReceiptHandle: record.receiptHandle,
          })),
        }),
      );
    }
    options.onBatch?.({
      received: records.length,
      succeeded: succeeded.length,
      failed: failedIds.size,
      ...(error !== undefined ? { error } : {}),
    });
  }

  async function pollUntilStopped(): Promise<void> {
    while (!stopping.signal.aborted) {
      try {
        const received = await options.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: options.queueUrl,
            MaxNumberOfMessages: batchSize,
            WaitTimeSeconds: waitSeconds,
            MessageSystemAttributeNames: ['All'],
            MessageAttributeNames: ['All'],
            ...(options.visibilityTimeoutSeconds !== undefined
              ? { VisibilityTimeout: options.visibilityTimeoutSeconds }
              : {}),
          }),
          // No abort signal: fauxqs keeps serving an abandoned long poll, and the messages it hands to a
          // request nobody reads stay invisible for a whole visibility timeout. Stopping waits for the
          // current receive instead (at most waitSeconds) and processes what it brought, as Lambda does.
        );
        const messages = received.Messages ?? [];
        if (messages.length > 0) await processBatch(messages);
        else if (waitSeconds === 0) await sleep(EMPTY_SHORT_POLL_PAUSE_MS, stopping.signal);
      } catch (error) {
        if (stopping.signal.aborted) return;
        reportPollError(error);
        await sleep(POLL_ERROR_BACKOFF_MS, stopping.signal);
      }
    }
  }

  const loop = pollUntilStopped();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
