// Re-delivering raw objects to the pipeline (`tinsach reprocess`): each object is copied to a fresh key
// under incoming/reprocess/<batch>/, and the copy's ObjectCreated event takes the real path — queue,
// ingest function, storage. A fresh key matters: the pipeline keeps one receipt per object version and
// reports a second delivery of the same key and ETag as a duplicate without cleaning it again.
import { CopyObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { INCOMING_PREFIX } from '#config/resources';
import type { UploadedObject } from './object-outcomes.ts';

/** Folder under incoming/ that re-delivered copies go to, apart from crawler uploads. */
export const REPROCESS_FOLDER = 'reprocess';

export function buildRedeliveryKey(objectKey: string, batchId: string): string {
  const inner = objectKey.startsWith(INCOMING_PREFIX) ? objectKey.slice(INCOMING_PREFIX.length) : objectKey;
  return `${INCOMING_PREFIX}${REPROCESS_FOLDER}/${batchId}/${inner}`;
}

/** CopySource is "<bucket>/<key>" with the key URL-encoded, slashes kept. */
function buildCopySource(bucket: string, key: string): string {
  return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

export async function redeliverObject(
  s3: S3Client,
  bucket: string,
  objectKey: string,
  batchId: string,
): Promise<UploadedObject> {
  const key = buildRedeliveryKey(objectKey, batchId);
  const result = await s3.send(
    new CopyObjectCommand({ Bucket: bucket, Key: key, CopySource: buildCopySource(bucket, objectKey) }),
  );
  return { key, eTag: (result.CopyObjectResult?.ETag ?? '').replaceAll('"', '') };
}
