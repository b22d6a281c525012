// SQS records and events as the event source mapping delivers them to the ingest function.
import type { SQSEvent, SQSRecord } from 'aws-lambda';

export function buildSqsRecord(body: unknown, messageId: string = crypto.randomUUID()): SQSRecord {
  return {
    messageId,
    receiptHandle: `receipt-${messageId}`,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: String(Date.now()),
      SenderId: 'test',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:tinsach-ingest',
    awsRegion: 'us-east-1',
  };
}

export function buildSqsEvent(records: readonly SQSRecord[]): SQSEvent {
  return { Records: [...records] };
}
