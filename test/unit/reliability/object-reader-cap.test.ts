// The S3 reader's size cap with a 50 MB object (issue #8), against a stubbed client: the emulated S3
// refuses uploads that large, and a stub can also count how much of a body was actually pulled.
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { S3ObjectReader } from '#adapters/s3/object-reader';
import { DEFAULT_MAX_OBJECT_BYTES } from '#config/resources';

const FIFTY_MEGABYTES = 50 * 1024 * 1024;
/** Chunk size of the simulated download stream, about what an HTTP socket hands over at a time. */
const STREAM_CHUNK_BYTES = 64 * 1024;

interface StubbedObject {
  /** What HeadObject announces; a lying or racing object may announce less than its body holds. */
  readonly announcedBytes: number;
  readonly bodyBytes: number;
}

function stubS3(object: StubbedObject) {
  const sent: string[] = [];
  let streamedBytes = 0;
  async function* streamBody(): AsyncGenerator<Uint8Array> {
    const chunk = new Uint8Array(STREAM_CHUNK_BYTES).fill(0x61);
    for (let offset = 0; offset < object.bodyBytes; offset += STREAM_CHUNK_BYTES) {
      const length = Math.min(STREAM_CHUNK_BYTES, object.bodyBytes - offset);
      streamedBytes += length;
      yield chunk.subarray(0, length);
    }
  }
  const client = {
    send: async (command: unknown) => {
      if (command instanceof HeadObjectCommand) {
        sent.push('HeadObject');
        return { ContentLength: object.announcedBytes, ETag: '"etag-1"', Metadata: {} };
      }
      if (command instanceof GetObjectCommand) {
        sent.push('GetObject');
        return { ContentLength: object.bodyBytes, ETag: '"etag-1"', Metadata: {}, Body: streamBody() };
      }
      throw new Error('unexpected command');
    },
  } as unknown as S3Client;
  return { client, sent, streamedBytes: () => streamedBytes };
}

describe('S3ObjectReader size cap', () => {
  it('rejects a 50 MB object from its announced ContentLength without downloading it', async () => {
    const s3 = stubS3({ announcedBytes: FIFTY_MEGABYTES, bodyBytes: FIFTY_MEGABYTES });
    const reader = new S3ObjectReader(s3.client, 'tinsach-raw', DEFAULT_MAX_OBJECT_BYTES);
    const result = await reader.readObject('incoming/qua-lon.txt');
    expect(result).toEqual({
      kind: 'too-large',
      etag: 'etag-1',
      sizeBytes: FIFTY_MEGABYTES,
      maxBytes: DEFAULT_MAX_OBJECT_BYTES,
    });
    expect(s3.sent).toEqual(['HeadObject']);
    expect(s3.streamedBytes()).toBe(0);
  });

  it('stops reading a body that turns out larger than announced one chunk past the cap', async () => {
    const s3 = stubS3({ announcedBytes: 1024, bodyBytes: FIFTY_MEGABYTES });
    const reader = new S3ObjectReader(s3.client, 'tinsach-raw', DEFAULT_MAX_OBJECT_BYTES);
    const result = await reader.readObject('incoming/doi-noi-dung.txt');
    expect(result.kind).toBe('too-large');
    expect(s3.sent).toEqual(['HeadObject', 'GetObject']);
    expect(s3.streamedBytes()).toBeLessThanOrEqual(DEFAULT_MAX_OBJECT_BYTES + STREAM_CHUNK_BYTES);
  });

  it('reads an object under the cap whole', async () => {
    const s3 = stubS3({ announcedBytes: 3 * STREAM_CHUNK_BYTES, bodyBytes: 3 * STREAM_CHUNK_BYTES });
    const reader = new S3ObjectReader(s3.client, 'tinsach-raw', DEFAULT_MAX_OBJECT_BYTES);
    const result = await reader.readObject('incoming/vua-du.txt');
    expect(result.kind === 'found' ? result.object.bytes.length : -1).toBe(3 * STREAM_CHUNK_BYTES);
  });
});
