// Keyword search through the search handler against the emulators: folding, phrases, AND, filters by
// old and new province, ordering, cursors, counts and the OpenAPI document.
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { SEARCH_API_PATHS } from '#config/api-routes';
import { buildArticleRecord, type ArticleRecord } from '#domain/article/record';
import type { ProvinceVerdict } from '#domain/article/types';
import type { ArticleSummary } from '#ports/article-repository';
import { createSearchHandler, type SearchHandler } from '../../../functions/search/create-search-handler.ts';
import { LIST_ARTICLES_QUERY } from '../../../functions/search/query-schema.ts';
import { buildHttpApiEvent } from '../../helpers/api-gateway-event.ts';
import { buildCleanedArticle, buildProvinceVerdict } from '../../helpers/articles.ts';
import { buildLambdaContext } from '../../helpers/lambda-context.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';

// Hà Giang (old 02) and Tuyên Quang (old 08) form the new Tuyên Quang (08).
const HA_GIANG = buildProvinceVerdict('02', 'Hà Giang', '08', 'Tuyên Quang');
const TUYEN_QUANG = buildProvinceVerdict('08', 'Tuyên Quang', '08', 'Tuyên Quang');
const CAN_THO = buildProvinceVerdict('92', 'Cần Thơ', '92', 'Cần Thơ');

interface Fixture {
  readonly name: string;
  readonly title: string;
  readonly body: string;
  readonly publishedAt: string;
  readonly province: ProvinceVerdict | null;
  readonly source: string;
}

const FIXTURES: readonly Fixture[] = [
  {
    name: 'phrase',
    title: 'Hà Giang đẩy mạnh xây dựng Đảng ở vùng cao',
    body: 'Tỉnh ủy Hà Giang tổ chức hội nghị về công tác xây dựng Đảng và hệ thống chính trị ở các xã biên giới.',
    publishedAt: '2024-09-01T08:00:00+07:00',
    province: HA_GIANG,
    source: 'Báo Hà Giang',
  },
  {
    name: 'apart',
    title: 'Bản làng đón mùa lúa chín',
    body: 'Thanh niên xây thêm nhà văn hóa thôn; bà con dựng rạp đón đoàn cán bộ Đảng ủy xã về thăm.',
    publishedAt: '2024-09-02T08:00:00+07:00',
    province: TUYEN_QUANG,
    source: 'Báo Tuyên Quang',
  },
  {
    name: 'unaccented',
    title: 'Thu gop y kien ve xay dung Dang',
    body: 'Ban tuyen giao tiep nhan y kien cua nhan dan ve cong tac xay dung Dang tai co so.',
    publishedAt: '2024-09-03T08:00:00+07:00',
    province: null,
    source: 'Diễn đàn Nhân dân',
  },
  {
    name: 'festival-ha-giang',
    title: 'Khai mạc lễ hội hoa tam giác mạch',
    body: 'Lễ hội hoa tam giác mạch năm nay thu hút hàng vạn du khách đến cao nguyên đá Đồng Văn.',
    publishedAt: '2024-10-01T08:00:00+07:00',
    province: HA_GIANG,
    source: 'Báo Hà Giang',
  },
  {
    name: 'festival-tuyen-quang',
    title: 'Rực rỡ lễ hội thành Tuyên',
    body: 'Lễ hội thành Tuyên với những mô hình đèn khổng lồ diễu hành qua các tuyến phố trung tâm.',
    publishedAt: '2024-10-02T08:00:00+07:00',
    province: TUYEN_QUANG,
    source: 'Báo Tuyên Quang',
  },
  {
    name: 'festival-can-tho',
    title: 'Lễ hội bánh dân gian Nam Bộ',
    body: 'Lễ hội bánh dân gian Nam Bộ giới thiệu hơn một trăm loại bánh truyền thống tới du khách.',
    publishedAt: '2024-10-03T08:00:00+07:00',
    province: CAN_THO,
    source: 'Báo Cần Thơ',
  },
  {
    name: 'durian-focus',
    title: 'Sầu riêng Cái Mơn vào vụ thu hoạch',
    body: 'Nhà vườn trồng sầu riêng phấn khởi vì sầu riêng được giá; thương lái thu mua sầu riêng tận vườn.',
    publishedAt: '2024-11-01T08:00:00+07:00',
    province: CAN_THO,
    source: 'Báo Cần Thơ',
  },
  {
    name: 'durian-mention',
    title: 'Chợ nổi Cái Răng tấp nập cuối tuần',
    body: 'Ghe thuyền chở dưa hấu, khóm, cam sành và cả sầu riêng về chợ nổi từ sáng sớm, tiểu thương cho biết sức mua tăng mạnh so với tháng trước.',
    publishedAt: '2024-11-05T08:00:00+07:00',
    province: CAN_THO,
    source: 'Báo Cần Thơ',
  },
];

let aws: LocalAws;
let search: SearchHandler;
const ids = new Map<string, string>();

beforeAll(async () => {
  aws = await startLocalAws();
  const repository = new DynamoDbArticleRepository(aws.dynamodb, aws.resources.tableName);
  for (const [index, fixture] of FIXTURES.entries()) {
    const record: ArticleRecord = buildArticleRecord(
      buildCleanedArticle({
        title: fixture.title,
        body: fixture.body,
        publishedAt: fixture.publishedAt,
        province: fixture.province,
        source: fixture.source,
      }),
      { objectKey: `incoming/kw-${index}.txt`, etag: `k${index}`, ingestedAt: '2024-12-01T00:00:00.000Z' },
    );
    expect((await repository.saveArticle(record)).kind).toBe('stored');
    ids.set(fixture.name, record.id);
  }
  search = createSearchHandler({ articles: repository, logger: new Logger({ logLevel: 'SILENT' }) });
});

afterAll(async () => {
  await aws?.stop();
});

async function request(path: string, query: Record<string, string> = {}) {
  const result = (await search(
    buildHttpApiEvent(path, query),
    buildLambdaContext(),
  )) as APIGatewayProxyStructuredResultV2;
  return { status: result.statusCode, json: JSON.parse(result.body ?? 'null') };
}

type ListBody = { items: ArticleSummary[]; nextCursor: string | null };

async function searchNames(query: Record<string, string>): Promise<string[]> {
  const { status, json } = await request('/articles', query);
  expect(status).toBe(200);
  const byId = new Map([...ids].map(([name, id]) => [id, name]));
  return (json as ListBody).items.map((item) => byId.get(item.id) ?? item.id);
}

describe('keyword search', () => {
  it('finds accented text with a query typed without diacritics (AND of the words)', async () => {
    expect(await searchNames({ q: 'xay dung dang' })).toEqual(['unaccented', 'apart', 'phrase']);
  });

  it('excludes articles with the words apart from a phrase query', async () => {
    expect(await searchNames({ q: '"xây dựng Đảng"' })).toEqual(['unaccented', 'phrase']);
  });

  it('ranks the exact-diacritic match above the folded one by relevance', async () => {
    expect(await searchNames({ q: '"xây dựng Đảng"', sort: 'relevance' })).toEqual(['phrase', 'unaccented']);
    expect(await searchNames({ q: '"xay dung dang"', sort: 'relevance' })).toEqual(['unaccented', 'phrase']);
  });

  it('finds a query of common syllables only through its bigrams', async () => {
    expect(await searchNames({ q: 'le hoi' })).toEqual([
      'festival-can-tho',
      'festival-tuyen-quang',
      'festival-ha-giang',
    ]);
  });

  it('filters by old province code: only that old province', async () => {
    expect(await searchNames({ q: 'lễ hội', province: '08' })).toEqual(['festival-tuyen-quang']);
    expect(await searchNames({ q: 'lễ hội', province: '02' })).toEqual(['festival-ha-giang']);
  });

  it('filters by new province code: the merged province, old Hà Giang included', async () => {
    expect(await searchNames({ q: 'lễ hội', newProvince: '08' })).toEqual([
      'festival-tuyen-quang',
      'festival-ha-giang',
    ]);
  });

  it('combines source and date filters with keywords', async () => {
    expect(await searchNames({ q: 'lễ hội', source: 'báo  cần thơ' })).toEqual(['festival-can-tho']);
    expect(await searchNames({ q: 'lễ hội', from: '2024-10-02', to: '2024-10-02' })).toEqual([
      'festival-tuyen-quang',
    ]);
  });

  it('orders newest first by default and by relevance on request', async () => {
    expect(await searchNames({ q: 'sầu riêng' })).toEqual(['durian-mention', 'durian-focus']);
    expect(await searchNames({ q: 'sầu riêng', sort: 'relevance' })).toEqual([
      'durian-focus',
      'durian-mention',
    ]);
  });

  it('pages a search with its cursor without repeats, in both orders', async () => {
    for (const sort of ['newest', 'relevance']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const { status, json } = await request('/articles', {
          q: 'xay dung dang',
          sort,
          limit: '1',
          ...(cursor ? { cursor } : {}),
        });
        expect(status).toBe(200);
        seen.push(...(json as ListBody).items.map((item) => item.id));
        cursor = (json as ListBody).nextCursor;
      } while (cursor !== null && seen.length < 10);
      expect(seen).toHaveLength(3);
      expect(new Set(seen).size).toBe(3);
    }
  });

  it('answers a forged cursor, or a cursor of another search or listing, with 400', async () => {
    const first = await request('/articles', { q: 'xay dung dang', limit: '1' });
    const cursor = (first.json as ListBody).nextCursor ?? '';
    const listing = (await request('/articles', { limit: '1' })).json as ListBody;
    const forged = Buffer.from('{"v":1,"k":{"f":"0000000000000000","before":"x"},"b":"search"}').toString(
      'base64url',
    );
    const attempts: Record<string, string>[] = [
      { q: 'xay dung dang', cursor: forged },
      { q: 'lễ hội', cursor },
      { q: 'xay dung dang', sort: 'relevance', cursor },
      { q: 'xay dung dang', cursor: listing.nextCursor ?? '' },
      { cursor },
    ];
    for (const query of attempts) {
      const { status, json } = await request('/articles', query);
      expect(status).toBe(400);
      expect(json.message).toMatch(/cursor/);
    }
  });

  it.each([
    [{ q: 'x'.repeat(201) }],
    [{ q: 'của' }],
    [{ q: '""' }],
    [{ q: 'lễ hội', sort: 'oldest' }],
    [{ sort: 'relevance' }],
  ])('rejects %j with 400 and a message', async (query) => {
    const { status, json } = await request('/articles', query);
    expect(status).toBe(400);
    expect(typeof json.message).toBe('string');
  });
});

describe('GET /provinces and /sources', () => {
  it('counts articles per old and new province', async () => {
    const { status, json } = await request('/provinces');
    expect(status).toBe(200);
    const old = new Map((json.old as { code: string; articles: number }[]).map((p) => [p.code, p.articles]));
    const current = new Map(
      (json.new as { code: string; articles: number }[]).map((p) => [p.code, p.articles]),
    );
    expect(old.size).toBe(63);
    expect(current.size).toBe(34);
    expect([old.get('02'), old.get('08'), old.get('92'), old.get('14')]).toEqual([2, 2, 3, 0]);
    expect(current.get('08')).toBe(4);
    expect(json.withoutProvince).toBe(1);
  });

  it('lists sources with counts, most articles first', async () => {
    const { status, json } = await request('/sources');
    expect(status).toBe(200);
    expect(json.items[0]).toEqual({ name: 'Báo Cần Thơ', articles: 3 });
    expect(json.items).toContainEqual({ name: 'Diễn đàn Nhân dân', articles: 1 });
  });

  it('refuses unknown parameters', async () => {
    expect((await request('/provinces', { nam: '2024' })).status).toBe(400);
  });
});

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document describing every route and every /articles parameter', async () => {
    const { status, json } = await request('/openapi.json');
    expect(status).toBe(200);
    expect(json.openapi).toMatch(/^3\.1\./);
    for (const path of Object.values(SEARCH_API_PATHS)) expect(json.paths[path]?.get).toBeDefined();
    const parameters = (json.paths['/articles'].get.parameters as { name: string }[]).map((p) => p.name);
    expect(parameters.sort()).toEqual(Object.keys(LIST_ARTICLES_QUERY.shape).sort());
  });
});
