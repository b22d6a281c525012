// DynamoDB implementation of the article repository. dynalite (the local emulator) has no
// transactions, so idempotency rests on conditional PutItem alone, ordered so that a crash between
// writes is repaired by the retry (see saveArticle). Template profiles are rewritten with optimistic
// concurrency (a version attribute in the condition, retried on conflict); their size and write cost are
// laid out in source-profile-item.ts.
import { setTimeout as sleep } from 'node:timers/promises';
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ARTICLES_TABLE, type TableIndexName } from '#config/resources';
import { supersedes, type ArticleRecord } from '#domain/article/record';
import { buildIndexTerms } from '#domain/search/index-terms';
import { InvalidCursorError, type PageKey } from '#domain/search/cursor';
import {
  updateProfile,
  createEmptyProfile,
  type ProfileArticle,
  type SourceProfile,
} from '#domain/templates/profile';
import { ConcurrentUpdateError, StorageUnavailableError } from '#ports/errors';
import type {
  ArticleRepository,
  ArticleSummary,
  ArticleListing,
  DeliveryRecords,
  IngestFailure,
  ListingDocuments,
  ListArticlesQuery,
  ObjectOutcome,
  ObjectRef,
  Page,
  ProvinceCounts,
  SaveArticleResult,
  SearchDocument,
  SourceCount,
  TermCandidates,
  TermRange,
} from '#ports/article-repository';
import {
  ARTICLE_SORT_KEY,
  buildArticlePk,
  buildClaimPk,
  buildFailureSk,
  buildFeedPk,
  buildListingSk,
  buildNewProvincePk,
  buildProvincePk,
  buildTermPk,
  buildReceiptPk,
  buildReceiptSk,
  buildReceiptSkPrefix,
  buildSourcePk,
  CLAIM_SORT_KEY,
  KEY,
  PROVINCE_COUNTER_PK,
  REJECTED_PARTITION,
  SOURCE_COUNTER_PK,
  SORT_KEY_CEILING,
  yearOf,
} from './table-keys.ts';
import {
  buildArticleItem,
  buildClaimItem,
  buildCounterChanges,
  buildFeedEntryItem,
  buildTermEntryItems,
  INDEX_ATTRIBUTES,
  readStrings,
  toSummary,
  type CountedAs,
  type Item,
} from './article-items.ts';
import { getInBatches, writeInBatches, type WriteRequest } from './batch-requests.ts';
import {
  buildProfileKey,
  fromProfileItem,
  toProfileItem,
  type StoredProfile,
} from './source-profile-item.ts';

/**
 * The "all" listing walks yearly partitions backwards until this year when no `from` is given. Vietnamese
 * news went online in the late 1990s; older publication dates are parsing errors, still listed under
 * their source and province.
 */
const EARLIEST_FEED_YEAR = 1995;
/** Years ahead of now a publication date may claim (time-zone slack, scheduled posts). */
const FEED_YEARS_AHEAD = 1;

/**
 * Read-modify-write attempts on a template profile before giving up with ConcurrentUpdateError. Each
 * conflict means another article of the same source was added meanwhile; with the ingest queue's batch
 * size of 10 and a few concurrent functions, eight attempts with backoff outlast any realistic burst.
 */
const PROFILE_UPDATE_ATTEMPTS = 8;
/** Backoff between attempts: random in [0, base × 2^attempt) ms, so competing writers spread out. */
const PROFILE_RETRY_BASE_MS = 10;

/**
 * Attempts to replace an article by a newer record before giving up with ConcurrentUpdateError: each
 * lost race means another writer replaced it meanwhile, and re-reading decides again who wins.
 */
const REPLACE_ATTEMPTS = 4;

const INTERNAL_ATTRIBUTES = new Set<string>([
  ...Object.values(KEY),
  ...Object.values(INDEX_ATTRIBUTES),
  'itemType',
]);

/** Attributes verification and ranking read (SearchDocument); removed lines and provenance stay behind. */
const SEARCH_DOCUMENT_ATTRIBUTES = [
  'id',
  'title',
  'kicker',
  'body',
  'captions',
  'publishedAt',
  'sortedAt',
  'source',
  'url',
  'province',
  'provinceCode',
  'newProvinceCode',
  INDEX_ATTRIBUTES.listedAt,
] as const;

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException'
  );
}

async function guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isConditionFailure(error) || error instanceof InvalidCursorError) throw error;
    throw new StorageUnavailableError(operation, { cause: error });
  }
}

function toSearchDocument(item: Item): SearchDocument {
  return {
    ...(item as unknown as SearchDocument),
    listedAt:
      typeof item[INDEX_ATTRIBUTES.listedAt] === 'string'
        ? (item[INDEX_ATTRIBUTES.listedAt] as string)
        : buildListingSk(String(item['sortedAt']), String(item['id'])),
    captions: readStrings(item['captions']),
  };
}

function toRecord(item: Item): ArticleRecord {
  const record: Item = {};
  for (const [name, value] of Object.entries(item)) if (!INTERNAL_ATTRIBUTES.has(name)) record[name] = value;
  return record as unknown as ArticleRecord;
}

function toOutcomeItem(outcome: ObjectOutcome): Item {
  const item: Item = {
    [KEY.pk]: buildReceiptPk(outcome.objectKey),
    [KEY.sk]: buildReceiptSk(outcome.etag, outcome.line),
    itemType: 'receipt',
    ...outcome,
    // Read by the local stack's outcome reader (infra/local/table-outcome-reader.ts).
    outcome: outcome.kind,
  };
  if (outcome.kind === 'rejected') {
    item[KEY.gsi3pk] = REJECTED_PARTITION;
    item[KEY.gsi3sk] = `${outcome.recordedAt}#${outcome.objectKey}#${outcome.line ?? 0}`;
  }
  return item;
}

const FAILURE_ITEM_TYPE = 'failure';

const isFailureItem = (item: Item): boolean => item['itemType'] === FAILURE_ITEM_TYPE;

function toFailureItem(failure: IngestFailure): Item {
  return {
    [KEY.pk]: buildReceiptPk(failure.objectKey),
    [KEY.sk]: buildFailureSk(failure.etag),
    itemType: FAILURE_ITEM_TYPE,
    ...failure,
  };
}

function toFailure(item: Item): IngestFailure {
  return {
    objectKey: String(item['objectKey']),
    etag: String(item['etag']),
    errorName: String(item['errorName']),
    message: String(item['message']),
    receiveCount: Number(item['receiveCount'] ?? 0),
    failedAt: String(item['failedAt']),
  };
}

function toOutcome(item: Item): ObjectOutcome {
  const { outcome: _outcome, itemType: _type, ...rest } = item;
  for (const name of Object.values(KEY)) delete rest[name];
  return rest as unknown as ObjectOutcome;
}

interface PartitionQuery {
  readonly indexName?: string;
  readonly pkName: string;
  readonly skName: string;
  readonly pk: string;
  /** Attributes that make up a page key for this query (table keys plus index keys). */
  readonly keyNames: readonly string[];
}

function buildPartitionQuery(listing: ListArticlesQuery['listing']): PartitionQuery | null {
  const onIndex = (name: TableIndexName, pk: string): PartitionQuery => {
    const index = ARTICLES_TABLE.indexes[name];
    return {
      indexName: index.name,
      pkName: index.partitionKey,
      skName: index.sortKey,
      pk,
      keyNames: [KEY.pk, KEY.sk, index.partitionKey, index.sortKey],
    };
  };
  switch (listing.kind) {
    case 'province':
      return onIndex('byProvince', buildProvincePk(listing.code));
    case 'newProvince':
      return onIndex('byNewProvince', buildNewProvincePk(listing.code));
    case 'source':
      return onIndex('bySource', buildSourcePk(listing.source));
    case 'all':
      return null;
  }
}

/** A page key must be exactly the key of an item in the partition being listed, or it is forged. */
function checkPageKey(page: PageKey, query: PartitionQuery): Record<string, string> {
  const names = Object.keys(page.key).sort();
  const expected = [...query.keyNames].sort();
  const sameNames = names.length === expected.length && names.every((name, i) => name === expected[i]);
  if (!sameNames || page.key[query.pkName] !== query.pk) {
    throw new InvalidCursorError('does not belong to this listing');
  }
  return { ...page.key };
}

function pickKey(item: Item, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(item[name])]));
}

export class DynamoDbArticleRepository implements ArticleRepository {
  private readonly documents: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.documents = DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true },
    });
  }

  private async putIfAbsent(item: Item, operation: string): Promise<boolean> {
    try {
      await guard(operation, () =>
        this.documents.send(
          new PutCommand({
            TableName: this.tableName,
            Item: item,
            ConditionExpression: 'attribute_not_exists(#pk)',
            ExpressionAttributeNames: { '#pk': KEY.pk },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async getItem(pk: string, sk: string, operation: string): Promise<Item | null> {
    const result = await guard(operation, () =>
      this.documents.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { [KEY.pk]: pk, [KEY.sk]: sk },
          ConsistentRead: true,
        }),
      ),
    );
    return (result.Item as Item | undefined) ?? null;
  }

  /**
   * Order matters: (1) claim the content hash, (2) put the article, (3) write its keyword-index entries
   * and feed entry, (4) count it. Each step is conditional or idempotent, and an article found already
   * written by the same delivery unit is taken as our own interrupted attempt, so a retry after a crash
   * completes the work instead of reporting a duplicate. An existing article is replaced only by a record
   * that supersedes it (newer pipeline version, else later crawl; see supersedes()).
   */
  async saveArticle(record: ArticleRecord): Promise<SaveArticleResult> {
    const claimed = await this.putIfAbsent(buildClaimItem(record), 'claim content');
    if (!claimed) {
      const claim = await this.getItem(
        buildClaimPk(record.contentHash),
        CLAIM_SORT_KEY,
        'read content claim',
      );
      const owner = claim?.['articleId'];
      if (typeof owner === 'string' && owner !== record.id) return { kind: 'duplicate', articleId: owner };
    }

    const terms = buildIndexTerms(record);
    const listedAt = buildListingSk(record.sortedAt, record.id);
    if (await this.storeNewArticle(record, terms)) return { kind: 'stored', articleId: record.id };
    for (let attempt = 0; attempt < REPLACE_ATTEMPTS; attempt++) {
      const existing = await this.getItem(buildArticlePk(record.id), ARTICLE_SORT_KEY, 'read article');
      if (existing === null) {
        // Articles are never deleted, so only a concurrent writer's race gets here: try again as new.
        if (await this.storeNewArticle(record, terms)) return { kind: 'stored', articleId: record.id };
        continue;
      }
      const sameDelivery =
        existing['objectKey'] === record.objectKey &&
        existing['etag'] === record.etag &&
        (existing['line'] ?? null) === record.line;
      if (sameDelivery) {
        await this.writeIndexEntries(record, terms, existing, { termsWritten: false });
        return { kind: 'stored', articleId: record.id };
      }
      if (!supersedes(toRecord(existing), record)) return { kind: 'duplicate', articleId: record.id };
      // New entries before the article points at them: a crash leaves extra entries, never missing ones;
      // searches verify every candidate against its article, so an extra entry finds nothing.
      await this.writeTermEntries(terms, listedAt);
      const revision = Number(existing[INDEX_ATTRIBUTES.revision] ?? 0);
      const replacement = buildArticleItem(record, terms, revision + 1, existing);
      if (!(await this.putIfRevision(replacement, revision))) continue;
      await this.writeIndexEntries(record, terms, replacement, { termsWritten: true });
      await this.adjustCounters(toRecord(existing), record);
      return { kind: 'stored', articleId: record.id, replaced: true };
    }
    throw new ConcurrentUpdateError(`the article ${record.id}`, REPLACE_ATTEMPTS);
  }

  /** Puts the article if its id is new, then its index and feed entries and counters; false if it exists. */
  private async storeNewArticle(record: ArticleRecord, terms: readonly string[]): Promise<boolean> {
    const item = buildArticleItem(record, terms, 1);
    if (!(await this.putIfAbsent(item, 'put article'))) return false;
    await this.writeIndexEntries(record, terms, item, { termsWritten: false });
    await this.adjustCounters(null, record);
    return true;
  }

  private async putIfRevision(item: Item, revision: number): Promise<boolean> {
    try {
      await guard('replace article', () =>
        this.documents.send(
          new PutCommand({
            TableName: this.tableName,
            Item: item,
            ConditionExpression: revision === 0 ? 'attribute_not_exists(#revision)' : '#revision = :revision',
            ExpressionAttributeNames: { '#revision': INDEX_ATTRIBUTES.revision },
            ...(revision === 0 ? {} : { ExpressionAttributeValues: { ':revision': revision } }),
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async writeTermEntries(terms: readonly string[], listedAt: string): Promise<void> {
    const requests: WriteRequest[] = buildTermEntryItems(terms, listedAt).map((Item) => ({
      PutRequest: { Item },
    }));
    await writeInBatches(this.documents, this.tableName, requests);
  }

  /**
   * Term entries and the feed entry of a stored article item, and deletion of what a replacement retired
   * (recorded on the item itself, so completing an interrupted save deletes them too).
   */
  private async writeIndexEntries(
    record: ArticleRecord,
    terms: readonly string[],
    stored: Item,
    progress: { readonly termsWritten: boolean },
  ): Promise<void> {
    const listedAt = buildListingSk(record.sortedAt, record.id);
    if (!progress.termsWritten) await this.writeTermEntries(terms, listedAt);
    const retiredListedAt = stored[INDEX_ATTRIBUTES.retiredListedAt];
    if (typeof retiredListedAt === 'string') {
      const retired: WriteRequest[] = readStrings(stored[INDEX_ATTRIBUTES.retiredTerms]).map((term) => ({
        DeleteRequest: { Key: { [KEY.pk]: buildTermPk(term), [KEY.sk]: retiredListedAt } },
      }));
      // Feed entries are keyed by the listing key too: one at the old key is the replaced record's.
      if (retiredListedAt !== listedAt) {
        retired.push({
          DeleteRequest: {
            Key: { [KEY.pk]: buildFeedPk(yearOf(retiredListedAt)), [KEY.sk]: retiredListedAt },
          },
        });
      }
      await writeInBatches(this.documents, this.tableName, retired);
    }
    await guard('put feed entry', () =>
      this.documents.send(new PutCommand({ TableName: this.tableName, Item: buildFeedEntryItem(record) })),
    );
  }

  /**
   * Counter items per old province, new province and source: +1 for the new record, −1 for the one it
   * replaced, only where they differ. Not idempotent (DynamoDB ADD), so they run once per stored or
   * replaced article and never on a completed retry: a crash between the article write and this step
   * undercounts by one, which /provinces reports as approximate (docs/storage.md).
   */
  private async adjustCounters(previous: CountedAs | null, current: CountedAs): Promise<void> {
    const changes = buildCounterChanges(previous, current);
    for (const change of changes) {
      await guard('update counter', () =>
        this.documents.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { [KEY.pk]: change.pk, [KEY.sk]: change.sk },
            UpdateExpression: change.name
              ? 'ADD #articles :delta SET #name = if_not_exists(#name, :name)'
              : 'ADD #articles :delta',
            ExpressionAttributeNames: {
              '#articles': 'articles',
              ...(change.name ? { '#name': 'name' } : {}),
            },
            ExpressionAttributeValues: {
              ':delta': change.delta,
              ...(change.name ? { ':name': change.name } : {}),
            },
          }),
        ),
      );
    }
  }

  async findTermCandidates(term: string, range: TermRange, limit: number): Promise<TermCandidates> {
    const partition: PartitionQuery = {
      pkName: KEY.pk,
      skName: KEY.sk,
      pk: buildTermPk(term),
      keyNames: [KEY.pk, KEY.sk],
    };
    // One entry more than asked tells whether the partition was read to its end.
    const items = await this.queryPartition(partition, range, limit + 1, undefined, [KEY.sk]);
    const candidates = items.slice(0, limit).map((item) => {
      const listedAt = String(item[KEY.sk]);
      return { articleId: listedAt.slice(listedAt.lastIndexOf('#') + 1), listedAt };
    });
    return { items: candidates, complete: items.length <= limit };
  }

  async getSearchDocuments(ids: readonly string[]): Promise<readonly SearchDocument[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const names = Object.fromEntries(SEARCH_DOCUMENT_ATTRIBUTES.map((name, index) => [`#a${index}`, name]));
    const items = await getInBatches(
      this.documents,
      this.tableName,
      unique.map((id) => ({ [KEY.pk]: buildArticlePk(id), [KEY.sk]: ARTICLE_SORT_KEY })),
      { expression: Object.keys(names).join(', '), names },
    );
    return items.map(toSearchDocument);
  }

  async findProvinceDocuments(
    listing: Extract<ArticleListing, { kind: 'province' | 'newProvince' }>,
    range: TermRange,
    limit: number,
  ): Promise<ListingDocuments> {
    const partition = buildPartitionQuery(listing) as PartitionQuery;
    // Whole items: a query is billed by the size of the items it reads whatever it projects, and the
    // benchmark's capacity meter counts what comes back. One item more tells whether it was the end.
    const items = await this.queryPartition(partition, range, limit + 1, undefined);
    return { items: items.slice(0, limit).map(toSearchDocument), complete: items.length <= limit };
  }

  private async readCounters(pk: string): Promise<Item[]> {
    return this.queryPartition(
      { pkName: KEY.pk, skName: KEY.sk, pk, keyNames: [KEY.pk, KEY.sk] },
      {},
      Infinity,
      undefined,
    );
  }

  async countArticlesByProvince(): Promise<ProvinceCounts> {
    const counts = { old: {} as Record<string, number>, new: {} as Record<string, number> };
    for (const item of await this.readCounters(PROVINCE_COUNTER_PK)) {
      const [kind, code] = String(item[KEY.sk]).split('#');
      const articles = Number(item['articles'] ?? 0);
      if (code === undefined || articles <= 0) continue;
      if (kind === 'OLD') counts.old[code] = articles;
      if (kind === 'NEW') counts.new[code] = articles;
    }
    return counts;
  }

  async listSources(): Promise<readonly SourceCount[]> {
    return (await this.readCounters(SOURCE_COUNTER_PK))
      .map((item) => ({
        name: String(item['name'] ?? item[KEY.sk]),
        articles: Number(item['articles'] ?? 0),
      }))
      .filter((source) => source.articles > 0)
      .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'vi'));
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    const item = await this.getItem(buildArticlePk(id), ARTICLE_SORT_KEY, 'get article');
    return item ? toRecord(item) : null;
  }

  private buildRangeCondition(
    skName: string,
    from?: string,
    to?: string,
  ): { expression: string; values: Item } {
    const upper = to === undefined ? undefined : `${to}${SORT_KEY_CEILING}`;
    if (from !== undefined && upper !== undefined) {
      return { expression: ` AND #sk BETWEEN :from AND :to`, values: { ':from': from, ':to': upper } };
    }
    if (from !== undefined) return { expression: ` AND #sk >= :from`, values: { ':from': from } };
    if (upper !== undefined) return { expression: ` AND #sk <= :to`, values: { ':to': upper } };
    return { expression: '', values: {} };
  }

  /** Reads up to `wanted` items of one partition, newest first, following DynamoDB's own pages. */
  private async queryPartition(
    query: PartitionQuery,
    range: { from?: string; to?: string },
    wanted: number,
    startKey: Record<string, string> | undefined,
    /** Read only these attributes: term entries need just their sort key. */
    projectedAttributes?: readonly string[],
  ): Promise<Item[]> {
    const condition = this.buildRangeCondition(query.skName, range.from, range.to);
    const projectionNames = Object.fromEntries(
      (projectedAttributes ?? []).map((name, index) => [`#p${index}`, name]),
    );
    const items: Item[] = [];
    let exclusiveStartKey: Record<string, unknown> | undefined = startKey;
    do {
      const input: QueryCommandInput = {
        TableName: this.tableName,
        ...(query.indexName ? { IndexName: query.indexName } : {}),
        KeyConditionExpression: `#pk = :pk${condition.expression}`,
        ExpressionAttributeNames: {
          '#pk': query.pkName,
          ...(condition.expression ? { '#sk': query.skName } : {}),
          ...projectionNames,
        },
        ...(projectedAttributes ? { ProjectionExpression: Object.keys(projectionNames).join(', ') } : {}),
        ExpressionAttributeValues: { ':pk': query.pk, ...condition.values },
        ScanIndexForward: false,
        ...(Number.isFinite(wanted) ? { Limit: wanted - items.length } : {}),
        ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
      };
      const result = await guard('query articles', () => this.documents.send(new QueryCommand(input)));
      items.push(...((result.Items as Item[] | undefined) ?? []));
      exclusiveStartKey = result.LastEvaluatedKey;
    } while (exclusiveStartKey && items.length < wanted);
    return items;
  }

  async listArticles(query: ListArticlesQuery): Promise<Page<ArticleSummary>> {
    // One item more than asked tells whether another page exists, so the last page has no cursor.
    const wanted = query.limit + 1;
    const range = { from: query.from, to: query.to };
    const partition = buildPartitionQuery(query.listing);
    if (partition !== null) {
      const startKey = query.after ? checkPageKey(query.after, partition) : undefined;
      const items = await this.queryPartition(partition, range, wanted, startKey);
      const page = items.slice(0, query.limit);
      const last = page[page.length - 1];
      const next = items.length > query.limit && last ? { key: pickKey(last, partition.keyNames) } : null;
      return { items: page.map(toSummary), next };
    }
    return this.listFeed(query, range, wanted);
  }

  private async listFeed(
    query: ListArticlesQuery,
    range: { from?: string; to?: string },
    wanted: number,
  ): Promise<Page<ArticleSummary>> {
    const newestYear = Number(range.to ? yearOf(range.to) : this.now().getUTCFullYear() + FEED_YEARS_AHEAD);
    const oldestYear = Number(range.from ? yearOf(range.from) : EARLIEST_FEED_YEAR);
    let year = newestYear;
    let startKey: Record<string, string> | undefined;
    if (query.after) {
      year = Number(query.after.bucket);
      if (!Number.isInteger(year) || year > newestYear || year < oldestYear) {
        throw new InvalidCursorError('year outside the listing');
      }
      startKey = checkPageKey(query.after, this.feedQuery(String(year)));
    }
    const collected: { item: Item; year: string }[] = [];
    for (; year >= oldestYear && collected.length < wanted; year--) {
      const feed = this.feedQuery(String(year));
      const items = await this.queryPartition(feed, range, wanted - collected.length, startKey);
      startKey = undefined;
      collected.push(...items.map((item) => ({ item, year: String(year) })));
    }
    const page = collected.slice(0, query.limit);
    const last = page[page.length - 1];
    const next =
      collected.length > query.limit && last
        ? { key: pickKey(last.item, [KEY.pk, KEY.sk]), bucket: last.year }
        : null;
    return { items: page.map((entry) => toSummary(entry.item)), next };
  }

  private feedQuery(year: string): PartitionQuery {
    return { pkName: KEY.pk, skName: KEY.sk, pk: buildFeedPk(year), keyNames: [KEY.pk, KEY.sk] };
  }

  async findObjectOutcome(ref: ObjectRef): Promise<ObjectOutcome | null> {
    const item = await this.getItem(
      buildReceiptPk(ref.objectKey),
      buildReceiptSk(ref.etag, ref.line),
      'get outcome',
    );
    return item ? toOutcome(item) : null;
  }

  async recordObjectOutcome(outcome: ObjectOutcome): Promise<void> {
    // The first outcome of a delivery unit is the one that counts; a redelivery must not overwrite it.
    await this.putIfAbsent(toOutcomeItem(outcome), 'record outcome');
  }

  async listObjectOutcomes(objectKey: string, etag?: string): Promise<readonly ObjectOutcome[]> {
    const items = await this.queryObjectItems(objectKey, etag);
    return items
      .filter((item) => !isFailureItem(item))
      .map(toOutcome)
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }

  async readDeliveryRecords(objectKey: string, etag: string): Promise<DeliveryRecords> {
    const items = await this.queryObjectItems(objectKey, etag);
    const failure = items.find(isFailureItem);
    return {
      outcomes: items
        .filter((item) => !isFailureItem(item))
        .map(toOutcome)
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      failure: failure ? toFailure(failure) : null,
    };
  }

  async clearNotFoundOutcome(objectKey: string, etag: string): Promise<void> {
    try {
      await guard('clear not-found outcome', () =>
        this.documents.send(
          new DeleteCommand({
            TableName: this.tableName,
            Key: { [KEY.pk]: buildReceiptPk(objectKey), [KEY.sk]: buildReceiptSk(etag) },
            // Only the not-found rejection: any other outcome of this version stands.
            ConditionExpression: '#reason = :notFound',
            ExpressionAttributeNames: { '#reason': 'reason' },
            ExpressionAttributeValues: { ':notFound': 'not-found' },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async recordIngestFailure(failure: IngestFailure): Promise<void> {
    await guard('record ingest failure', () =>
      this.documents.send(new PutCommand({ TableName: this.tableName, Item: toFailureItem(failure) })),
    );
  }

  async clearIngestFailure(objectKey: string, etag: string): Promise<void> {
    await guard('clear ingest failure', () =>
      this.documents.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { [KEY.pk]: buildReceiptPk(objectKey), [KEY.sk]: buildFailureSk(etag) },
        }),
      ),
    );
  }

  /** Receipts (and the failure item) of an object, of one version when `etag` is given. */
  private async queryObjectItems(objectKey: string, etag?: string): Promise<Item[]> {
    const items: Item[] = [];
    let exclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const result = await guard('list outcomes', () =>
        this.documents.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: etag === undefined ? '#pk = :pk' : '#pk = :pk AND begins_with(#sk, :sk)',
            ExpressionAttributeNames: { '#pk': KEY.pk, ...(etag === undefined ? {} : { '#sk': KEY.sk }) },
            ExpressionAttributeValues: {
              ':pk': buildReceiptPk(objectKey),
              ...(etag === undefined ? {} : { ':sk': buildReceiptSkPrefix(etag) }),
            },
            ConsistentRead: true,
            ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
          }),
        ),
      );
      items.push(...((result.Items as Item[] | undefined) ?? []));
      exclusiveStartKey = result.LastEvaluatedKey;
    } while (exclusiveStartKey);
    // begins_with(ETAG#abc) also matches ETAG#abcd; keep only this etag's items.
    return items.filter((item) => etag === undefined || item['etag'] === etag);
  }

  private async readProfile(sourceKey: string): Promise<StoredProfile | null> {
    const key = buildProfileKey(sourceKey);
    const item = await this.getItem(String(key[KEY.pk]), String(key[KEY.sk]), 'get source profile');
    return item ? fromProfileItem(item, sourceKey) : null;
  }

  async getSourceProfile(sourceKey: string): Promise<SourceProfile | null> {
    return (await this.readProfile(sourceKey))?.profile ?? null;
  }

  /**
   * Read, add the article (updateProfile), write back only if nobody wrote in between: the condition is
   * on the version read (or on absence for a new profile). A lost race re-reads and tries again, so
   * concurrent ingests of one source never drop each other's articles. dynalite has no transactions, and
   * none are needed for a single item.
   */
  async updateSourceProfile(sourceKey: string, article: ProfileArticle): Promise<void> {
    for (let attempt = 0; attempt < PROFILE_UPDATE_ATTEMPTS; attempt++) {
      const stored = await this.readProfile(sourceKey);
      const current = stored?.profile ?? createEmptyProfile(sourceKey);
      const updated = updateProfile(current, article);
      if (updated === current) return;
      const version = stored?.version ?? 0;
      try {
        await guard('put source profile', () =>
          this.documents.send(
            new PutCommand({
              TableName: this.tableName,
              Item: toProfileItem(updated, version + 1),
              ConditionExpression: stored ? '#version = :version' : 'attribute_not_exists(#pk)',
              ExpressionAttributeNames: stored ? { '#version': 'version' } : { '#pk': KEY.pk },
              ...(stored ? { ExpressionAttributeValues: { ':version': version } } : {}),
            }),
          ),
        );
        return;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        await sleep(Math.random() * PROFILE_RETRY_BASE_MS * 2 ** attempt);
      }
    }
    throw new ConcurrentUpdateError(`the template profile of ${sourceKey}`, PROFILE_UPDATE_ATTEMPTS);
  }

  async listRejections(query: { limit: number; after?: PageKey }): Promise<Page<ObjectOutcome>> {
    const index = ARTICLES_TABLE.indexes.bySource;
    const partition: PartitionQuery = {
      indexName: index.name,
      pkName: index.partitionKey,
      skName: index.sortKey,
      pk: REJECTED_PARTITION,
      keyNames: [KEY.pk, KEY.sk, index.partitionKey, index.sortKey],
    };
    const startKey = query.after ? checkPageKey(query.after, partition) : undefined;
    const items = await this.queryPartition(partition, {}, query.limit + 1, startKey);
    const page = items.slice(0, query.limit);
    const last = page[page.length - 1];
    const next = items.length > query.limit && last ? { key: pickKey(last, partition.keyNames) } : null;
    return { items: page.map(toOutcome), next };
  }
}
