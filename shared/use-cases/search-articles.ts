// Listing articles for the search API: one filter at a time (old province, new province or source;
// none = everything), a date range, newest first, with an opaque cursor. With keywords (q) the request
// goes to keyword search, where the filters combine and relevance ordering is available.
import { toUtcInstant } from '#domain/article/record';
import { decodeCursor, encodeCursor } from '#domain/search/cursor';
import type { ArticleListing, ArticleRepository, ArticleSummary } from '#ports/article-repository';
import { searchKeywords, type SearchSort } from './search-keywords.ts';

export interface SearchArticlesRequest {
  /** Old (pre-2025-07-01) province code. A 2-digit code can be old or new, so the two stay separate. */
  readonly province?: string;
  /** New (from 2025-07-01) province code. */
  readonly newProvince?: string;
  readonly source?: string;
  /** ISO 8601 date (YYYY-MM-DD, a Vietnamese calendar day) or date-time; inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly cursor?: string;
  /** Keywords, phrases in double quotes; see shared/domain/search/parse-query.ts. */
  readonly q?: string;
  /** `relevance` needs q; listings without q are newest first. */
  readonly sort?: SearchSort;
}

export interface SearchArticlesResult {
  readonly items: readonly ArticleSummary[];
  readonly nextCursor: string | null;
}

export class InvalidSearchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSearchError';
  }
}

/** Dates without a time are days in Vietnam, where the news is published. */
const VIETNAM_OFFSET = '+07:00';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function resolveBound(value: string | undefined, edge: 'start' | 'end'): string | undefined {
  if (value === undefined) return undefined;
  const withTime = DATE_ONLY.test(value)
    ? `${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}${VIETNAM_OFFSET}`
    : value;
  const instant = toUtcInstant(withTime);
  if (instant === null) throw new InvalidSearchError(`"${value}" is not an ISO 8601 date`);
  return instant;
}

function chooseListing(request: SearchArticlesRequest): ArticleListing {
  const filters = [request.province, request.newProvince, request.source].filter(
    (value) => value !== undefined,
  );
  if (filters.length > 1)
    throw new InvalidSearchError('filter by one of province, newProvince or source at a time');
  if (request.province !== undefined) return { kind: 'province', code: request.province };
  if (request.newProvince !== undefined) return { kind: 'newProvince', code: request.newProvince };
  if (request.source !== undefined) return { kind: 'source', source: request.source };
  return { kind: 'all' };
}

export async function searchArticles(
  request: SearchArticlesRequest,
  articles: ArticleRepository,
): Promise<SearchArticlesResult> {
  const from = resolveBound(request.from, 'start');
  const to = resolveBound(request.to, 'end');
  if (from !== undefined && to !== undefined && from > to)
    throw new InvalidSearchError('"from" is after "to"');
  if (request.q !== undefined && request.q.trim() !== '') {
    return searchKeywords(
      {
        q: request.q,
        sort: request.sort ?? 'newest',
        limit: request.limit,
        ...(request.province === undefined ? {} : { province: request.province }),
        ...(request.newProvince === undefined ? {} : { newProvince: request.newProvince }),
        ...(request.source === undefined ? {} : { source: request.source }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(request.cursor === undefined ? {} : { cursor: request.cursor }),
      },
      articles,
    );
  }
  if (request.sort === 'relevance') throw new InvalidSearchError('sort=relevance needs keywords (q)');
  const page = await articles.listArticles({
    listing: chooseListing(request),
    limit: request.limit,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(request.cursor === undefined ? {} : { after: decodeCursor(request.cursor) }),
  });
  return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
}
