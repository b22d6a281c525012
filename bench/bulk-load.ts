// Bulk loader for the storage benchmark: stores generated articles as exactly the items the repository's
// write path stores for a new article (shared/adapters/dynamodb/article-items.ts: content claim, article
// item, term entries, feed entry, counters), but sends them as BatchWriteItem requests of 25 items,
// several in flight, with unprocessed items retried (batch-requests.ts), instead of some 130 single-item
// writes per article one after the other. Meant for an empty table: it checks nothing against what is
// already stored, so the first record of each id and of each text wins, as it would through the write
// path. Counter changes are summed here and sent once per load with the write path's own `ADD`.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { buildNewArticleItems } from '#adapters/dynamodb/article-items';
import { writeInBatches, type WriteRequest } from '#adapters/dynamodb/batch-requests';
import type { ArticleRecord } from '#domain/article/record';
import { KEY } from '#adapters/dynamodb/table-keys';

/** DynamoDB's limit on write requests per BatchWriteItem. */
export const BATCH_WRITE_ITEMS = 25;
/** Batch requests in flight: enough to keep the emulator busy while the next articles are built. */
export const DEFAULT_LOAD_CONCURRENCY = 8;

export interface BulkLoadTotals {
  /** Articles stored (first of their id and of their text). */
  articles: number;
  /** Records skipped because an earlier record had the same id or the same text. */
  skipped: number;
  /** Items written by BatchWriteItem. */
  items: number;
  /** Counter updates (UpdateItem), one per counter and load. */
  counterUpdates: number;
  /** BatchWriteItem chunks sent (each retried until none of its items is left unprocessed). */
  batches: number;
}

interface PendingCounterChange {
  readonly pk: string;
  readonly sk: string;
  delta: number;
  name?: string;
}

export class BulkLoader {
  private readonly documents: DynamoDBDocumentClient;
  private readonly claimedTexts = new Set<string>();
  private readonly storedIds = new Set<string>();
  private readonly counters = new Map<string, PendingCounterChange>();
  readonly totals: BulkLoadTotals = { articles: 0, skipped: 0, items: 0, counterUpdates: 0, batches: 0 };

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
    private readonly concurrency = DEFAULT_LOAD_CONCURRENCY,
  ) {
    // The repository's marshalling options, so the items are byte for byte the ones it writes.
    this.documents = DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true },
    });
  }

  /** Stores the records, then rewrites the counters with the totals so far. */
  async load(records: Iterable<ArticleRecord>): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    let failure: unknown = null;
    let pending: WriteRequest[] = [];
    const dispatch = async (requests: WriteRequest[]) => {
      const sending = writeInBatches(this.documents, this.tableName, requests).catch((error: unknown) => {
        failure ??= error;
      });
      const tracked = sending.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      this.totals.batches += 1;
      this.totals.items += requests.length;
      if (inFlight.size >= this.concurrency) await Promise.race(inFlight);
    };
    for (const record of records) {
      if (failure !== null) break;
      if (this.storedIds.has(record.id) || this.claimedTexts.has(record.contentHash)) {
        this.totals.skipped += 1;
        continue;
      }
      this.storedIds.add(record.id);
      this.claimedTexts.add(record.contentHash);
      const items = buildNewArticleItems(record);
      for (const Item of [items.claim, items.article, ...items.termEntries, items.feedEntry]) {
        pending.push({ PutRequest: { Item } });
        if (pending.length === BATCH_WRITE_ITEMS) {
          await dispatch(pending);
          pending = [];
        }
      }
      for (const change of items.counterChanges) this.count(change.pk, change.sk, change.delta, change.name);
      this.totals.articles += 1;
    }
    if (pending.length > 0 && failure === null) await dispatch(pending);
    await Promise.all(inFlight);
    if (failure !== null) throw failure;
    await this.writeCounters();
  }

  private count(pk: string, sk: string, delta: number, name: string | undefined): void {
    const key = `${pk}\n${sk}`;
    const counter = this.counters.get(key) ?? { pk, sk, delta: 0 };
    counter.delta += delta;
    // `if_not_exists(name, :name)` keeps the first name written; the first one seen here goes first.
    if (counter.name === undefined && name !== undefined) counter.name = name;
    this.counters.set(key, counter);
  }

  /**
   * The write path's own counter update, `ADD articles :delta SET name = if_not_exists(name, :name)`,
   * once per counter with the deltas summed since the last load: it adds to what is there, so it
   * composes with articles stored through the repository before or after.
   */
  private async writeCounters(): Promise<void> {
    const changes = [...this.counters.values()].filter((counter) => counter.delta !== 0);
    for (const change of changes) {
      await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [KEY.pk]: change.pk, [KEY.sk]: change.sk },
          UpdateExpression: change.name
            ? 'ADD #articles :delta SET #name = if_not_exists(#name, :name)'
            : 'ADD #articles :delta',
          ExpressionAttributeNames: { '#articles': 'articles', ...(change.name ? { '#name': 'name' } : {}) },
          ExpressionAttributeValues: {
            ':delta': change.delta,
            ...(change.name ? { ':name': change.name } : {}),
          },
        }),
      );
      change.delta = 0;
      this.totals.counterUpdates += 1;
    }
  }
}
