// Cursors of keyword searches. They ride in the same opaque envelope as listing cursors (cursor.ts) and
// carry a fingerprint of the query and filters: a cursor from another search, or a listing's cursor, is
// refused instead of silently paging through something else.
import { createHash } from 'node:crypto';
import { InvalidCursorError, type PageKey } from './cursor.ts';

/** Newest-first pages resume below the last listed key; relevance pages resume at an offset. */
export type SearchPosition =
  | { readonly sort: 'newest'; readonly before: string }
  | { readonly sort: 'relevance'; readonly offset: number };

const SEARCH_BUCKET = 'search';
/** Fingerprints are 16 hex digits of sha256: enough to tell searches apart, short in a URL. */
const FINGERPRINT_HEX_CHARS = 16;
/** `<ISO instant>#<article id>`, exactly as listing sort keys are built. */
const LISTED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[a-z][0-9a-f]{32}$/;
const OFFSET = /^(0|[1-9]\d{0,5})$/;

export function fingerprintSearch(parts: Readonly<Record<string, string | undefined>>): string {
  const canonical = JSON.stringify(Object.entries(parts).sort(([a], [b]) => (a < b ? -1 : 1)));
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, FINGERPRINT_HEX_CHARS);
}

export function toSearchPageKey(fingerprint: string, position: SearchPosition): PageKey {
  const key: Record<string, string> =
    position.sort === 'newest'
      ? { f: fingerprint, before: position.before }
      : { f: fingerprint, offset: String(position.offset) };
  return { key, bucket: SEARCH_BUCKET };
}

export function readSearchPageKey(
  page: PageKey,
  fingerprint: string,
  sort: SearchPosition['sort'],
): SearchPosition {
  if (page.bucket !== SEARCH_BUCKET || page.key['f'] !== fingerprint) {
    throw new InvalidCursorError('does not belong to this search');
  }
  const names = Object.keys(page.key).sort().join(',');
  if (sort === 'newest') {
    const before = page.key['before'];
    if (names !== 'before,f' || before === undefined || !LISTED_AT.test(before)) {
      throw new InvalidCursorError('unexpected position');
    }
    return { sort, before };
  }
  const offset = page.key['offset'];
  if (names !== 'f,offset' || offset === undefined || !OFFSET.test(offset)) {
    throw new InvalidCursorError('unexpected position');
  }
  return { sort, offset: Number(offset) };
}
