// S3 event notifications as S3 sends them to SQS: keys form-encoded (space as "+").
import type { S3Event, S3EventRecord } from 'aws-lambda';

export interface CreatedObject {
  readonly bucket: string;
  /** The real key; encoded here the way S3 encodes it. */
  readonly key: string;
  readonly etag: string;
  readonly size?: number;
}

export function encodeKeyLikeS3(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

export function buildS3Record(object: CreatedObject): S3EventRecord {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventTime: new Date().toISOString(),
    eventName: 'ObjectCreated:Put',
    userIdentity: { principalId: 'test' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': 'test', 'x-amz-id-2': 'test' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'ingest-incoming-objects',
      bucket: {
        name: object.bucket,
        ownerIdentity: { principalId: 'test' },
        arn: `arn:aws:s3:::${object.bucket}`,
      },
      object: { key: encodeKeyLikeS3(object.key), size: object.size ?? 0, eTag: object.etag, sequencer: '0' },
    },
  };
}

export function buildS3Event(objects: readonly CreatedObject[]): S3Event {
  return { Records: objects.map(buildS3Record) };
}

export const S3_TEST_EVENT = { Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'tinsach-raw' } as const;
