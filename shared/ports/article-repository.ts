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

export type SaveArticleResult =
  | { readonly kind: 'stored'; readonly articleId: string }
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
  /** The outcome recorded first for this delivery unit, or null when it was never processed. */
  findObjectOutcome(ref: ObjectRef): Promise<ObjectOutcome | null>;
  /** Keeps the first outcome of a delivery unit; recording again is a no-op. */
  recordObjectOutcome(outcome: ObjectOutcome): Promise<void>;
  listObjectOutcomes(objectKey: string, etag?: string): Promise<readonly ObjectOutcome[]>;
  listRejections(query: { readonly limit: number; readonly after?: PageKey }): Promise<Page<ObjectOutcome>>;
  /** The source's template profile (shared/domain/templates), or null before its first stored article. */
  getSourceProfile(sourceKey: string): Promise<SourceProfile | null>;
  /**
   * Adds a stored article to its source's rolling window (updateProfile). Idempotent per article id and
   * safe under concurrent writers: no article is lost; ConcurrentUpdateError when contention persists.
   */
  updateSourceProfile(sourceKey: string, article: ProfileArticle): Promise<void>;
}
