// What tests that drive messages through a queue wait on: the messages a queue still holds, and a
// condition checked until it holds or a time limit passes.
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';

/** Messages in a queue, visible or in flight. */
export async function countQueueMessages(sqs: SQSClient, queueUrl: string): Promise<number> {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
}

export interface WaitLimits {
  /** How long the condition may take to hold. */
  readonly limitMs: number;
  /** How long between two checks. */
  readonly intervalMs: number;
}

/** Checks `condition` every `intervalMs` until it holds; throws once `limitMs` has passed without. */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  { limitMs, intervalMs }: WaitLimits,
): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
