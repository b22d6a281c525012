import { describe, expect, it } from 'vitest';
import { decodeEventObjectKey, InvalidObjectKeyError, isIncomingObjectKey } from '#domain/input/object-key';
import { MalformedEventError, parseS3EventMessage } from '#domain/input/s3-event';
import { buildS3Event, encodeKeyLikeS3, S3_TEST_EVENT } from '../../helpers/s3-event.ts';

describe('decodeEventObjectKey', () => {
  it('turns "+" into spaces and decodes percent escapes once', () => {
    expect(decodeEventObjectKey('incoming/tin+n%C3%B3ng+h%C3%B4m+nay.txt')).toBe(
      'incoming/tin nóng hôm nay.txt',
    );
  });

  it('keeps a literal plus that S3 sent as %2B', () => {
    expect(decodeEventObjectKey('incoming/a%2Bb.txt')).toBe('incoming/a+b.txt');
  });

  it('does not decode twice: an encoded percent stays a percent sign', () => {
    expect(decodeEventObjectKey('incoming/100%2525.txt')).toBe('incoming/100%25.txt');
  });

  it('round-trips keys encoded the way S3 encodes them', () => {
    const key = 'incoming/Đắk Lắk/bản tin + phụ lục (1).txt';
    expect(decodeEventObjectKey(encodeKeyLikeS3(key))).toBe(key);
  });

  it('throws a typed error for broken escapes', () => {
    expect(() => decodeEventObjectKey('incoming/%E0%A4%A.txt')).toThrow(InvalidObjectKeyError);
  });
});

describe('isIncomingObjectKey', () => {
  it('accepts keys under incoming/ only', () => {
    expect(isIncomingObjectKey('incoming/a.txt')).toBe(true);
    expect(isIncomingObjectKey('incoming/')).toBe(false);
    expect(isIncomingObjectKey('archive/incoming/a.txt')).toBe(false);
  });
});

describe('parseS3EventMessage', () => {
  it('returns every created object of a notification with decoded keys and bare etags', () => {
    const event = buildS3Event([
      { bucket: 'tinsach-raw', key: 'incoming/tin mới.txt', etag: '"abc"' },
      { bucket: 'tinsach-raw', key: 'incoming/b.json', etag: 'def' },
    ]);
    expect(parseS3EventMessage(JSON.stringify(event))).toEqual([
      { bucket: 'tinsach-raw', key: 'incoming/tin mới.txt', etag: 'abc' },
      { bucket: 'tinsach-raw', key: 'incoming/b.json', etag: 'def' },
    ]);
  });

  it('ignores the s3:TestEvent', () => {
    expect(parseS3EventMessage(JSON.stringify(S3_TEST_EVENT))).toEqual([]);
  });

  it('throws a typed error for a body that is not an S3 notification', () => {
    expect(() => parseS3EventMessage('không phải JSON')).toThrow(MalformedEventError);
    expect(() => parseS3EventMessage('{"Records": [{"foo": 1}]}')).toThrow(MalformedEventError);
  });
});
