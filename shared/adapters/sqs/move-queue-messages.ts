// Moves messages from one SQS queue to another (a dead-letter queue back to its source queue): receive,
// send, then delete, so a crash between the steps can duplicate a message but never lose one. The ingest
// pipeline is idempotent per object version, so a duplicate is harmless.
import {
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type Message,
  type MessageAttributeValue,
  type SQSClient,
} from '@aws-sdk/client-sqs';

export interface MoveQueueMessagesRequest {
  readonly fromQueueUrl: string;
  readonly toQueueUrl: string;
  /** Stop after this many; everything that is visible when omitted. */
  readonly maxMessages?: number;
  /** Called after each moved message, e.g. for a progress line. */
  readonly onMoved?: (moved: number) => void;
}

export interface MoveQueueMessagesResult {
  readonly moved: number;
}

/** SQS returns at most 10 messages per ReceiveMessage. */
const SQS_MAX_RECEIVE = 10;
/**
 * Received messages stay invisible this long: enough to send and delete them; if the mover dies, they
 * reappear in the dead-letter queue soon after instead of hours later.
 */
const MOVE_VISIBILITY_TIMEOUT_SECONDS = 30;
/** Short polling: an empty receive means the queue is drained (of visible messages). */
const NO_WAIT_SECONDS = 0;

/** String and binary attributes survive the move; SQS rejects empty attribute maps, so none become undefined. */
function copyAttributes(
  attributes: Message['MessageAttributes'],
): Record<string, MessageAttributeValue> | undefined {
  if (!attributes || Object.keys(attributes).length === 0) return undefined;
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [
      name,
      {
        DataType: value.DataType,
        ...(value.StringValue !== undefined ? { StringValue: value.StringValue } : {}),
        ...(value.BinaryValue !== undefined ? { BinaryValue: value.BinaryValue } : {}),
      },
    ]),
  );
}

export async function moveQueueMessages(
  sqs: SQSClient,
  request: MoveQueueMessagesRequest,
): Promise<MoveQueueMessagesResult> {
  const limit = request.maxMessages ?? Number.POSITIVE_INFINITY;
  let moved = 0;
  while (moved < limit) {
    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: request.fromQueueUrl,
        MaxNumberOfMessages: Math.min(SQS_MAX_RECEIVE, limit - moved),
        WaitTimeSeconds: NO_WAIT_SECONDS,
        VisibilityTimeout: MOVE_VISIBILITY_TIMEOUT_SECONDS,
        MessageAttributeNames: ['All'],
      }),
    );
    const messages = received.Messages ?? [];
    if (messages.length === 0) break;
    for (const message of messages) {
      const attributes = copyAttributes(message.MessageAttributes);
      await sqs.send(
        new SendMessageCommand({
          QueueUrl: request.toQueueUrl,
          MessageBody: message.Body ?? '',
          ...(attributes ? { MessageAttributes: attributes } : {}),
        }),
      );
      await sqs.send(
        new DeleteMessageCommand({ QueueUrl: request.fromQueueUrl, ReceiptHandle: message.ReceiptHandle }),
      );
      moved += 1;
      request.onMoved?.(moved);
    }
  }
  return { moved };
}
