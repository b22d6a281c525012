// Builds S3 event notifications in the shape AWS delivers them to SQS, so the ingest handler parses
// local events with exactly the code it runs in AWS.
import type { S3Event } from 'aws-lambda';

/** What S3 calls the operations that create an object (the part after "ObjectCreated:"). */
export const OBJECT_CREATED_OPERATIONS = {
  put: 'Put',
  copy: 'Copy',
  completeMultipartUpload: 'CompleteMultipartUpload',
} as const;
export type ObjectCreatedOperation =
  (typeof OBJECT_CREATED_OPERATIONS)[keyof typeof OBJECT_CREATED_OPERATIONS];

export interface CreatedObject {
  readonly bucket: string;
  /** The key as stored (decoded). */
  readonly key: string;
  readonly size: number;
  /** Without the surrounding quotes, as S3 puts it in events. */
  readonly eTag: string;
  readonly operation: ObjectCreatedOperation;
}

export interface NotificationContext {
  readonly region: string;
  readonly configurationId: string;
  readonly sequencer: string;
  readonly requestId: string;
  readonly sourceIpAddress: string;
  readonly eventTime: Date;
}

/** Owner principal the emulator reports; AWS shows the account's canonical id here. */
const LOCAL_PRINCIPAL_ID = 'tinsach-local';

/**
 * S3 event keys are form-URL-encoded: UTF-8 percent-encoding, spaces as '+', slashes kept
 * (like Java's URLEncoder, which also encodes the characters encodeURIComponent leaves alone: ! ' ( ) ~).
 */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key)
    .replace(/[!'()~]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/');
}

export function buildObjectCreatedEvent(object: CreatedObject, context: NotificationContext): S3Event {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: context.region,
        eventTime: context.eventTime.toISOString(),
        eventName: `ObjectCreated:${object.operation}`,
        userIdentity: { principalId: LOCAL_PRINCIPAL_ID },
        requestParameters: { sourceIPAddress: context.sourceIpAddress },
        responseElements: { 'x-amz-request-id': context.requestId, 'x-amz-id-2': 'fauxqs' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: context.configurationId,
          bucket: {
            name: object.bucket,
            ownerIdentity: { principalId: LOCAL_PRINCIPAL_ID },
            arn: `arn:aws:s3:::${object.bucket}`,
          },
          object: {
            key: encodeS3EventKey(object.key),
            size: object.size,
            eTag: object.eTag,
            sequencer: context.sequencer,
          },
        },
      },
    ],
  };
}
