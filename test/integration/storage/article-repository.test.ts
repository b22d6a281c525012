import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { buildArticleRecord, type ArticleRecord } from '#domain/article/record';
import { InvalidCursorError } from '#domain/search/cursor';
import type { ObjectOutcome } from '#ports/article-repository';
import { buildCleanedArticle, buildProvinceVerdict } from '../../helpers/articles.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';

let aws: LocalAws;
let repository: DynamoDbArticleRepository;

beforeAll(async () => {
  aws = await startLocalAws();
  repository = new DynamoDbArticleRepository(
    aws.dynamodb,
    aws.resources.tableName,
    () => new Date('2025-01-10T00:00:00Z'),
  );
});

afterAll(async () => {
  await aws?.stop();
});

function buildRecord(options: {
  body: string;
  objectKey: string;
  url?: string;
  publishedAt?: string;
  line?: number;
}): ArticleRecord {
  return buildArticleRecord(
    buildCleanedArticle({
      body: options.body,
      title: options.body.slice(0, 40),
      publishedAt: options.publishedAt ?? null,
      source: 'Báo Quảng Ninh',
      province: buildProvinceVerdict('22', 'Quảng Ninh', '22', 'Quảng Ninh'),
      removed: [{ text: 'Chia sẻ Facebook', reason: 'share-widget' }],
    }),
    {
      objectKey: options.objectKey,
      etag: 'etag-1',
      ingestedAt: '2025-01-09T00:00:00.000Z',
      ...(options.url ? { url: options.url } : {}),
      ...(options.line === undefined ? {} : { line: options.line }),
    },
  );
}

describe('DynamoDbArticleRepository: idempotent saves', () => {
  it('stores an article once and reports later saves of it as duplicates', async () => {
    const record = buildRecord({
      body: 'Vịnh Hạ Long đón lượng khách kỷ lục dịp nghỉ lễ.',
      objectKey: 'incoming/ha-long.txt',
      url: 'https://bqn.example.vn/ha-long',
    });
    expect(await repository.saveArticle(record)).toEqual({ kind: 'stored', articleId: record.id });
    const again = buildRecord({
      body: 'Vịnh Hạ Long đón lượng khách kỷ lục dịp nghỉ lễ. Cập nhật.',
      objectKey: 'incoming/other.txt',
      url: 'https://BQN.example.vn/ha-long/',
    });
    expect(again.id).toBe(record.id);
    expect(await repository.saveArticle(again)).toEqual({ kind: 'duplicate', articleId: record.id });
    const stored = await repository.getArticle(record.id);
    expect(stored?.objectKey).toBe('incoming/ha-long.txt');
  });

  it('recognises the same text under another URL as a duplicate of the first article', async () => {
    const first = buildRecord({
      body: 'Cảng Cái Lân đón tàu container lớn nhất từ trước tới nay.',
      objectKey: 'incoming/cang-1.txt',
      url: 'https://a.example.vn/cang',
    });
    const copy = buildRecord({
      body: 'Cảng Cái Lân  đón tàu container lớn nhất từ trước tới nay.',
      objectKey: 'incoming/cang-2.txt',
      url: 'https://b.example.vn/cang-cai-lan',
    });
    expect(copy.id).not.toBe(first.id);
    await repository.saveArticle(first);
    expect(await repository.saveArticle(copy)).toEqual({ kind: 'duplicate', articleId: first.id });
    expect(await repository.getArticle(copy.id)).toBeNull();
  });

  it('completes an interrupted save of the same delivery instead of calling it a duplicate', async () => {
    const record = buildRecord({
      body: 'Móng Cái mở thêm luồng thông quan hàng hóa.',
      objectKey: 'incoming/mong-cai.txt',
    });
    await repository.saveArticle(record);
    expect(await repository.saveArticle(record)).toEqual({ kind: 'stored', articleId: record.id });
  });

  it('returns the full record with removed lines and province evidence', async () => {
    const record = buildRecord({
      body: 'Quảng Ninh khởi công cầu Bến Rừng nối Hải Phòng.',
      objectKey: 'incoming/cau.txt',
      publishedAt: '2024-03-02T08:00:00+07:00',
    });
    await repository.saveArticle(record);
    const stored = await repository.getArticle(record.id);
    expect(stored).toEqual(record);
    expect(stored?.removed).toEqual([{ text: 'Chia sẻ Facebook', reason: 'share-widget' }]);
    expect(stored?.province?.evidence).toEqual(['tỉnh Quảng Ninh']);
  });
});

describe('DynamoDbArticleRepository: object outcomes', () => {
  it('keeps the first outcome of a delivery unit and lists an object version by line', async () => {
    const base = { objectKey: 'incoming/batch.jsonl', etag: 'v1', recordedAt: '2025-01-09T00:00:00.000Z' };
    const stored: ObjectOutcome = { ...base, line: 1, kind: 'stored', articleId: 'u1' };
    const rejected: ObjectOutcome = {
      ...base,
      line: 2,
      kind: 'rejected',
      reason: 'malformed-json',
      message: 'không phải JSON',
    };
    await repository.recordObjectOutcome(rejected);
    await repository.recordObjectOutcome(stored);
    await repository.recordObjectOutcome({ ...stored, kind: 'duplicate' });
    expect(await repository.findObjectOutcome({ objectKey: base.objectKey, etag: 'v1', line: 1 })).toEqual(
      stored,
    );
    expect(await repository.listObjectOutcomes(base.objectKey, 'v1')).toEqual([stored, rejected]);
    expect(await repository.listObjectOutcomes(base.objectKey, 'v2')).toEqual([]);
    expect(await repository.findObjectOutcome({ objectKey: base.objectKey, etag: 'v1', line: 3 })).toBeNull();
  });

  it('lists rejections newest first with a cursor', async () => {
    for (const [index, reason] of (['binary', 'empty', 'too-large'] as const).entries()) {
      await repository.recordObjectOutcome({
        objectKey: `incoming/bad-${index}.txt`,
        etag: 'x',
        recordedAt: `2025-01-0${index + 1}T00:00:00.000Z`,
        kind: 'rejected',
        reason,
        message: reason,
      });
    }
    const first = await repository.listRejections({ limit: 2 });
    const reasons = first.items.map((item) => (item.kind === 'rejected' ? item.reason : null));
    expect(reasons).toContain('too-large');
    expect(first.next).not.toBeNull();
    const rest = await repository.listRejections({ limit: 10, after: first.next ?? undefined });
    const seen = [...first.items, ...rest.items].map((item) => item.objectKey);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('DynamoDbArticleRepository: the "all" listing across yearly partitions', () => {
  it('pages newest first from one year into the previous one', async () => {
    const isolated = new DynamoDbArticleRepository(
      aws.dynamodb,
      aws.resources.tableName,
      () => new Date('2025-01-10T00:00:00Z'),
    );
    const dates = ['2021-05-01T00:00:00+07:00', '2021-12-31T23:00:00+07:00', '2022-01-02T00:00:00+07:00'];
    for (const [index, publishedAt] of dates.entries()) {
      await isolated.saveArticle(
        buildRecord({
          body: `Bản tin lưu trữ số ${index} về du lịch biển đảo.`,
          objectKey: `incoming/old-${index}.txt`,
          publishedAt,
        }),
      );
    }
    const range = { from: '2021-01-01T00:00:00.000Z', to: '2022-12-31T23:59:59.999Z' };
    const first = await isolated.listArticles({ listing: { kind: 'all' }, ...range, limit: 2 });
    expect(first.items.map((item) => item.publishedAt)).toEqual([dates[2], dates[1]]);
    const second = await isolated.listArticles({
      listing: { kind: 'all' },
      ...range,
      limit: 2,
      after: first.next ?? undefined,
    });
    expect(second.items.map((item) => item.publishedAt)).toEqual([dates[0]]);
    expect(second.next).toBeNull();
  });

  it('rejects a page key that belongs to another listing', async () => {
    await expect(
      repository.listArticles({
        listing: { kind: 'province', code: '22' },
        limit: 2,
        after: { key: { pk: 'ART#x', sk: 'ARTICLE' } },
      }),
    ).rejects.toThrow(InvalidCursorError);
  });
});
