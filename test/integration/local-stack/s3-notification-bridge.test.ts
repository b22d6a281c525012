import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  GetBucketNotificationConfigurationCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { S3Event } from 'aws-lambda';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INCOMING_PREFIX } from '#config/resources';
import { createLocalS3Client, createLocalSqsClient } from '../../../infra/local/clients.ts';
import {
  createLocalResources,
  startEmulators,
  type LocalResources,
  type RunningEmulators,
} from '../../../infra/local/emulators.ts';

let emulators: RunningEmulators;
let resources: LocalResources;
let s3: S3Client;
let sqs: SQSClient;

beforeAll(async () => {
  emulators = await startEmulators();
  resources = await createLocalResources(emulators.endpoints);
  s3 = createLocalS3Client(emulators.endpoints);
  sqs = createLocalSqsClient(emulators.endpoints);
});

afterAll(async () => {
  s3.destroy();
  sqs.destroy();
  await emulators.stop();
});

/** Long-poll wait for each receive: notifications arrive just after the upload's response, as in S3. */
const RECEIVE_WAIT_SECONDS = 1;

/** Consumes notifications until `count` have arrived or a receive comes back empty. */
async function receiveEvents(count: number): Promise<S3Event[]> {
  const events: S3Event[] = [];
  while (events.length < count) {
    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: resources.queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: RECEIVE_WAIT_SECONDS,
      }),
    );
    const messages = received.Messages ?? [];
    if (messages.length === 0) break;
    events.push(...messages.map((message) => JSON.parse(message.Body ?? '') as S3Event));
  }
  return events;
}

describe('S3 -> SQS notification bridge', () => {
  it('sends a correctly shaped ObjectCreated:Put event with an S3-encoded key for incoming/', async () => {
    const key = `${INCOMING_PREFIX}lô 1/Bản tin Đắk Lắk (sáng).txt`;
    const body = 'Sáng nay, mưa lớn kéo dài ở huyện Krông Bông.';
    const put = await s3.send(new PutObjectCommand({ Bucket: resources.bucketName, Key: key, Body: body }));

    const events = await receiveEvents(2);

    expect(events).toHaveLength(1);
    const record = events[0]?.Records[0];
    expect(record).toMatchObject({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: emulators.endpoints.region,
      eventName: 'ObjectCreated:Put',
      s3: {
        bucket: { name: resources.bucketName, arn: `arn:aws:s3:::${resources.bucketName}` },
        object: {
          key: 'incoming/l%C3%B4+1/B%E1%BA%A3n+tin+%C4%90%E1%BA%AFk+L%E1%BA%AFk+%28s%C3%A1ng%29.txt',
          size: Buffer.byteLength(body),
          eTag: put.ETag?.replaceAll('"', ''),
        },
      },
    });
    expect(Number.isNaN(Date.parse(record?.eventTime ?? ''))).toBe(false);
    expect(record?.s3.object.sequencer).toMatch(/^[0-9A-F]+$/);
    // Decoding the way a handler must (form encoding) gives the stored key back.
    expect(decodeURIComponent((record?.s3.object.key ?? '').replaceAll('+', ' '))).toBe(key);
  });

  it('sends nothing for objects outside incoming/', async () => {
    await s3.send(new PutObjectCommand({ Bucket: resources.bucketName, Key: 'processed/a.txt', Body: 'x' }));
    await s3.send(
      new PutObjectCommand({ Bucket: resources.bucketName, Key: 'incoming-old/a.txt', Body: 'x' }),
    );
    // A later upload under incoming/ marks the point by which the others would have been announced.
    await s3.send(
      new PutObjectCommand({ Bucket: resources.bucketName, Key: 'incoming/marker.txt', Body: 'x' }),
    );

    const keys = (await receiveEvents(3)).map((event) => event.Records[0]?.s3.object.key);

    expect(keys).toEqual(['incoming/marker.txt']);
  });

  it('reports copies and completed multipart uploads with their own event names', async () => {
    await s3.send(
      new PutObjectCommand({ Bucket: resources.bucketName, Key: 'archive/src.txt', Body: 'nguồn' }),
    );
    await s3.send(
      new CopyObjectCommand({
        Bucket: resources.bucketName,
        Key: `${INCOMING_PREFIX}copied.txt`,
        CopySource: `${resources.bucketName}/archive/src.txt`,
      }),
    );
    const multipartKey = `${INCOMING_PREFIX}multi.jsonl`;
    const upload = await s3.send(
      new CreateMultipartUploadCommand({ Bucket: resources.bucketName, Key: multipartKey }),
    );
    const part = await s3.send(
      new UploadPartCommand({
        Bucket: resources.bucketName,
        Key: multipartKey,
        UploadId: upload.UploadId,
        PartNumber: 1,
        Body: '{"text":"một dòng"}\n',
      }),
    );
    await s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: resources.bucketName,
        Key: multipartKey,
        UploadId: upload.UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] },
      }),
    );

    const records = (await receiveEvents(3))
      .flatMap((event) => event.Records)
      .sort((a, b) => a.s3.object.sequencer.localeCompare(b.s3.object.sequencer));

    expect(records.map((record) => [record.eventName, record.s3.object.key])).toEqual([
      ['ObjectCreated:Copy', 'incoming/copied.txt'],
      ['ObjectCreated:CompleteMultipartUpload', 'incoming/multi.jsonl'],
    ]);
    expect(records[0]?.s3.object.size).toBe(Buffer.byteLength('nguồn'));
  });

  it('also announces virtual-host style uploads (bucket in the Host header)', async () => {
    const endpoint = new URL(emulators.endpoints.aws);
    await new Promise<void>((resolve, reject) => {
      const put = request(
        {
          hostname: endpoint.hostname,
          port: endpoint.port,
          method: 'PUT',
          path: '/incoming/vhost.txt',
          headers: {
            host: `${resources.bucketName}.localhost:${endpoint.port}`,
            'content-type': 'text/plain',
          },
        },
        (response) => {
          response.resume();
          response.on('end', () =>
            response.statusCode === 200 ? resolve() : reject(new Error(`${response.statusCode}`)),
          );
        },
      );
      put.on('error', reject);
      put.end('Tin từ máy thu thập');
    });

    const records = (await receiveEvents(2)).flatMap((event) => event.Records);

    expect(records.map((record) => [record.s3.bucket.name, record.s3.object.key])).toEqual([
      [resources.bucketName, 'incoming/vhost.txt'],
    ]);
  });

  it('keeps the bucket notification configuration readable through the S3 API', async () => {
    const configuration = await s3.send(
      new GetBucketNotificationConfigurationCommand({ Bucket: resources.bucketName }),
    );

    expect(configuration.QueueConfigurations).toEqual([
      expect.objectContaining({
        Events: ['s3:ObjectCreated:*'],
        Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: INCOMING_PREFIX }] } },
      }),
    ]);
  });

  it('creates resources idempotently', async () => {
    await expect(createLocalResources(emulators.endpoints)).resolves.toEqual(resources);
  });
});
