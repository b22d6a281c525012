// The pure parts of the local Lambda emulation: how batch responses and HTTP results are read.
import type { SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { toHttpResponse } from '../../../infra/local/api-gateway-event.ts';
import { selectFailedMessageIds, toSqsRecord } from '../../../infra/local/event-source-poller.ts';

const records = ['m1', 'm2', 'm3'].map((id) =>
  toSqsRecord({ MessageId: id, Body: id }, 'arn:q', 'us-east-1'),
);

describe('batch responses (ReportBatchItemFailures)', () => {
  it('treats no response and an empty failure list as full success', () => {
    expect(selectFailedMessageIds(records, undefined)).toEqual(new Set());
    expect(selectFailedMessageIds(records, { batchItemFailures: [] })).toEqual(new Set());
  });

  it('fails exactly the listed messages', () => {
    expect(selectFailedMessageIds(records, { batchItemFailures: [{ itemIdentifier: 'm2' }] })).toEqual(
      new Set(['m2']),
    );
  });

  it('fails the whole batch when an identifier is not in it, as Lambda does', () => {
    expect(selectFailedMessageIds(records, { batchItemFailures: [{ itemIdentifier: 'lạ' }] })).toEqual(
      new Set(['m1', 'm2', 'm3']),
    );
  });

  it('builds records with the attributes a handler reads', () => {
    const record: SQSRecord = toSqsRecord(
      {
        MessageId: 'x',
        ReceiptHandle: 'r',
        Body: '{}',
        Attributes: { ApproximateReceiveCount: '3', SentTimestamp: '1700000000000' },
        MessageAttributes: { nguon: { DataType: 'String', StringValue: 'báo' } },
      },
      'arn:aws:sqs:us-east-1:000000000000:q',
      'us-east-1',
    );

    expect(record).toMatchObject({
      messageId: 'x',
      receiptHandle: 'r',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:q',
      attributes: { ApproximateReceiveCount: '3', SentTimestamp: '1700000000000' },
      messageAttributes: { nguon: { dataType: 'String', stringValue: 'báo' } },
    });
  });
});

describe('HTTP API results (payload format 2.0)', () => {
  it('sends a bare object as 200 JSON', () => {
    const response = toHttpResponse({ items: [] } as never);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.body.toString()).toBe('{"items":[]}');
  });

  it('keeps status, lower-cased headers and base64 bodies of structured results', () => {
    const response = toHttpResponse({
      statusCode: 404,
      headers: { 'Content-Type': 'text/plain' },
      body: Buffer.from('không thấy').toString('base64'),
      isBase64Encoded: true,
    });

    expect(response).toEqual({
      statusCode: 404,
      headers: { 'content-type': 'text/plain' },
      body: Buffer.from('không thấy'),
    });
  });
});
