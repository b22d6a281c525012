import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { buildArticleRecord, type ArticleRecord } from '#domain/article/record';
import type { ProvinceVerdict } from '#domain/article/types';
import type { ArticleSummary } from '#ports/article-repository';
import { createSearchHandler, type SearchHandler } from '../../../functions/search/create-search-handler.ts';
import { buildHttpApiEvent } from '../../helpers/api-gateway-event.ts';
import { buildCleanedArticle, buildProvinceVerdict } from '../../helpers/articles.ts';
import { buildLambdaContext } from '../../helpers/lambda-context.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';

// Hà Giang (old 02) and Tuyên Quang (old 08) form the new Tuyên Quang (08): code 08 means different
// things as an old and as a new code, which is exactly what the filters must keep apart.
const HA_GIANG = buildProvinceVerdict('02', 'Hà Giang', '08', 'Tuyên Quang');
const TUYEN_QUANG = buildProvinceVerdict('08', 'Tuyên Quang', '08', 'Tuyên Quang');
const CAN_THO = buildProvinceVerdict('92', 'Cần Thơ', '92', 'Cần Thơ');

const FIXTURES: readonly {
  body: string;
  publishedAt: string;
  province: ProvinceVerdict | null;
  source: string;
}[] = [
  {
    body: 'Mùa hoa tam giác mạch nở rộ trên cao nguyên đá Đồng Văn.',
    publishedAt: '2024-10-01T08:00:00+07:00',
    province: HA_GIANG,
    source: 'Báo Hà Giang',
  },
  {
    body: 'Tuyên Quang tổ chức lễ hội thành Tuyên với nhiều mô hình đèn trung thu.',
    publishedAt: '2024-10-02T08:00:00+07:00',
    province: TUYEN_QUANG,
    source: 'Báo Tuyên Quang',
  },
  {
    body: 'Chợ nổi Cái Răng thu hút du khách quốc tế dịp cuối năm.',
    publishedAt: '2024-10-03T08:00:00+07:00',
    province: CAN_THO,
    source: 'Báo Cần Thơ',
  },
  {
    body: 'Đèo Mã Pí Lèng được cải tạo mặt đường bảo đảm an toàn giao thông.',
    publishedAt: '2024-10-04T08:00:00+07:00',
    province: HA_GIANG,
    source: 'Báo Hà Giang',
  },
  {
    body: 'Hội nghị bàn giải pháp phát triển kinh tế tập thể trong nông nghiệp.',
    publishedAt: '2024-10-05T08:00:00+07:00',
    province: null,
    source: 'Báo Nông thôn',
  },
];

let aws: LocalAws;
let search: SearchHandler;
const records: ArticleRecord[] = [];

beforeAll(async () => {
  aws = await startLocalAws();
  const repository = new DynamoDbArticleRepository(aws.dynamodb, aws.resources.tableName);
  for (const [index, fixture] of FIXTURES.entries()) {
    const record = buildArticleRecord(
      buildCleanedArticle({
        body: fixture.body,
        title: `Bài ${index + 1}`,
        publishedAt: fixture.publishedAt,
        province: fixture.province,
        source: fixture.source,
        removed: [{ text: 'Xem thêm: Tin cùng chuyên mục', reason: 'related-news' }],
      }),
      { objectKey: `incoming/seed-${index}.txt`, etag: `e${index}`, ingestedAt: '2024-10-06T00:00:00.000Z' },
    );
    await repository.saveArticle(record);
    records.push(record);
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
  )) as APIGatewayProxyResultV2;
  const structured = result as APIGatewayProxyStructuredResultV2;
  return {
    status: structured.statusCode,
    headers: structured.headers ?? {},
    json: JSON.parse(structured.body ?? 'null'),
  };
}

type ListBody = { items: ArticleSummary[]; nextCursor: string | null };

describe('GET /articles', () => {
  it('pages with its cursor: limit 2 over 5 articles, three pages, newest first, no repeats', async () => {
    const pages: ListBody[] = [];
    let cursor: string | null = null;
    do {
      const response = await request('/articles', { limit: '2', ...(cursor ? { cursor } : {}) });
      expect(response.status).toBe(200);
      pages.push(response.json as ListBody);
      cursor = (response.json as ListBody).nextCursor;
    } while (cursor !== null && pages.length < 10);
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1]);
    const dates = pages.flatMap((page) => page.items.map((item) => item.publishedAt));
    expect(dates).toEqual(FIXTURES.map((fixture) => fixture.publishedAt).reverse());
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(5);
  });

  it('filters by old province code', async () => {
    const { status, json } = await request('/articles', { province: '08' });
    expect(status).toBe(200);
    expect((json as ListBody).items.map((item) => item.id)).toEqual([records[1]?.id]);
  });

  it('filters by new province code, which covers the merged provinces', async () => {
    const { json } = await request('/articles', { newProvince: '08' });
    expect((json as ListBody).items.map((item) => item.id)).toEqual([
      records[3]?.id,
      records[1]?.id,
      records[0]?.id,
    ]);
  });

  it('filters by source, ignoring case', async () => {
    const { json } = await request('/articles', { source: 'báo hà giang' });
    expect((json as ListBody).items.map((item) => item.id)).toEqual([records[3]?.id, records[0]?.id]);
  });

  it('applies an inclusive date range in Vietnamese days', async () => {
    const { json } = await request('/articles', { from: '2024-10-02', to: '2024-10-03' });
    expect((json as ListBody).items.map((item) => item.publishedAt)).toEqual([
      FIXTURES[2]?.publishedAt,
      FIXTURES[1]?.publishedAt,
    ]);
  });

  it('answers a forged cursor with 400 and a JSON message', async () => {
    const forged = Buffer.from('{"v":1,"k":{"pk":"ART#khong-co"}}').toString('base64url');
    for (const cursor of [forged, 'rác%%%']) {
      const { status, json } = await request('/articles', { cursor });
      expect(status).toBe(400);
      expect(json.message).toMatch(/cursor/);
    }
  });

  it('answers a cursor from another listing with 400', async () => {
    const first = await request('/articles', { limit: '1', province: '02' });
    const cursor = (first.json as ListBody).nextCursor;
    expect(cursor).not.toBeNull();
    const { status } = await request('/articles', { limit: '1', newProvince: '08', cursor: cursor ?? '' });
    expect(status).toBe(400);
  });

  it.each([
    [{ limit: '0' }],
    [{ limit: '101' }],
    [{ limit: 'hai' }],
    [{ province: 'Hà Giang' }],
    [{ from: 'hôm qua' }],
    [{ province: '02', newProvince: '08' }],
    [{ from: '2024-10-05', to: '2024-10-01' }],
    [{ unexpected: '1' }],
  ])('rejects invalid query %j with 400', async (query) => {
    const { status, json } = await request('/articles', query);
    expect(status).toBe(400);
    expect(typeof json.message).toBe('string');
  });

  it('searches keywords through q instead of ignoring it', async () => {
    const { status, json } = await request('/articles', { q: 'thanh tuyen' });
    expect(status).toBe(200);
    expect((json as ListBody).items.map((item) => item.id)).toEqual([records[1]?.id]);
  });
});

describe('GET /articles/{id}', () => {
  it('returns the full record with removed lines and province evidence', async () => {
    const target = records[0];
    const { status, json } = await request(`/articles/${target?.id}`);
    expect(status).toBe(200);
    expect(json.id).toBe(target?.id);
    expect(json.removed).toEqual([{ text: 'Xem thêm: Tin cùng chuyên mục', reason: 'related-news' }]);
    expect(json.province.evidence).toEqual(['tỉnh Hà Giang']);
    expect(json.pk).toBeUndefined();
  });

  it('answers an unknown or malformed id with 404', async () => {
    expect((await request(`/articles/u${'0'.repeat(32)}`)).status).toBe(404);
    expect((await request('/articles/khong-ton-tai')).status).toBe(404);
  });
});

describe('other routes', () => {
  it('reports health and CORS headers', async () => {
    const { status, json, headers } = await request('/health');
    expect(status).toBe(200);
    expect(json).toEqual({ status: 'ok' });
    expect(headers['Access-Control-Allow-Origin'] ?? headers['access-control-allow-origin']).toBeDefined();
  });

  it('answers an unknown route with 404', async () => {
    expect((await request('/khong-co')).status).toBe(404);
  });

  it('lists rejections (none here)', async () => {
    const { status, json } = await request('/rejected');
    expect(status).toBe(200);
    expect(json).toEqual({ items: [], nextCursor: null });
  });
});

describe('CORS', () => {
  const withOrigin = (origin: string) => {
    const event = buildHttpApiEvent('/health');
    return { ...event, headers: { ...event.headers, origin } };
  };

  it('answers only the configured origins', async () => {
    const restricted = createSearchHandler({
      articles: new DynamoDbArticleRepository(aws.dynamodb, aws.resources.tableName),
      logger: new Logger({ logLevel: 'SILENT' }),
      corsOrigins: ['https://tinsach.vn'],
    });
    const allowed = (await restricted(
      withOrigin('https://tinsach.vn'),
      buildLambdaContext(),
    )) as APIGatewayProxyStructuredResultV2;
    expect(allowed.headers?.['Access-Control-Allow-Origin']).toBe('https://tinsach.vn');
    const foreign = (await restricted(
      withOrigin('https://evil.example'),
      buildLambdaContext(),
    )) as APIGatewayProxyStructuredResultV2;
    expect(foreign.headers?.['Access-Control-Allow-Origin']).not.toBe('https://evil.example');
    expect(foreign.headers?.['Access-Control-Allow-Origin']).not.toBe('*');
  });

  it('lets any origin read when none is configured (local development)', async () => {
    const { headers } = await request('/health');
    expect(headers['Access-Control-Allow-Origin']).toBe('*');
  });
});
