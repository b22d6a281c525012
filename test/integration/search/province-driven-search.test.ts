// Searches with a province filter rarer than their words read the province's listing instead of the
// keyword candidates (search-keywords.ts, MAX_PROVINCE_DRIVEN_ARTICLES): the same answers, page for
// page and cursor for cursor, as verifying every candidate, for fewer read units; a province with no
// article costs next to nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import type { ArticleRecord } from '#domain/article/record';
import type { ArticleRepository, ProvinceCounts } from '#ports/article-repository';
import { searchArticles, type SearchArticlesRequest } from '#use-cases/search-articles';
import { meterCapacity, type CapacityTotals } from '../../../bench/capacity-meter.ts';
import { BulkLoader } from '../../../bench/bulk-load.ts';
import { generateRecords } from '../../../bench/storage.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';

const ARTICLES = 60;
/** No generated article is about Hà Nội. */
const EMPTY_PROVINCE = '01';

/** The same repository with counters that make every province look common: the keyword plan always. */
function withCommonProvinces(repository: ArticleRepository): ArticleRepository {
  return new Proxy(repository, {
    get(target, name, receiver) {
      if (name === 'countArticlesByProvince') {
        return async (): Promise<ProvinceCounts> => {
          const counts = await target.countArticlesByProvince();
          const common = (codes: Readonly<Record<string, number>>) =>
            Object.fromEntries(Object.keys(codes).map((code) => [code, 1_000_000]));
          return {
            old: { ...common(counts.old), [EMPTY_PROVINCE]: 1_000_000 },
            new: { ...common(counts.new), [EMPTY_PROVINCE]: 1_000_000 },
          };
        };
      }
      const value: unknown = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Every page of a search, following its cursors. */
async function readAllPages(request: SearchArticlesRequest, repository: ArticleRepository) {
  const pages = [];
  let cursor: string | undefined;
  do {
    const page = await searchArticles({ ...request, ...(cursor ? { cursor } : {}) }, repository);
    pages.push(page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 50);
  return pages;
}

describe('province-driven keyword search', () => {
  const records: ArticleRecord[] = [...generateRecords(ARTICLES, 20_251_124)];
  let aws: LocalAws;
  let repository: DynamoDbArticleRepository;
  let capacity: CapacityTotals;

  beforeAll(async () => {
    aws = await startLocalAws();
    capacity = meterCapacity(aws.dynamodb);
    repository = new DynamoDbArticleRepository(aws.dynamodb, aws.resources.tableName);
    await new BulkLoader(aws.dynamodb, aws.resources.tableName).load(records);
  });

  afterAll(async () => {
    await aws?.stop();
  });

  const provinces = () => [...new Set(records.map((record) => record.provinceCode ?? ''))].filter(Boolean);
  const newProvinces = () =>
    [...new Set(records.map((record) => record.newProvinceCode ?? ''))].filter(Boolean);

  it('answers like the keyword plan, newest first and by relevance, on every page', async () => {
    const requests: SearchArticlesRequest[] = [];
    for (const province of [...provinces(), EMPTY_PROVINCE]) {
      requests.push({ q: 'du lich', province, limit: 2 });
      requests.push({ q: 'nong dan', province, sort: 'relevance', limit: 2 });
      requests.push({ q: '"nong thon"', province, from: '2024-05-01', limit: 3 });
    }
    for (const newProvince of newProvinces()) {
      requests.push({ q: 'du lich', newProvince, limit: 2 });
      requests.push({ q: 'thu hoach', newProvince, province: EMPTY_PROVINCE, limit: 2 });
    }
    const keywordPlan = withCommonProvinces(repository);
    let found = 0;
    for (const request of requests) {
      const expected = await readAllPages(request, keywordPlan);
      found += expected.flat().length;
      expect(await readAllPages(request, repository), JSON.stringify(request)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(10);
  });

  it('reads a province with no article for about one read unit instead of every candidate', async () => {
    const request: SearchArticlesRequest = { q: 'du lich', province: EMPTY_PROVINCE, limit: 20 };
    const before = capacity.readUnits;
    const result = await searchArticles(request, repository);
    const provinceDriven = capacity.readUnits - before;
    await searchArticles(request, withCommonProvinces(repository));
    const keywordDriven = capacity.readUnits - before - provinceDriven;
    expect(result).toEqual({ items: [], nextCursor: null });
    expect(provinceDriven).toBeLessThanOrEqual(2);
    expect(keywordDriven).toBeGreaterThan(10);
  });
});
