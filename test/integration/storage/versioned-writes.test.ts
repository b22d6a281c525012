// Versioned, idempotent article writes and the keyword index they maintain: a newer pipeline version
// replaces the record and every index entry, an older one never does, the later crawl wins.
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { buildArticleRecord, computeContentHash, type ArticleRecord } from '#domain/article/record';
import type { ProvinceVerdict } from '#domain/article/types';
import { buildIndexTerms } from '#domain/search/index-terms';
import { buildCleanedArticle, buildProvinceVerdict } from '../../helpers/articles.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';

const QUANG_NAM = buildProvinceVerdict('49', 'Quảng Nam', '48', 'Đà Nẵng');
const DA_NANG = buildProvinceVerdict('48', 'Đà Nẵng', '48', 'Đà Nẵng');

let aws: LocalAws;
let repository: DynamoDbArticleRepository;
let documents: DynamoDBDocumentClient;

beforeAll(async () => {
  aws = await startLocalAws();
  repository = new DynamoDbArticleRepository(aws.dynamodb, aws.resources.tableName);
  documents = DynamoDBDocumentClient.from(aws.dynamodb);
});

afterAll(async () => {
  await aws?.stop();
});

function buildRecord(options: {
  body: string;
  title: string;
  publishedAt: string;
  province: ProvinceVerdict | null;
  etag: string;
  pipelineVersion?: string;
  crawledAt?: string;
}): ArticleRecord {
  const record = buildArticleRecord(
    buildCleanedArticle({
      title: options.title,
      body: options.body,
      publishedAt: options.publishedAt,
      province: options.province,
      source: 'Báo Quảng Nam',
    }),
    {
      objectKey: `incoming/${options.etag}.json`,
      etag: options.etag,
      url: 'https://baoquangnam.example.vn/sao-la-xuat-hien',
      ingestedAt: '2025-02-01T00:00:00.000Z',
      ...(options.crawledAt ? { crawledAt: options.crawledAt } : {}),
    },
  );
  return options.pipelineVersion ? { ...record, pipelineVersion: options.pipelineVersion } : record;
}

/** Every keyword-index entry of one article, read straight from the table. */
async function scanTermEntries(articleId: string): Promise<string[]> {
  const entries: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new ScanCommand({ TableName: aws.resources.tableName, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    for (const item of page.Items ?? []) {
      const pk = String(item['pk']);
      const sk = String(item['sk']);
      if (pk.startsWith('TERM#') && sk.endsWith(`#${articleId}`)) entries.push(`${pk.slice(5)}@${sk}`);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return entries.sort();
}

const expectedEntries = (record: ArticleRecord) =>
  buildIndexTerms(record)
    .map((term) => `${term}@${record.sortedAt}#${record.id}`)
    .sort();

const FIRST = {
  title: 'Phát hiện voọc chà vá chân xám ở rừng Tây Giang',
  body: 'Lực lượng kiểm lâm ghi nhận đàn voọc chà vá chân xám kiếm ăn ở khu rừng giáp biên giới.',
  publishedAt: '2025-01-10T08:00:00+07:00',
  province: QUANG_NAM,
  etag: 'v1',
};
const RECLEANED = {
  title: 'Bẫy ảnh ghi được hình sao la ở rừng Tây Giang',
  body: 'Các nhà khoa học xác nhận hình ảnh sao la từ bẫy ảnh đặt trong khu bảo tồn thiên nhiên.',
  publishedAt: '2025-01-11T09:30:00+07:00',
  province: DA_NANG,
  etag: 'v2',
  pipelineVersion: '99.0.0',
};

describe('versioned writes and the keyword index', () => {
  it('writes exactly the article terms as index entries', async () => {
    const first = buildRecord(FIRST);
    expect(await repository.saveArticle(first)).toEqual({ kind: 'stored', articleId: first.id });
    expect(await scanTermEntries(first.id)).toEqual(expectedEntries(first));
    expect((await repository.findTermCandidates('vooc', {}, 10)).items.map((c) => c.articleId)).toEqual([
      first.id,
    ]);
  });

  it('replaces the record and its index entries on a newer pipeline version, leaving no stale entry', async () => {
    const first = buildRecord(FIRST);
    const recleaned = buildRecord(RECLEANED);
    expect(recleaned.id).toBe(first.id);
    const before = await repository.countArticlesByProvince();
    expect(await repository.saveArticle(recleaned)).toEqual({
      kind: 'stored',
      articleId: first.id,
      replaced: true,
    });
    expect((await repository.getArticle(first.id))?.title).toBe(RECLEANED.title);
    expect(await scanTermEntries(first.id)).toEqual(expectedEntries(recleaned));
    expect((await repository.findTermCandidates('vooc', {}, 10)).items).toEqual([]);
    expect((await repository.findTermCandidates('sao', {}, 10)).items.map((c) => c.articleId)).toEqual([
      first.id,
    ]);
    // The feed lists it once, under its new instant.
    const feed = await repository.listArticles({ listing: { kind: 'all' }, limit: 10 });
    expect(feed.items.filter((item) => item.id === first.id).map((item) => item.sortedAt)).toEqual([
      recleaned.sortedAt,
    ]);
    // Counters follow the province change: old Quảng Nam −1, old Đà Nẵng +1, new Đà Nẵng unchanged.
    const after = await repository.countArticlesByProvince();
    expect(after.old['49'] ?? 0).toBe((before.old['49'] ?? 0) - 1);
    expect(after.old['48'] ?? 0).toBe((before.old['48'] ?? 0) + 1);
    expect(after.new['48']).toBe(before.new['48']);
  });

  it('never lets an older pipeline version overwrite a newer record', async () => {
    const stale = buildRecord({ ...FIRST, etag: 'v3', crawledAt: '2030-01-01T00:00:00Z' });
    expect(await repository.saveArticle(stale)).toEqual({ kind: 'duplicate', articleId: stale.id });
    expect((await repository.getArticle(stale.id))?.title).toBe(RECLEANED.title);
    expect((await repository.findTermCandidates('vooc', {}, 10)).items).toEqual([]);
  });

  it('completes an interrupted replacement when the same delivery comes again', async () => {
    const recleaned = buildRecord(RECLEANED);
    expect(await repository.saveArticle(recleaned)).toEqual({ kind: 'stored', articleId: recleaned.id });
    expect(await scanTermEntries(recleaned.id)).toEqual(expectedEntries(recleaned));
  });
});

describe('out-of-order re-crawls of one URL (same pipeline version)', () => {
  const page = (etag: string, crawledAt: string, body: string) =>
    buildArticleRecord(
      buildCleanedArticle({ title: 'Giá cà phê hôm nay', body, publishedAt: '2025-03-01T07:00:00+07:00' }),
      {
        objectKey: `incoming/${etag}.json`,
        etag,
        url: 'https://giacaphe.example.vn/hom-nay',
        crawledAt,
        ingestedAt: '2025-03-01T01:00:00.000Z',
      },
    );

  it('keeps the later crawl whatever order the crawls arrive in', async () => {
    const middle = page(
      'c2',
      '2025-03-01T09:00:00+07:00',
      'Giá cà phê nhân xô tăng nhẹ lên 120.500 đồng/kg.',
    );
    const latest = page(
      'c3',
      '2025-03-01T15:00:00+07:00',
      'Giá cà phê nhân xô chốt phiên ở 121.000 đồng/kg.',
    );
    const earliest = page('c1', '2025-03-01T07:30:00+07:00', 'Giá cà phê nhân xô mở cửa đi ngang.');
    expect((await repository.saveArticle(middle)).kind).toBe('stored');
    expect(await repository.saveArticle(latest)).toEqual({
      kind: 'stored',
      articleId: middle.id,
      replaced: true,
    });
    expect(await repository.saveArticle(earliest)).toEqual({ kind: 'duplicate', articleId: middle.id });
    const stored = await repository.getArticle(middle.id);
    expect(stored?.contentHash).toBe(computeContentHash(latest.body));
    expect(await scanTermEntries(middle.id)).toEqual(expectedEntries(latest));
  });
});
