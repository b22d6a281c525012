// What the use cases need from storage, in domain terms. The DynamoDB adapter implements it; nothing
// outside shared/adapters knows about tables, keys or the AWS SDK.
import type { ArticleRecord } from '#domain/article/record';
import type { ProvinceVerdict } from '#domain/article/types';
import type { RejectionReason } from '#domain/input/rejection';
import type { PageKey } from '#domain/search/cursor';
import type { ProfileArticle, SourceProfile } from '#domain/templates/profile';

export const OBJECT_OUTCOME_KINDS = ['stored', 'duplicate', 'rejected'] as const;
export type ObjectOutcomeKind = (typeof OBJECT_OUTCOME_KINDS)[number];

/** Identifies one delivery unit: an object version, or one line of a JSONL batch. */
export interface ObjectRef {
  readonly objectKey: string;
  readonly etag: string;
  readonly line?: number;
}

export type ObjectOutcome = ObjectRef & {
  readonly recordedAt: string;
} & (
    | { readonly kind: 'stored' | 'duplicate'; readonly articleId: string }
    | { readonly kind: 'rejected'; readonly reason: RejectionReason; readonly message: string }
  );

/**
 * Why the last attempt at one object version failed with a fault worth retrying (storage unavailable,
 * throttling, a lost race): kept next to its outcomes so a dead-lettered message can be shown with its
 * reason. Only the latest failure is kept; processing the object to the end clears it.
 */
export interface IngestFailure {
  readonly objectKey: string;
  readonly etag: string;
  /** The error's class, e.g. StorageUnavailableError. */
  readonly errorName: string;
  /** For people: what failed, without stack traces, ARNs or request ids. */
  readonly message: string;
  /** SQS's ApproximateReceiveCount of the failed delivery. */
  readonly receiveCount: number;
  readonly failedAt: string;
}

/** What is recorded about one object version: its units' outcomes and its last failure, if any. */
export interface DeliveryRecords {
  readonly outcomes: readonly ObjectOutcome[];
  readonly failure: IngestFailure | null;
}

export type SaveArticleResult =
  /** `replaced`: an older record of the same article (older pipeline version or crawl) was replaced. */
  | { readonly kind: 'stored'; readonly articleId: string; readonly replaced?: boolean }
  /** The article was already there (same id, or same content under another id). */
  | { readonly kind: 'duplicate'; readonly articleId: string };

export const LISTING_KINDS = ['all', 'province', 'newProvince', 'source'] as const;

export type ArticleListing =
  | { readonly kind: 'all' }
  | { readonly kind: 'province'; readonly code: string }
  | { readonly kind: 'newProvince'; readonly code: string }
  | { readonly kind: 'source'; readonly source: string };

export interface ListArticlesQuery {
  readonly listing: ArticleListing;
  /** Inclusive bounds on the listed instant (publication, else ingestion), ISO 8601. */
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly after?: PageKey;
}

/** What a result list shows; the full record (removed lines, evidence) comes from getArticle. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly sortedAt: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly province: ProvinceVerdict | null;
  readonly excerpt: string;
  /** Keyword searches sorted by relevance: the BM25 score and clauses matched with exact diacritics. */
  readonly score?: number;
  readonly exactMatches?: number;
}

/** One entry of a term's index partition: an article filed under the term, at its listing position. */
export interface TermCandidate {
  readonly articleId: string;
  /** `<instant>#<id>`, the article's listing sort key when the entry was written. */
  readonly listedAt: string;
}

export interface TermCandidates {
  /** Newest first. */
  readonly items: readonly TermCandidate[];
  /** True when the partition (inside the range) was read to its end: the list is all there is. */
  readonly complete: boolean;
}

export interface TermRange {
  /** Inclusive lower bound on the listing instant. */
  readonly from?: string;
  /** Inclusive upper bound on the listing key (an instant, or an `<instant>#<id>` key). */
  readonly to?: string;
}

/** What verification and ranking read of a candidate article: its text and filterable fields. */
export type SearchDocument = Pick<
  ArticleRecord,
  | 'id'
  | 'title'
  | 'kicker'
  | 'body'
  | 'captions'
  | 'publishedAt'
  | 'sortedAt'
  | 'source'
  | 'url'
  | 'province'
  | 'provinceCode'
  | 'newProvinceCode'
> & {
  /** The listing key its index entries were written with; entries with another key are stale. */
  readonly listedAt: string;
};

/** Search documents of one province listing, newest first. */
export interface ListingDocuments {
  readonly items: readonly SearchDocument[];
  /** True when the listing (inside the range) was read to its end. */
  readonly complete: boolean;
}

export interface ProvinceCounts {
  /** Articles per old (63) and new (34) province code; "none" for articles without a province. */
  readonly old: Readonly<Record<string, number>>;
  readonly new: Readonly<Record<string, number>>;
}

export interface SourceCount {
  readonly name: string;
  readonly articles: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Null on the last page. */
  readonly next: PageKey | null;
}

export interface ArticleRepository {
  /** Idempotent: a second save of the same article (or the same content) reports a duplicate. */
  saveArticle(record: ArticleRecord): Promise<SaveArticleResult>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  listArticles(query: ListArticlesQuery): Promise<Page<ArticleSummary>>;
  /** Up to `limit` entries of one keyword-index term, newest first. */
  findTermCandidates(term: string, range: TermRange, limit: number): Promise<TermCandidates>;
  /** The search view of these articles, in no particular order; unknown ids are left out. */
  getSearchDocuments(ids: readonly string[]): Promise<readonly SearchDocument[]>;
  /**
   * Up to `limit` articles of one old or new province, newest first, as search documents: read from
   * the listing's index (whole articles), for searches whose province filter is rarer than their words.
   */
  findProvinceDocuments(
    listing: Extract<ArticleListing, { kind: 'province' | 'newProvince' }>,
    range: TermRange,
    limit: number,
  ): Promise<ListingDocuments>;
  /** Stored articles per province, maintained as articles are stored and re-cleaned. */
  countArticlesByProvince(): Promise<ProvinceCounts>;
  /** Sources with their article counts, most articles first. */
  listSources(): Promise<readonly SourceCount[]>;
  /** The outcome recorded first for this delivery unit, or null when it was never processed. */
  findObjectOutcome(ref: ObjectRef): Promise<ObjectOutcome | null>;
  /** Keeps the first outcome of a delivery unit; recording again is a no-op. */
  recordObjectOutcome(outcome: ObjectOutcome): Promise<void>;
  listObjectOutcomes(objectKey: string, etag?: string): Promise<readonly ObjectOutcome[]>;
  /** Outcomes and failure receipt of one object version, in one read. */
  readDeliveryRecords(objectKey: string, etag: string): Promise<DeliveryRecords>;
  /**
   * Removes the `not-found` rejection of an object version, if that is what is recorded: the same bytes
   * were uploaded again after the delete, so the version exists now and is to be processed.
   */
  clearNotFoundOutcome(objectKey: string, etag: string): Promise<void>;
  /** Keeps this failure as the object version's latest, replacing an earlier one. */
  recordIngestFailure(failure: IngestFailure): Promise<void>;
  clearIngestFailure(objectKey: string, etag: string): Promise<void>;
  listRejections(query: { readonly limit: number; readonly after?: PageKey }): Promise<Page<ObjectOutcome>>;
  /** The source's template profile (shared/domain/templates), or null before its first stored article. */
  getSourceProfile(sourceKey: string): Promise<SourceProfile | null>;
  /**
   * Adds a stored article to its source's rolling window (updateProfile). Idempotent per article id and
   * safe under concurrent writers: no article is lost; ConcurrentUpdateError when contention persists.
   */
  updateSourceProfile(sourceKey: string, article: ProfileArticle): Promise<void>;
}
