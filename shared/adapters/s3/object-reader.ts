// Reads uploaded objects with a size cap: HeadObject first, so an oversized object is rejected without
// being downloaded, then a bounded read that stops if the body turns out larger than announced.
import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, type S3Client } from '@aws-sdk/client-s3';
import { ObjectNotFoundError, StorageUnavailableError } from '#ports/errors';
import type { ObjectStore, ReadObjectResult } from '#ports/object-store';

const stripQuotes = (etag: string | undefined): string => (etag ?? '').replace(/^"|"$/g, '');

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  return (
    error instanceof NoSuchKey ||
    error instanceof NotFound ||
    name === 'NoSuchKey' ||
    name === 'NotFound' ||
    status === 404
  );
}

class BodyTooLargeError extends Error {
  constructor(readonly sizeBytes: number) {
    super(`object body exceeds the cap at ${sizeBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

async function readBounded(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) throw new BodyTooLargeError(total);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export class S3ObjectReader implements ObjectStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly maxBytes: number,
  ) {}

  async readObject(key: string): Promise<ReadObjectResult> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      const announced = head.ContentLength ?? 0;
      if (announced > this.maxBytes) {
        return {
          kind: 'too-large',
          etag: stripQuotes(head.ETag),
          sizeBytes: announced,
          maxBytes: this.maxBytes,
        };
      }
      // If the object is replaced between the two calls, the bounded read still holds the cap.
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const etag = stripQuotes(object.ETag ?? head.ETag);
      if (!object.Body) throw new ObjectNotFoundError(key);
      let bytes: Uint8Array;
      try {
        bytes = await readBounded(object.Body as AsyncIterable<Uint8Array>, this.maxBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          return { kind: 'too-large', etag, sizeBytes: error.sizeBytes, maxBytes: this.maxBytes };
        }
        throw error;
      }
      return {
        kind: 'found',
        object: { key, bytes, etag, metadata: { ...(object.Metadata ?? head.Metadata ?? {}) } },
      };
    } catch (error) {
      if (error instanceof ObjectNotFoundError) throw error;
      if (isNotFound(error)) throw new ObjectNotFoundError(key);
      throw new StorageUnavailableError(`read ${key}`, { cause: error });
    }
  }
}
