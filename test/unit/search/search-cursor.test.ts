import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError } from '#domain/search/cursor';
import { fingerprintSearch, readSearchPageKey, toSearchPageKey } from '#domain/search/search-cursor';

const LISTED_AT = `2024-05-01T01:00:00.000Z#u${'a'.repeat(32)}`;

describe('search cursors', () => {
  const fingerprint = fingerprintSearch({ q: 'lúa gạo', sort: 'newest' });

  it('round-trips a newest-first and a relevance position', () => {
    const newest = decodeCursor(
      encodeCursor(toSearchPageKey(fingerprint, { sort: 'newest', before: LISTED_AT })),
    );
    expect(readSearchPageKey(newest, fingerprint, 'newest')).toEqual({ sort: 'newest', before: LISTED_AT });
    const relevance = decodeCursor(
      encodeCursor(toSearchPageKey(fingerprint, { sort: 'relevance', offset: 40 })),
    );
    expect(readSearchPageKey(relevance, fingerprint, 'relevance')).toEqual({ sort: 'relevance', offset: 40 });
  });

  it('refuses a cursor of another search, another sort, or a forged position', () => {
    const page = toSearchPageKey(fingerprint, { sort: 'newest', before: LISTED_AT });
    const other = fingerprintSearch({ q: 'cà phê', sort: 'newest' });
    expect(other).not.toBe(fingerprint);
    expect(() => readSearchPageKey(page, other, 'newest')).toThrow(InvalidCursorError);
    expect(() => readSearchPageKey(page, fingerprint, 'relevance')).toThrow(InvalidCursorError);
    const forged = { key: { f: fingerprint, before: 'ART#x' }, bucket: 'search' };
    expect(() => readSearchPageKey(forged, fingerprint, 'newest')).toThrow(InvalidCursorError);
    const listing = { key: { pk: 'ALL#2024', sk: LISTED_AT }, bucket: '2024' };
    expect(() => readSearchPageKey(listing, fingerprint, 'newest')).toThrow(InvalidCursorError);
  });

  it('fingerprints filters independently of their order', () => {
    expect(fingerprintSearch({ q: 'a', province: '14' })).toBe(fingerprintSearch({ province: '14', q: 'a' }));
    expect(fingerprintSearch({ q: 'a', province: '14' })).not.toBe(
      fingerprintSearch({ q: 'a', province: '15' }),
    );
  });
});
