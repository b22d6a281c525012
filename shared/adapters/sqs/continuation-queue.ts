// The ingest queue as the ingest function's continuation queue: the same S3 event, sent again with a
// message attribute counting the hand-overs.
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { INGEST_QUEUE } from '#config/resources';
import type { ContinuationQueue } from '#ports/continuation-queue';
import { StorageUnavailableError } from '#ports/errors';

export class SqsContinuationQueue implements ContinuationQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async continueLater(body: string, continuation: number): Promise<void> {
    try {
      await this.sqs.send(
        new SendMessageCommand({
          QueueUrl: this.queueUrl,
          MessageBody: body,
          MessageAttributes: {
            [INGEST_QUEUE.continuationAttribute]: { DataType: 'Number', StringValue: String(continuation) },
          },
        }),
      );
    } catch (error) {
      throw new StorageUnavailableError('hand-over to the ingest queue', { cause: error });
    }
  }
}
