// The items an article is stored as (docs/storage.md, "Items"): its content claim, the article item with
// its index keys, one keys-only term entry per index term, its feed entry, and the changes to the
// province and source counters. Pure functions of the record: the repository's write path
// (article-repository.ts) sends them one conditional write at a time, and a bulk loader into an empty
// table (bench/bulk-load.ts) can send the very same items in batches.
import type { ArticleRecord } from '#domain/article/record';
import { buildIndexTerms } from '#domain/search/index-terms';
import type { ArticleSummary } from '#ports/article-repository';
import {
  ARTICLE_SORT_KEY,
  buildArticlePk,
  buildClaimPk,
  buildFeedPk,
  buildListingSk,
  buildNewProvinceCounterSk,
  buildNewProvincePk,
  buildOldProvinceCounterSk,
  buildProvincePk,
  buildSourcePk,
  buildTermPk,
  CLAIM_SORT_KEY,
  KEY,
  normalizeSourceKey,
  PROVINCE_COUNTER_PK,
  SOURCE_COUNTER_PK,
  yearOf,
} from './table-keys.ts';

export type Item = Record<string, unknown>;

/** Result lists show the start of the body; 240 characters is two or three lines of a news lead. */
const EXCERPT_CHARS = 240;

/** Bookkeeping on the article item: its index terms, listing key, and the entries a replacement retired. */
export const INDEX_ATTRIBUTES = {
  terms: 'indexTerms',
  listedAt: 'listedAt',
  retiredTerms: 'retiredTerms',
  retiredListedAt: 'retiredListedAt',
  revision: 'revision',
} as const;

/** What the counters count an article under; null for an article not counted (yet). */
export interface CountedAs {
  readonly provinceCode: string | null;
  readonly newProvinceCode: string | null;
  readonly source: string | null;
}

/** One `ADD articles :delta` on a counter item; `name` is set if the item has none yet. */
export interface CounterChange {
  readonly pk: string;
  readonly sk: string;
  readonly delta: number;
  readonly name?: string;
}

/** Everything a new article is stored as, in the order the write path writes it. */
export interface NewArticleItems {
  readonly claim: Item;
  readonly article: Item;
  readonly termEntries: readonly Item[];
  readonly feedEntry: Item;
  readonly counterChanges: readonly CounterChange[];
}

export const readStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];

function buildExcerpt(body: string): string {
  if (body.length <= EXCERPT_CHARS) return body;
  const cut = body.slice(0, EXCERPT_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > 0 ? cut.slice(0, lastSpace) : cut}…`;
}

/** The summary of a record or of a stored item (article, feed entry or index copy). */
export function toSummary(record: ArticleRecord | Item): ArticleSummary {
  const item = record as Item;
  const body = typeof item['body'] === 'string' ? item['body'] : '';
  return {
    id: item['id'] as string,
    title: (item['title'] as string | null | undefined) ?? null,
    publishedAt: (item['publishedAt'] as string | null | undefined) ?? null,
    sortedAt: item['sortedAt'] as string,
    source: (item['source'] as string | null | undefined) ?? null,
    url: (item['url'] as string | null | undefined) ?? null,
    province: (item['province'] as ArticleSummary['province'] | undefined) ?? null,
    excerpt: typeof item['excerpt'] === 'string' ? item['excerpt'] : buildExcerpt(body),
  };
}

export function buildClaimItem(record: ArticleRecord): Item {
  return {
    [KEY.pk]: buildClaimPk(record.contentHash),
    [KEY.sk]: CLAIM_SORT_KEY,
    itemType: 'claim',
    articleId: record.id,
  };
}

/** The replaced record's index entries the new record does not rewrite: to be deleted. */
function findRetiredTerms(
  replaced: Item,
  terms: readonly string[],
  listingSk: string,
): { terms: string[]; listedAt: string } {
  const oldListedAt =
    typeof replaced[INDEX_ATTRIBUTES.listedAt] === 'string'
      ? (replaced[INDEX_ATTRIBUTES.listedAt] as string)
      : buildListingSk(String(replaced['sortedAt']), String(replaced['id']));
  const kept = oldListedAt === listingSk ? new Set(terms) : new Set<string>();
  return {
    terms: readStrings(replaced[INDEX_ATTRIBUTES.terms]).filter((term) => !kept.has(term)),
    listedAt: oldListedAt,
  };
}

/** The article item at `revision`; with `replaced`, it records the old entries the new one does not rewrite. */
export function buildArticleItem(
  record: ArticleRecord,
  terms: readonly string[],
  revision: number,
  replaced?: Item,
): Item {
  const listingSk = buildListingSk(record.sortedAt, record.id);
  const retired = replaced ? findRetiredTerms(replaced, terms, listingSk) : null;
  return {
    ...record,
    [KEY.pk]: buildArticlePk(record.id),
    [KEY.sk]: ARTICLE_SORT_KEY,
    itemType: 'article',
    [KEY.gsi1pk]: buildProvincePk(record.provinceCode),
    [KEY.gsi1sk]: listingSk,
    [KEY.gsi2pk]: buildNewProvincePk(record.newProvinceCode),
    [KEY.gsi2sk]: listingSk,
    // Sparse: articles without a source line are simply absent from the by-source index.
    ...(record.source ? { [KEY.gsi3pk]: buildSourcePk(record.source), [KEY.gsi3sk]: listingSk } : {}),
    [INDEX_ATTRIBUTES.terms]: [...terms],
    [INDEX_ATTRIBUTES.listedAt]: listingSk,
    [INDEX_ATTRIBUTES.revision]: revision,
    // Kept on the item until a later replacement, so a retry after a crash can still delete them (and
    // the feed entry at the old listing key).
    ...(retired && (retired.terms.length > 0 || retired.listedAt !== listingSk)
      ? {
          [INDEX_ATTRIBUTES.retiredTerms]: retired.terms,
          [INDEX_ATTRIBUTES.retiredListedAt]: retired.listedAt,
        }
      : {}),
  };
}

/** Keyword-index entries: keys only, one per term, all at the article's listing key. */
export function buildTermEntryItems(terms: readonly string[], listedAt: string): Item[] {
  return terms.map((term) => ({ [KEY.pk]: buildTermPk(term), [KEY.sk]: listedAt }));
}

export function buildFeedEntryItem(record: ArticleRecord): Item {
  return {
    [KEY.pk]: buildFeedPk(yearOf(record.sortedAt)),
    [KEY.sk]: buildListingSk(record.sortedAt, record.id),
    itemType: 'feed',
    ...toSummary(record),
  };
}

/**
 * Counter changes per old province, new province and source: +1 for the current record, −1 for the one
 * it replaced (`previous`, null for a new article), only where they differ.
 */
export function buildCounterChanges(previous: CountedAs | null, current: CountedAs): CounterChange[] {
  const changes: CounterChange[] = [];
  const compare = (pk: string, before: string | undefined, after: string, name?: string) => {
    if (before === after) return;
    if (before !== undefined) changes.push({ pk, sk: before, delta: -1 });
    changes.push({ pk, sk: after, delta: 1, ...(name ? { name } : {}) });
  };
  compare(
    PROVINCE_COUNTER_PK,
    previous ? buildOldProvinceCounterSk(previous.provinceCode) : undefined,
    buildOldProvinceCounterSk(current.provinceCode),
  );
  compare(
    PROVINCE_COUNTER_PK,
    previous ? buildNewProvinceCounterSk(previous.newProvinceCode) : undefined,
    buildNewProvinceCounterSk(current.newProvinceCode),
  );
  const previousSource = previous?.source ? normalizeSourceKey(previous.source) : undefined;
  if (current.source) {
    compare(SOURCE_COUNTER_PK, previousSource, normalizeSourceKey(current.source), current.source);
  } else if (previousSource !== undefined) {
    changes.push({ pk: SOURCE_COUNTER_PK, sk: previousSource, delta: -1 });
  }
  return changes;
}

/** The items of a new article (revision 1), as the write path stores it when its id and text are new. */
export function buildNewArticleItems(record: ArticleRecord): NewArticleItems {
  const terms = buildIndexTerms(record);
  return {
    claim: buildClaimItem(record),
    article: buildArticleItem(record, terms, 1),
    termEntries: buildTermEntryItems(terms, buildListingSk(record.sortedAt, record.id)),
    feedEntry: buildFeedEntryItem(record),
    counterChanges: buildCounterChanges(null, record),
  };
}
