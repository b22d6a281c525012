// Key layout of the articles table (names from shared/config/resources.ts). Item kinds:
//  - article        pk ART#<id>              sk ARTICLE     gsi1 PROV#<old code>  gsi2 NPROV#<new code>
//                                                           gsi3 SRC#<source>     (all sorted by <instant>#<id>)
//  - content claim  pk HASH#<sha256 of body> sk CLAIM       which article first had this text
//  - feed entry     pk ALL#<year>            sk <instant>#<id>   summary, for "all articles, newest first"
//  - receipt        pk OBJ#<object key>      sk ETAG#<etag>[#LINE#<n>]   outcome of one delivery unit;
//                   rejected receipts also get gsi3 REJECTED / <recordedAt>#<key>, a sparse list
//  - failure        pk OBJ#<object key>      sk ETAG#<etag>#FAILURE   the last fault (storage unavailable,
//                   throttling) that failed this object version's message; read with its receipts,
//                   deleted once the version is processed to the end
//  - template       pk SRC#<source key>      sk TEMPLATE    the source's rolling template profile
//                   (source-profile-item.ts); the source key is the URL host (sourceKeyOf), and the pk
//                   is a table key, so it never meets the gsi3 SRC#<source name> of articles
//  - term entry     pk TERM#<folded term>    sk <instant>#<id>   keyword index (term-index.ts): one per
//                   index term of an article (shared/domain/search/index-terms.ts); keys only
//  - counter        pk COUNT#PROV            sk OLD#<code> | NEW#<code>   articles per province
//                   pk COUNT#SRC             sk <source key>              articles per source, with its name
//
// Hot partitions: province and source partitions spread writes by nature. The "all" listing cannot hang
// off one constant key (every write of the service would land on it), so feed entries are bucketed by the
// year of the listed instant: a year's partition takes that year's ingest, far below the ~1,000 writes/s
// a partition sustains at news-crawl rates (tens of articles per second). If ingest ever nears that, add
// a shard suffix (ALL#<year>#<n>) and merge shards when reading. Articles with no province are filed under
// PROV#none / NPROV#none so "which articles still need a province" is one query.
// Rejections share one sparse partition: they are the exception, a few per crawl batch.
//
// Term partitions: see docs/storage.md for why no term partition is hot (stop syllables are never terms).
//
// Write budget per stored article: 4 writes (claim, article, feed entry, receipt); a duplicate costs one
// conditional write that fails plus a read and the receipt; a rejection costs one write. An article with a
// source key adds one strongly consistent read of its template profile before cleaning and, when stored,
// one conditional rewrite of it: the largest write of the budget (see source-profile-item.ts). A failed
// delivery adds one write (its failure item) and the success after it one delete; an object that never
// failed pays nothing for them, because the failure item comes back with the receipts' query.
import { ARTICLES_TABLE } from '#config/resources';
import { normalizeSourceKeyForSearch } from '#domain/search/source-key';

export const KEY = {
  pk: ARTICLES_TABLE.partitionKey,
  sk: ARTICLES_TABLE.sortKey,
  gsi1pk: ARTICLES_TABLE.indexes.byProvince.partitionKey,
  gsi1sk: ARTICLES_TABLE.indexes.byProvince.sortKey,
  gsi2pk: ARTICLES_TABLE.indexes.byNewProvince.partitionKey,
  gsi2sk: ARTICLES_TABLE.indexes.byNewProvince.sortKey,
  gsi3pk: ARTICLES_TABLE.indexes.bySource.partitionKey,
  gsi3sk: ARTICLES_TABLE.indexes.bySource.sortKey,
} as const;

export const ARTICLE_SORT_KEY = 'ARTICLE';
export const CLAIM_SORT_KEY = 'CLAIM';
export const TEMPLATE_SORT_KEY = 'TEMPLATE';
export const NO_PROVINCE = 'none';
export const REJECTED_PARTITION = 'REJECTED';

/** Above every character an id or instant can hold: makes an inclusive upper bound on `<instant>#<id>`. */
export const SORT_KEY_CEILING = '\uffff';

export const buildArticlePk = (id: string): string => `ART#${id}`;
export const buildClaimPk = (contentHash: string): string => `HASH#${contentHash}`;
export const buildFeedPk = (year: string): string => `ALL#${year}`;
export const buildProvincePk = (code: string | null): string => `PROV#${code ?? NO_PROVINCE}`;
export const buildNewProvincePk = (code: string | null): string => `NPROV#${code ?? NO_PROVINCE}`;
export const buildSourcePk = (source: string): string => `SRC#${normalizeSourceKey(source)}`;
export const buildTemplateProfilePk = (sourceKey: string): string => `SRC#${sourceKey}`;
export const buildListingSk = (instant: string, id: string): string => `${instant}#${id}`;
export const buildReceiptPk = (objectKey: string): string => `OBJ#${objectKey}`;
export const buildReceiptSkPrefix = (etag: string): string => `ETAG#${etag}`;
export const buildReceiptSk = (etag: string, line?: number): string =>
  line === undefined ? buildReceiptSkPrefix(etag) : `${buildReceiptSkPrefix(etag)}#LINE#${line}`;

export const buildFailureSk = (etag: string): string => `${buildReceiptSkPrefix(etag)}#FAILURE`;

/** Sources are matched case- and spacing-insensitively: one rule for index keys and search filters. */
export const normalizeSourceKey = normalizeSourceKeyForSearch;

export const buildTermPk = (term: string): string => `TERM#${term}`;
export const PROVINCE_COUNTER_PK = 'COUNT#PROV';
export const SOURCE_COUNTER_PK = 'COUNT#SRC';
export const buildOldProvinceCounterSk = (code: string | null): string => `OLD#${code ?? NO_PROVINCE}`;
export const buildNewProvinceCounterSk = (code: string | null): string => `NEW#${code ?? NO_PROVINCE}`;

export const yearOf = (instant: string): string => instant.slice(0, 4);
