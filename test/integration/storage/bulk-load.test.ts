// The storage benchmark's bulk loader (bench/bulk-load.ts) against the repository's write path: the
// same generated corpus stored both ways must leave the same items in the table and answer every
// search, listing and count the same way, so the latency measured on a bulk-loaded corpus is the
// latency of a corpus the ingest function built.
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import type { ArticleRecord } from '#domain/article/record';
import { searchArticles, type SearchArticlesRequest } from '#use-cases/search-articles';
import { BATCH_WRITE_ITEMS, BulkLoader } from '../../../bench/bulk-load.ts';
import { generateRecords, SEARCH_MIX } from '../../../bench/storage.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';

const ARTICLES = 50;

/** Searches of the benchmark mix plus ones that find something in this small corpus, with filters. */
function buildRequests(records: readonly ArticleRecord[]): SearchArticlesRequest[] {
  const first = records[0] as ArticleRecord;
  const province = first.provinceCode ?? '01';
  const newProvince = first.newProvinceCode ?? '01';
  const source = first.source ?? 'none';
  return [
    ...SEARCH_MIX.map(({ request }) => request),
    { q: 'nong', limit: 5 },
    { q: 'du lich', limit: 10 },
    { q: 'du lich', province, limit: 10 },
    { q: 'nong dan', newProvince, sort: 'relevance', limit: 10 },
    { q: '"nong thon"', source, limit: 10 },
    { q: 'thu hoach', from: '2024-05-01', to: '2024-12-31', limit: 10 },
    { province, limit: 10 },
    { newProvince, limit: 10 },
    { source, limit: 10 },
    { limit: 100 },
  ];
}

async function scanTable(aws: LocalAws): Promise<unknown[]> {
  const items: unknown[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await aws.dynamodb.send(
      new ScanCommand({
        TableName: aws.resources.tableName,
        ...(startKey ? { ExclusiveStartKey: startKey as never } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const keyOf = (item: unknown) => {
    const { pk, sk } = item as { pk: { S: string }; sk: { S: string } };
    return `${pk.S}\n${sk.S}`;
  };
  return items.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

/** Every request, then the next page of each that has one. */
async function answerAll(repository: DynamoDbArticleRepository, requests: readonly SearchArticlesRequest[]) {
  const answers = [];
  for (const request of requests) {
    const page = await searchArticles(request, repository);
    answers.push(page);
    if (page.nextCursor)
      answers.push(await searchArticles({ ...request, cursor: page.nextCursor }, repository));
  }
  return answers;
}

describe('bulk loader', () => {
  const records = [...generateRecords(ARTICLES, 20_251_124)];
  let written: LocalAws;
  let loaded: LocalAws;
  let writtenRepository: DynamoDbArticleRepository;
  let loadedRepository: DynamoDbArticleRepository;
  let loader: BulkLoader;

  beforeAll(async () => {
    [written, loaded] = await Promise.all([startLocalAws(), startLocalAws()]);
    writtenRepository = new DynamoDbArticleRepository(written.dynamodb, written.resources.tableName);
    loadedRepository = new DynamoDbArticleRepository(loaded.dynamodb, loaded.resources.tableName);
    // One at a time, so the first source name the counters keep is the first in corpus order.
    for (const record of records) await writtenRepository.saveArticle(record);
    // Mixed as the benchmark does: a few through the write path, the rest bulk-loaded in two parts.
    for (const record of records.slice(0, 5)) await loadedRepository.saveArticle(record);
    loader = new BulkLoader(loaded.dynamodb, loaded.resources.tableName, 4);
    await loader.load(records.slice(5, 20));
    await loader.load(records.slice(20));
  });

  afterAll(async () => {
    await Promise.all([written?.stop(), loaded?.stop()]);
  });

  it('generates a corpus with something to find', () => {
    expect(records).toHaveLength(ARTICLES);
    expect(new Set(records.map((record) => record.provinceCode)).size).toBeGreaterThan(3);
  });

  it('writes exactly the items the write path writes, in batches of 25', async () => {
    const [expected, actual] = await Promise.all([scanTable(written), scanTable(loaded)]);
    expect(expected.length).toBeGreaterThan(ARTICLES * 50);
    expect(actual).toEqual(expected);
    expect(loader.totals.articles).toBe(ARTICLES - 5);
    expect(loader.totals.skipped).toBe(0);
    // Full batches of 25 but the last of each of the two loads.
    const fullBatches = Math.ceil(loader.totals.items / BATCH_WRITE_ITEMS);
    expect(loader.totals.batches).toBeGreaterThanOrEqual(fullBatches);
    expect(loader.totals.batches).toBeLessThanOrEqual(fullBatches + 1);
    expect(loader.totals.counterUpdates).toBeGreaterThan(0);
  });

  it('answers every search, listing and count identically', async () => {
    const requests = buildRequests(records);
    const expected = await answerAll(writtenRepository, requests);
    expect(expected.some((page) => page.items.length > 0)).toBe(true);
    expect(await answerAll(loadedRepository, requests)).toEqual(expected);
    expect(await loadedRepository.countArticlesByProvince()).toEqual(
      await writtenRepository.countArticlesByProvince(),
    );
    expect(await loadedRepository.listSources()).toEqual(await writtenRepository.listSources());
  });

  it('skips a record whose id or text is already loaded, as the write path reports a duplicate', async () => {
    const before = loader.totals.items;
    await loader.load(records.slice(10, 13));
    expect(loader.totals.skipped).toBe(3);
    expect(loader.totals.items).toBe(before);
  });
});
