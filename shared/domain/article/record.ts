// What storage keeps for one article: the cleaned article plus identity and provenance, so the same
// article is recognised when it comes again and can be re-cleaned when the pipeline improves.
import { createHash } from 'node:crypto';
import { canonicalizeUrl } from '#domain/input/canonical-url';
import { PIPELINE_VERSION } from '#domain/version';
import type { CleanedArticle } from './types.ts';

export interface ArticleProvenance {
  /** Raw-bucket key the article was read from. */
  readonly objectKey: string;
  /** The object version's ETag, without quotes. */
  readonly etag: string;
  /** 1-based line of a JSONL batch. */
  readonly line?: number;
  readonly url?: string;
  readonly crawledAt?: string;
  /** When the pipeline stored it (ISO 8601, UTC). */
  readonly ingestedAt: string;
}

export interface ArticleRecord extends CleanedArticle {
  readonly id: string;
  readonly url: string | null;
  readonly canonicalUrl: string | null;
  /** sha256 of the normalised body, hex: finds the same text crawled under another URL. */
  readonly contentHash: string;
  readonly objectKey: string;
  readonly etag: string;
  readonly line: number | null;
  readonly pipelineVersion: string;
  readonly crawledAt: string | null;
  readonly ingestedAt: string;
  /** Old (63) and new (34) province codes of the decided province, null when it abstained. */
  readonly provinceCode: string | null;
  readonly newProvinceCode: string | null;
  /** The instant the article is listed under, in UTC: publication time if known, else ingestion. */
  readonly sortedAt: string;
}

/** 128 bits of sha256: collisions are out of reach for any news archive, and ids stay short in URLs. */
const ARTICLE_ID_HEX_CHARS = 32;

/** Id prefixes say which identity the id came from, so a reader can tell URL ids from content ids. */
export const ARTICLE_ID_PREFIX = { url: 'u', content: 'c' } as const;

function hashHex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Case, spacing and Unicode form vary between crawls of one page; the words do not. */
export function normalizeBodyForHash(body: string): string {
  return body.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function computeContentHash(body: string): string {
  return hashHex(normalizeBodyForHash(body));
}

export function deriveArticleId(canonicalUrl: string | null, contentHash: string): string {
  if (canonicalUrl !== null) {
    return `${ARTICLE_ID_PREFIX.url}${hashHex(canonicalUrl).slice(0, ARTICLE_ID_HEX_CHARS)}`;
  }
  return `${ARTICLE_ID_PREFIX.content}${contentHash.slice(0, ARTICLE_ID_HEX_CHARS)}`;
}

/** Mixed offsets (+07:00, Z) do not sort as strings; one UTC form does. Invalid dates give null. */
export function toUtcInstant(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function buildArticleRecord(article: CleanedArticle, provenance: ArticleProvenance): ArticleRecord {
  const canonicalUrl = provenance.url ? canonicalizeUrl(provenance.url) : null;
  const contentHash = computeContentHash(article.body);
  return {
    ...article,
    id: deriveArticleId(canonicalUrl, contentHash),
    url: provenance.url ?? null,
    canonicalUrl,
    contentHash,
    objectKey: provenance.objectKey,
    etag: provenance.etag,
    line: provenance.line ?? null,
    pipelineVersion: PIPELINE_VERSION,
    crawledAt: provenance.crawledAt ?? null,
    ingestedAt: provenance.ingestedAt,
    provinceCode: article.province?.code ?? null,
    newProvinceCode: article.province?.newCode ?? null,
    sortedAt:
      toUtcInstant(article.publishedAt) ?? toUtcInstant(provenance.ingestedAt) ?? provenance.ingestedAt,
  };
}

/** Compares dotted numeric versions ("0.10.0" > "0.9.3"); a missing part counts as 0. */
export function comparePipelineVersions(a: string, b: string): number {
  const partsA = a.split('.').map(Number);
  const partsB = b.split('.').map(Number);
  for (let index = 0; index < Math.max(partsA.length, partsB.length); index++) {
    const difference = (partsA[index] ?? 0) - (partsB[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** What storage compares to decide whether an incoming record replaces the stored one. */
export type RecordVersion = Pick<ArticleRecord, 'pipelineVersion' | 'crawledAt' | 'contentHash'>;

/**
 * Whether `incoming` replaces `stored` (same article id). A newer pipeline version always wins and an
 * older one never does, whatever the crawl dates: cleaning quality is what a re-clean is for. Between
 * records of one version, the later crawl wins (out-of-order re-crawls of one URL), unless the text is
 * the same, where nothing would change.
 */
export function supersedes(stored: RecordVersion, incoming: RecordVersion): boolean {
  const byVersion = comparePipelineVersions(incoming.pipelineVersion, stored.pipelineVersion);
  if (byVersion !== 0) return byVersion > 0;
  if (incoming.contentHash === stored.contentHash) return false;
  const incomingCrawl = toUtcInstant(incoming.crawledAt);
  const storedCrawl = toUtcInstant(stored.crawledAt);
  return incomingCrawl !== null && (storedCrawl === null || incomingCrawl > storedCrawl);
}
