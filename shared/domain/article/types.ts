// The shapes every stage agrees on. The CLI contract (`tinsach process --format jsonl`) prints
// `CleanedArticle` as is, plus the file name; storage adds identity and provenance on top.

/** A document as it reaches the domain: already decoded to text, with whatever hints came with it. */
export interface RawDocument {
  /** Page text, decoded and not yet cleaned. */
  readonly text: string;
  /** Where the text came from (object key or file path), for hints and messages only. */
  readonly origin?: string;
  /** The page's URL when the crawler knew it (envelope `url` or S3 metadata `source-url`). */
  readonly url?: string;
  /** Hints an envelope may carry; the cleaner prefers them over what it extracts. */
  readonly title?: string;
  readonly publishedAt?: string;
  readonly source?: string;
  readonly crawledAt?: string;
  /** The writer the page declares (HTML JSON-LD `author`, meta `author`); a hint like `title`. */
  readonly author?: string;
  /**
   * The publishing site's own name (HTML `og:site_name`, JSON-LD `publisher`). Weaker than `source`:
   * a credit line in the text ("Theo TTXVN") names the real source of a republished article.
   */
  readonly siteName?: string;
  /**
   * The text is the page's main content as an extractor chose it (an HTML page through Readability): it
   * starts and ends with the article, so its first and last lines are no page edge full of boilerplate.
   */
  readonly mainContent?: boolean;
}

/** Why a line was removed. A closed list so the search page and metrics can group by it. */
export const REMOVAL_REASONS = [
  'navigation', // menus, skip links, breadcrumbs, language switches
  'share-widget', // share / like / print / send-to-friend controls
  'comments', // comment forms and counters
  'view-counter',
  'weather',
  'exchange-rate',
  'gold-price',
  'broadcast-schedule',
  'related-news', // related / other news lists and their headings
  'footer', // copyright, contact, address blocks
  'template', // lines this source repeats across its articles
  'short-fragment', // short non-sentence fragments outside the article body
  'low-stopword-density', // jusText-style: link-like or list-like text
  'metadata', // date/byline/source lines moved into fields
  'duplicate', // repeated line inside the same document
  'other-widget',
  'advertising', // "Quảng cáo", "Liên hệ quảng cáo", sponsored slots
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export interface RemovedLine {
  readonly text: string;
  readonly reason: RemovalReason;
}

export interface ProvinceRef {
  /** Code of the province before 2025-07-01 (63 provinces), e.g. "14" for Sơn La. */
  readonly code: string;
  readonly name: string;
  /** Code of the province from 2025-07-01 (34 provinces). */
  readonly newCode: string;
  readonly newName: string;
}

/** The decided province, or null when the evidence is too weak: a wrong answer is worse than none. */
export interface ProvinceVerdict extends ProvinceRef {
  /** In [0, 1]. */
  readonly confidence: number;
  /** The decisive mentions, as a person could check them in the text. */
  readonly evidence: readonly string[];
}

export interface CleanedArticle {
  readonly title: string | null;
  readonly kicker: string | null;
  /** ISO 8601 with the Asia/Ho_Chi_Minh offset, e.g. 2020-10-15T14:47:00+07:00. */
  readonly publishedAt: string | null;
  readonly author: string | null;
  readonly source: string | null;
  /** Paragraphs separated by "\n". */
  readonly body: string;
  readonly captions: readonly string[];
  readonly removed: readonly RemovedLine[];
  readonly province: ProvinceVerdict | null;
  /** Every province the cleaned text mentions with usable evidence, for search filters. */
  readonly provincesMentioned: readonly ProvinceRef[];
  /** Whether the text is a news article at all; ingest rejects the others with reason 'not-article'. */
  readonly quality?: ArticleQuality;
}

/** Why a page is not an article: no prose left, a list of headlines, or not Vietnamese. */
export const NOT_ARTICLE_REASONS = ['empty', 'too-short', 'listing', 'not-vietnamese'] as const;
export type NotArticleReason = (typeof NOT_ARTICLE_REASONS)[number];

export interface ArticleQuality {
  readonly isArticle: boolean;
  /** Set when `isArticle` is false. */
  readonly reason?: NotArticleReason;
}
