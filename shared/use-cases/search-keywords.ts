// Keyword search: plan index lookups from the query, fetch candidates from the rarest term partition,
// narrow them with the other terms, verify each against its article (phrases, filters, stale entries),
// then order newest first or by relevance. Every step is bounded, so a search costs a known number of
// reads whatever the query (docs/storage.md).
import { matchArticle } from '#domain/search/match-article';
import { parseSearchQuery, planIndexTerms, type SearchQuery } from '#domain/search/parse-query';
import { rankByRelevance, type RankedCandidate } from '#domain/search/rank-matches';
import { decodeCursor, encodeCursor } from '#domain/search/cursor';
import {
  fingerprintSearch,
  readSearchPageKey,
  toSearchPageKey,
  type SearchPosition,
} from '#domain/search/search-cursor';
import { normalizeSourceKeyForSearch } from '#domain/search/source-key';
import type {
  ArticleListing,
  ArticleRepository,
  ArticleSummary,
  SearchDocument,
  TermCandidate,
  TermCandidates,
} from '#ports/article-repository';

export const SEARCH_SORTS = ['newest', 'relevance'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface KeywordSearchRequest {
  readonly q: string;
  readonly sort: SearchSort;
  readonly province?: string;
  readonly newProvince?: string;
  readonly source?: string;
  /** UTC instants, inclusive (already resolved from dates). */
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly cursor?: string;
}

export interface KeywordSearchResult {
  readonly items: readonly ArticleSummary[];
  readonly nextCursor: string | null;
}

/**
 * Entries read per term partition. Bounds a search's index reads (entries are ~60 bytes, so 500 of them
 * are ~8 read units per term) and the candidate set relevance ranking sees: a term in more articles
 * than this is ranked among its newest 500 matches.
 */
export const CANDIDATES_PER_TERM = 500;
/** Terms probed in parallel; a query's other terms are verified on the text instead of probed. */
export const MAX_PROBED_TERMS = 4;
/**
 * Articles fetched per verification round when listing newest first: what the page still needs (most
 * candidates verify, because the index terms already match), but at least this many so a selective
 * filter does not turn into many tiny rounds. Each round is one BatchGetItem (at most 100 keys).
 */
const MIN_VERIFY_BATCH = 10;
const MAX_VERIFY_BATCH = 100;
/**
 * Floor on the pass rate used to size later rounds: a filter that passed nothing so far still gets rounds
 * of the maximum size (wanted / 0.1 ≥ 100 for a page of 10 or more), not an estimate of infinity.
 */
const MIN_EXPECTED_PASS_RATE = 0.1;
/** Candidates whose articles relevance ranking fetches at most: bounds a relevance search's read units. */
export const MAX_RANKED_CANDIDATES = 200;
/**
 * A province filter whose counter is below both this and the number of keyword candidates is read
 * itself (its listing index, whole articles, newest first) instead of verifying the candidates one
 * article each: a rare province with common words would otherwise read hundreds of candidate articles
 * to find a handful. Both plans read one article per article examined; this one examines fewer.
 */
export const MAX_PROVINCE_DRIVEN_ARTICLES = 100;

const RESULT_EXCERPT_CHARS = 240;

function buildExcerpt(body: string): string {
  if (body.length <= RESULT_EXCERPT_CHARS) return body;
  const cut = body.slice(0, RESULT_EXCERPT_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > 0 ? cut.slice(0, lastSpace) : cut}…`;
}

function toSummary(document: SearchDocument, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: document.id,
    title: document.title ?? null,
    publishedAt: document.publishedAt ?? null,
    sortedAt: document.sortedAt,
    source: document.source ?? null,
    url: document.url ?? null,
    province: document.province ?? null,
    excerpt: buildExcerpt(document.body ?? ''),
    ...extra,
  };
}

/** The candidates of the smallest partition, kept only where every other probed partition agrees. */
function intersectCandidates(probes: readonly TermCandidates[]): {
  driving: TermCandidates;
  items: TermCandidate[];
} {
  const driving = [...probes].sort(
    (a, b) => Number(b.complete) - Number(a.complete) || a.items.length - b.items.length,
  )[0] as TermCandidates;
  const others = probes
    .filter((probe) => probe !== driving)
    .map((probe) => ({
      keys: new Set(probe.items.map((item) => item.listedAt)),
      complete: probe.complete,
      oldest: probe.items[probe.items.length - 1]?.listedAt ?? '',
    }));
  // An incomplete partition was read newest first down to `oldest`: it decides only above that point.
  const items = driving.items.filter((candidate) =>
    others.every(
      (other) =>
        other.keys.has(candidate.listedAt) ||
        (!other.complete && (other.oldest === '' || candidate.listedAt < other.oldest)),
    ),
  );
  return { driving, items };
}

function passesFilters(document: SearchDocument, request: KeywordSearchRequest): boolean {
  if (request.province !== undefined && document.provinceCode !== request.province) return false;
  if (request.newProvince !== undefined && document.newProvinceCode !== request.newProvince) return false;
  if (
    request.source !== undefined &&
    (document.source === null ||
      normalizeSourceKeyForSearch(document.source) !== normalizeSourceKeyForSearch(request.source))
  ) {
    return false;
  }
  return true;
}

interface Verified {
  readonly candidate: TermCandidate;
  readonly document: SearchDocument;
  readonly match: NonNullable<ReturnType<typeof matchArticle>>;
}

async function verifyCandidates(
  candidates: readonly TermCandidate[],
  query: SearchQuery,
  request: KeywordSearchRequest,
  articles: ArticleRepository,
): Promise<Verified[]> {
  const documents = new Map(
    (await articles.getSearchDocuments(candidates.map((candidate) => candidate.articleId))).map(
      (document) => [document.id, document],
    ),
  );
  const verified: Verified[] = [];
  for (const candidate of candidates) {
    const document = documents.get(candidate.articleId);
    // An entry whose listing key is no longer the article's was left by a replaced record: stale.
    if (!document || document.listedAt !== candidate.listedAt || !passesFilters(document, request)) continue;
    const match = matchArticle(query, document);
    if (match) verified.push({ candidate, document, match });
  }
  return verified;
}

type ProvinceListing = Extract<ArticleListing, { kind: 'province' | 'newProvince' }>;

/** The request's province filter with the fewest articles by the counters, and that count. */
async function findRarestProvince(
  request: KeywordSearchRequest,
  articles: ArticleRepository,
): Promise<{ listing: ProvinceListing; articles: number } | null> {
  if (request.province === undefined && request.newProvince === undefined) return null;
  const counts = await articles.countArticlesByProvince();
  const options: { listing: ProvinceListing; articles: number }[] = [];
  if (request.province !== undefined) {
    options.push({
      listing: { kind: 'province', code: request.province },
      articles: counts.old[request.province] ?? 0,
    });
  }
  if (request.newProvince !== undefined) {
    options.push({
      listing: { kind: 'newProvince', code: request.newProvince },
      articles: counts.new[request.newProvince] ?? 0,
    });
  }
  return options.sort((a, b) => a.articles - b.articles)[0] ?? null;
}

function verifyDocuments(
  documents: readonly SearchDocument[],
  query: SearchQuery,
  request: KeywordSearchRequest,
  before: string | undefined,
): Verified[] {
  const verified: Verified[] = [];
  for (const document of documents) {
    if (before !== undefined && document.listedAt >= before) continue;
    if (!passesFilters(document, request)) continue;
    const match = matchArticle(query, document);
    if (match)
      verified.push({ candidate: { articleId: document.id, listedAt: document.listedAt }, document, match });
  }
  return verified;
}

function rankPage(
  verified: readonly Verified[],
  request: KeywordSearchRequest,
  fingerprint: string,
  offset: number,
): KeywordSearchResult {
  const ranked = rankByRelevance<SearchDocument>(
    verified.map((entry): RankedCandidate<SearchDocument> => ({
      item: entry.document,
      match: entry.match,
      listedAt: entry.candidate.listedAt,
    })),
  );
  const page = ranked.slice(offset, offset + request.limit);
  const nextOffset = offset + request.limit;
  return {
    items: page.map((entry) =>
      toSummary(entry.item, { score: entry.score, exactMatches: entry.exactClauses }),
    ),
    nextCursor:
      nextOffset < ranked.length
        ? encodeCursor(toSearchPageKey(fingerprint, { sort: 'relevance', offset: nextOffset }))
        : null,
  };
}

function newestPage(
  found: readonly Verified[],
  request: KeywordSearchRequest,
  fingerprint: string,
  /** Where to resume when fewer than a page and one more were found (candidates left unread). */
  resumeIfShort: string | null,
): KeywordSearchResult {
  const page = found.slice(0, request.limit);
  const resumeBelow =
    found.length > request.limit ? (page[page.length - 1]?.candidate.listedAt ?? null) : resumeIfShort;
  return {
    items: page.map((entry) => toSummary(entry.document)),
    nextCursor:
      resumeBelow === null
        ? null
        : encodeCursor(toSearchPageKey(fingerprint, { sort: 'newest', before: resumeBelow })),
  };
}

export async function searchKeywords(
  request: KeywordSearchRequest,
  articles: ArticleRepository,
): Promise<KeywordSearchResult> {
  const query = parseSearchQuery(request.q);
  const terms = planIndexTerms(query).slice(0, MAX_PROBED_TERMS);
  const fingerprint = fingerprintSearch({
    q: query.canonical,
    sort: request.sort,
    province: request.province,
    newProvince: request.newProvince,
    source: request.source === undefined ? undefined : normalizeSourceKeyForSearch(request.source),
    from: request.from,
    to: request.to,
  });
  const position: SearchPosition | null =
    request.cursor === undefined
      ? null
      : readSearchPageKey(decodeCursor(request.cursor), fingerprint, request.sort);
  const before = position?.sort === 'newest' ? position.before : undefined;
  const upper = before ?? request.to;
  const range = {
    ...(request.from === undefined ? {} : { from: request.from }),
    ...(upper === undefined ? {} : { to: upper }),
  };
  const [probes, rarestProvince] = await Promise.all([
    Promise.all(terms.map((term) => articles.findTermCandidates(term, range, CANDIDATES_PER_TERM))),
    findRarestProvince(request, articles),
  ]);
  // The cursor's own entry is inclusive in the range; the page resumes strictly below it.
  const trimmed = probes.map((probe) => ({
    ...probe,
    items: before === undefined ? probe.items : probe.items.filter((item) => item.listedAt < before),
  }));
  const { driving, items } = intersectCandidates(trimmed);
  const offset = position?.sort === 'relevance' ? position.offset : 0;

  // A province rarer than the candidates: read its articles and verify them in place. The counters only
  // choose the plan; the listing must turn out complete (read to its end) to be used.
  if (
    rarestProvince !== null &&
    rarestProvince.articles < Math.min(items.length, MAX_PROVINCE_DRIVEN_ARTICLES)
  ) {
    const listed = await articles.findProvinceDocuments(
      rarestProvince.listing,
      range,
      MAX_PROVINCE_DRIVEN_ARTICLES,
    );
    if (listed.complete) {
      const verified = verifyDocuments(listed.items, query, request, before);
      return request.sort === 'relevance'
        ? rankPage(verified.slice(0, MAX_RANKED_CANDIDATES), request, fingerprint, offset)
        : newestPage(verified, request, fingerprint, null);
    }
  }

  if (request.sort === 'relevance') {
    const verified = await verifyCandidates(items.slice(0, MAX_RANKED_CANDIDATES), query, request, articles);
    return rankPage(verified, request, fingerprint, offset);
  }

  // Newest first: verify in rounds until a page and one more are found or the candidates run out.
  const found: Verified[] = [];
  let examined = 0;
  while (examined < items.length && found.length <= request.limit) {
    const wanted = request.limit + 1 - found.length;
    // After the first round, the share of candidates that passed predicts how many more are needed.
    const passRate = examined === 0 ? 1 : Math.max(found.length / examined, MIN_EXPECTED_PASS_RATE);
    const size = Math.min(Math.max(Math.ceil(wanted / passRate), MIN_VERIFY_BATCH), MAX_VERIFY_BATCH);
    const round = items.slice(examined, examined + size);
    examined += round.length;
    found.push(...(await verifyCandidates(round, query, request, articles)));
  }
  // Candidates ran out but the partition did not: resume below the last entry read.
  const resumeIfShort = driving.complete ? null : (driving.items[driving.items.length - 1]?.listedAt ?? null);
  return newestPage(found, request, fingerprint, resumeIfShort);
}
