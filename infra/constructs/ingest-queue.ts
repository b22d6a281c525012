// The queue S3 notifications land in, and its dead-letter queue for messages that keep failing.
import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DEAD_LETTER_QUEUE, INGEST_QUEUE } from '#config/resources';

export class IngestQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.seconds(DEAD_LETTER_QUEUE.retentionSeconds),
    });

    this.queue = new Queue(this, 'Queue', {
      // SQS-managed keys: S3 notifications cannot publish to a queue encrypted with the AWS-managed KMS
      // key, and a customer key would add cost and a key policy for no extra protection of public news.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(INGEST_QUEUE.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: INGEST_QUEUE.maxReceiveCount },
    });
  }
}
