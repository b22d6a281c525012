// Reads the messages waiting in a queue without taking them (to show a dead-letter queue): each is
// received with a short visibility timeout and made visible again as soon as all are read, so the queue
// is left as it was, apart from the receive counts SQS keeps. If the reader dies in between, the
// messages reappear when the timeout runs out.
import {
  ChangeMessageVisibilityBatchCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';

export interface PeekedMessage {
  readonly messageId: string;
  readonly body: string;
}

/** SQS hands out and changes at most 10 messages per call. */
const SQS_MAX_BATCH = 10;
/** Long enough to read a few hundred messages; short enough that a crash hides them only briefly. */
const PEEK_VISIBILITY_TIMEOUT_SECONDS = 30;
/** Short polling: an empty receive means every visible message has been read. */
const NO_WAIT_SECONDS = 0;
const VISIBLE_NOW_SECONDS = 0;

function toPeeked(message: Message): PeekedMessage {
  return { messageId: message.MessageId ?? '', body: message.Body ?? '' };
}

export async function peekQueueMessages(
  sqs: SQSClient,
  request: { readonly queueUrl: string; readonly maxMessages?: number },
): Promise<readonly PeekedMessage[]> {
  const limit = request.maxMessages ?? Number.POSITIVE_INFINITY;
  const held: Message[] = [];
  try {
    while (held.length < limit) {
      const received = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: request.queueUrl,
          MaxNumberOfMessages: Math.min(SQS_MAX_BATCH, limit - held.length),
          WaitTimeSeconds: NO_WAIT_SECONDS,
          VisibilityTimeout: PEEK_VISIBILITY_TIMEOUT_SECONDS,
        }),
      );
      const messages = received.Messages ?? [];
      if (messages.length === 0) break;
      held.push(...messages);
    }
  } finally {
    for (let start = 0; start < held.length; start += SQS_MAX_BATCH) {
      await sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: request.queueUrl,
          Entries: held.slice(start, start + SQS_MAX_BATCH).map((message, index) => ({
            Id: String(index),
            ReceiptHandle: message.ReceiptHandle,
            VisibilityTimeout: VISIBLE_NOW_SECONDS,
          })),
        }),
      );
    }
  }
  return held.map(toPeeked);
}
