import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import type { IngestHandler } from '../../../functions/ingest/create-ingest-handler.ts';
import { CA_MAU_PAGE, HA_GIANG_PAGE, renderScrapedPage, type PageFixture } from '../../helpers/articles.ts';
import { buildLambdaContext } from '../../helpers/lambda-context.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';
import { buildS3Event, S3_TEST_EVENT } from '../../helpers/s3-event.ts';
import { buildSqsEvent, buildSqsRecord } from '../../helpers/sqs-event.ts';
import { createIngestHarness, uploadObject } from '../../helpers/ingest-harness.ts';

/** Small on purpose, so the size cap can be tested with a few kilobytes. */
const TEST_MAX_OBJECT_BYTES = 64 * 1024;

let aws: LocalAws;
let repository: DynamoDbArticleRepository;
let ingest: IngestHandler;

beforeAll(async () => {
  aws = await startLocalAws();
  ({ repository, ingest } = createIngestHarness(aws, TEST_MAX_OBJECT_BYTES));
});

afterAll(async () => {
  await aws?.stop();
});

const upload = (key: string, body: string | Uint8Array, metadata?: Record<string, string>) =>
  uploadObject(aws, key, body, metadata);

function withExtraParagraph(page: PageFixture, paragraph: string): PageFixture {
  return { ...page, paragraphs: [...page.paragraphs, paragraph] };
}

function notify(key: string, etag: string, messageId?: string) {
  return buildSqsRecord(buildS3Event([{ bucket: aws.resources.bucketName, key, etag }]), messageId);
}

describe('ingest handler', () => {
  it('stores a scraped page with its metadata and cleaned body', async () => {
    const key = 'incoming/2024/ha giang lễ hội.txt';
    const etag = await upload(key, renderScrapedPage(HA_GIANG_PAGE), {
      'source-url': 'https://tin.example.vn/le-hoi?utm_source=zalo',
    });
    const response = await ingest(buildSqsEvent([notify(key, etag)]), buildLambdaContext());
    expect(response.batchItemFailures).toEqual([]);
    const [outcome] = await repository.listObjectOutcomes(key, etag);
    expect(outcome?.kind).toBe('stored');
    const article = outcome?.kind === 'stored' ? await repository.getArticle(outcome.articleId) : null;
    expect(article?.title).toBe(HA_GIANG_PAGE.title);
    expect(article?.canonicalUrl).toBe('https://tin.example.vn/le-hoi');
    expect(article?.body).toContain('lễ hội hoa tam giác mạch');
    expect(article?.body).not.toContain('Chia sẻ Facebook');
    expect(article?.removed.length).toBeGreaterThan(0);
  });

  it('records a missing object as rejected not-found, without failing its message or the others', async () => {
    const key = 'incoming/ca-mau.txt';
    const etag = await upload(key, renderScrapedPage(CA_MAU_PAGE));
    const event = buildSqsEvent([
      notify(key, etag, 'good'),
      notify('incoming/da-bi-xoa.txt', 'gone', 'missing'),
    ]);
    const response = await ingest(event, buildLambdaContext());
    expect(response.batchItemFailures).toEqual([]);
    expect((await repository.listObjectOutcomes(key, etag))[0]?.kind).toBe('stored');
    expect(await repository.listObjectOutcomes('incoming/da-bi-xoa.txt', 'gone')).toEqual([
      expect.objectContaining({ kind: 'rejected', reason: 'not-found' }),
    ]);
  });

  it('leaves one article when the same event is delivered twice; the second outcome is a duplicate', async () => {
    const key = 'incoming/lap-lai.json';
    const body = JSON.stringify({
      text: renderScrapedPage({ ...CA_MAU_PAGE, title: 'Cà Mau trồng mới rừng ngập mặn' }),
      url: 'https://camau.example.vn/rung',
    });
    const etag = await upload(key, body);
    await ingest(buildSqsEvent([notify(key, etag)]), buildLambdaContext());
    const outcomesAfterFirst = await repository.listObjectOutcomes(key, etag);
    const response = await ingest(buildSqsEvent([notify(key, etag)]), buildLambdaContext());
    expect(response.batchItemFailures).toEqual([]);
    expect(await repository.listObjectOutcomes(key, etag)).toEqual(outcomesAfterFirst);
    expect(outcomesAfterFirst).toHaveLength(1);

    // The same page uploaded under another key is one article too, reported as a duplicate.
    const copyKey = 'incoming/lap-lai-ban-sao.json';
    const copyEtag = await upload(copyKey, body);
    await ingest(buildSqsEvent([notify(copyKey, copyEtag)]), buildLambdaContext());
    const [copyOutcome] = await repository.listObjectOutcomes(copyKey, copyEtag);
    const [firstOutcome] = outcomesAfterFirst;
    expect(copyOutcome?.kind).toBe('duplicate');
    expect(copyOutcome && 'articleId' in copyOutcome ? copyOutcome.articleId : null).toBe(
      firstOutcome && 'articleId' in firstOutcome ? firstOutcome.articleId : undefined,
    );
  });

  it('stores the good lines of a JSONL batch and rejects the bad one with its line number', async () => {
    const key = 'incoming/crawl-01.jsonl.gz';
    const lines = [
      // Pages of their own: the fixtures' other texts were stored by earlier tests and would be duplicates.
      JSON.stringify({
        text: renderScrapedPage(
          withExtraParagraph(
            HA_GIANG_PAGE,
            'Du khách được trải nghiệm làm bánh tam giác mạch cùng người dân bản địa.',
          ),
        ),
        url: 'https://hg.example.vn/1',
      }),
      JSON.stringify({
        text: renderScrapedPage(
          withExtraParagraph(
            CA_MAU_PAGE,
            'Ngành chức năng cũng đã di dời các hộ dân ở khu vực nguy hiểm đến nơi an toàn.',
          ),
        ),
        url: 'https://cm.example.vn/2',
      }),
      '{"url": "https://hg.example.vn/3", "text": ',
      JSON.stringify({ title: 'Không có nội dung' }),
    ];
    const etag = await upload(key, gzipSync(lines.join('\n')));
    const response = await ingest(buildSqsEvent([notify(key, etag)]), buildLambdaContext());
    expect(response.batchItemFailures).toEqual([]);
    const outcomes = await repository.listObjectOutcomes(key, etag);
    expect(outcomes.map((outcome) => [outcome.line, outcome.kind])).toEqual([
      [1, 'stored'],
      [2, 'stored'],
      [3, 'rejected'],
      [4, 'rejected'],
    ]);
    const reasons = outcomes.map((outcome) => (outcome.kind === 'rejected' ? outcome.reason : null));
    expect(reasons.slice(2)).toEqual(['malformed-json', 'missing-text']);
  });

  it('records bad objects as rejected without failing the message', async () => {
    const tooLarge = await upload('incoming/qua-lon.txt', 'Tin dài. '.repeat(TEST_MAX_OBJECT_BYTES / 4));
    const binary = await upload(
      'incoming/anh.txt',
      Uint8Array.from({ length: 256 }, (_, i) => i % 16),
    );
    const pdf = await upload('incoming/bao-cao.pdf', '%PDF-1.7 báo cáo');
    const html = await upload('incoming/trang.html', '<html><body><p>Xin chào</p></body></html>');
    const response = await ingest(
      buildSqsEvent([
        notify('incoming/qua-lon.txt', tooLarge),
        notify('incoming/anh.txt', binary),
        notify('incoming/bao-cao.pdf', pdf),
        notify('incoming/trang.html', html),
        notify('archive/cu.txt', 'old-etag'),
      ]),
      buildLambdaContext(),
    );
    expect(response.batchItemFailures).toEqual([]);
    const reasonOf = async (key: string, etag: string) => {
      const [outcome] = await repository.listObjectOutcomes(key, etag);
      return outcome?.kind === 'rejected' ? outcome.reason : outcome?.kind;
    };
    expect(await reasonOf('incoming/qua-lon.txt', tooLarge)).toBe('too-large');
    expect(await reasonOf('incoming/anh.txt', binary)).toBe('binary');
    expect(await reasonOf('incoming/bao-cao.pdf', pdf)).toBe('unsupported-type');
    // A page with no article text in it is rejected after extraction, not for its type.
    expect(await reasonOf('incoming/trang.html', html)).toBe('not-article');
    expect(await reasonOf('archive/cu.txt', 'old-etag')).toBe('outside-prefix');
    const rejections = await repository.listRejections({ limit: 50 });
    expect(rejections.items.map((item) => item.objectKey)).toEqual(
      expect.arrayContaining(['incoming/anh.txt', 'archive/cu.txt']),
    );
  });

  it('rejects a listing page as not an article, with the reason visible', async () => {
    const listing = [
      'Trang chủ > Kinh tế',
      'Giá lúa tăng nhẹ sau đợt mưa lớn ở miền Tây',
      'Cảng biển phía Bắc đón lượng hàng kỷ lục trong tháng',
      'Doanh nghiệp thủy sản tìm thị trường mới cho cá tra',
      'Nông dân trồng sầu riêng lo ngại giá phân bón tăng',
      'Ngân hàng giảm lãi suất cho vay mua nhà ở xã hội',
      'Xuất khẩu gạo đạt mức cao nhất trong mười năm',
      'Chợ đầu mối nông sản mở cửa trở lại sau sửa chữa',
      'Trang 1 2 3 4 5 Tiếp',
    ].join('\n\n');
    const etag = await upload('incoming/chuyen-muc-kinh-te.txt', listing);
    const response = await ingest(
      buildSqsEvent([notify('incoming/chuyen-muc-kinh-te.txt', etag)]),
      buildLambdaContext(),
    );
    expect(response.batchItemFailures).toEqual([]);
    const [outcome] = await repository.listObjectOutcomes('incoming/chuyen-muc-kinh-te.txt', etag);
    expect(outcome).toMatchObject({ kind: 'rejected', reason: 'not-article' });
    expect(outcome?.kind === 'rejected' ? outcome.message : '').toMatch(/^not a news article: /);
  });

  it('ignores the S3 test event and fails a message that is not an S3 notification', async () => {
    const response = await ingest(
      buildSqsEvent([
        buildSqsRecord(S3_TEST_EVENT, 'test-event'),
        buildSqsRecord('không phải JSON', 'garbled'),
      ]),
      buildLambdaContext(),
    );
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'garbled' }]);
  });
});
