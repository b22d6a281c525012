// The body of an ingest-queue message: an S3 event notification, possibly holding several records,
// or the s3:TestEvent S3 sends once when the notification is configured.
import * as z from 'zod/mini';
import { decodeEventObjectKey } from './object-key.ts';

export class MalformedEventError extends Error {
  constructor(detail: string) {
    super(`message is not an S3 event notification: ${detail}`);
    this.name = 'MalformedEventError';
  }
}

export interface ObjectCreatedNotice {
  readonly bucket: string;
  /** Decoded, ready for GetObject. */
  readonly key: string;
  readonly etag?: string;
}

const S3_RECORD_SCHEMA = z.object({
  eventName: z.optional(z.string()),
  s3: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({ key: z.string().check(z.minLength(1)), eTag: z.optional(z.string()) }),
  }),
});

const S3_EVENT_SCHEMA = z.union([
  z.object({ Event: z.literal('s3:TestEvent') }),
  z.object({ Records: z.array(S3_RECORD_SCHEMA) }),
]);

/** Returns the created objects the message announces; a test event announces none. */
export function parseS3EventMessage(body: string): ObjectCreatedNotice[] {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new MalformedEventError('not JSON');
  }
  const parsed = S3_EVENT_SCHEMA.safeParse(value);
  if (!parsed.success) throw new MalformedEventError('unexpected shape');
  if (!('Records' in parsed.data)) return [];
  return parsed.data.Records.filter(
    (record) => !record.eventName || record.eventName.startsWith('ObjectCreated'),
  ).map((record) => ({
    bucket: record.s3.bucket.name,
    key: decodeEventObjectKey(record.s3.object.key),
    ...(record.s3.object.eTag ? { etag: record.s3.object.eTag.replace(/^"|"$/g, '') } : {}),
  }));
}
