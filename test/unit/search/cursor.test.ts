import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError } from '#domain/search/cursor';

describe('page cursors', () => {
  const page = { key: { pk: 'ART#u1', sk: 'ARTICLE', gsi1pk: 'PROV#02' }, bucket: '2024' };

  it('round-trips a page key and is URL-safe', () => {
    const cursor = encodeCursor(page);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(page);
  });

  it('omits the bucket when there is none', () => {
    expect(decodeCursor(encodeCursor({ key: { pk: 'a' } }))).toEqual({ key: { pk: 'a' } });
  });

  it.each([
    ['garbage characters', 'không hợp lệ!'],
    ['base64 of plain text', Buffer.from('xin chào').toString('base64url')],
    ['JSON of the wrong shape', Buffer.from('{"v":1,"k":{"pk":5}}').toString('base64url')],
    ['an unknown version', Buffer.from('{"v":2,"k":{"pk":"a"}}').toString('base64url')],
    ['extra fields', Buffer.from('{"v":1,"k":{"pk":"a"},"admin":true}').toString('base64url')],
    ['an empty key', Buffer.from('{"v":1,"k":{}}').toString('base64url')],
    ['an oversized cursor', 'a'.repeat(5000)],
  ])('rejects %s with InvalidCursorError', (_label, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(InvalidCursorError);
  });
});
