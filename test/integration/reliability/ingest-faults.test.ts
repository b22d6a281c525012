// Issue #8, input and delivery faults through the real ingest handler on the emulated stack: odd
// encodings, oversized and compressed-bomb objects, concurrent and out-of-order deliveries, and an
// object deleted between its notification and its processing (then uploaded again).
import { gzipSync } from 'node:zlib';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { DEFAULT_MAX_OBJECT_BYTES } from '#config/resources';
import { DEFAULT_MAX_DECOMPRESSED_BYTES } from '#domain/input/parse-object';
import type { IngestHandler } from '../../../functions/ingest/create-ingest-handler.ts';
import { CA_MAU_PAGE, HA_GIANG_PAGE, renderScrapedPage, type PageFixture } from '../../helpers/articles.ts';
import { buildLambdaContext } from '../../helpers/lambda-context.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';
import { buildS3Event } from '../../helpers/s3-event.ts';
import { buildSqsEvent, buildSqsRecord } from '../../helpers/sqs-event.ts';
import { createIngestHarness, uploadObject } from '../../helpers/ingest-harness.ts';

/**
 * Just over the production cap. The emulated S3 refuses uploads of some tens of megabytes, so the
 * issue's 50 MB object is tested against a stubbed client in test/unit/reliability/object-reader-cap.test.ts.
 */
const OVERSIZED_OBJECT_BYTES = DEFAULT_MAX_OBJECT_BYTES + 1024 * 1024;

let aws: LocalAws;
let repository: DynamoDbArticleRepository;
let ingest: IngestHandler;
/** S3 operations the reader sent, in order, so a test can see what was (not) downloaded. */
const s3Commands: string[] = [];

beforeAll(async () => {
  aws = await startLocalAws();
  aws.s3.middlewareStack.add(
    (next, context) => (args) => {
      s3Commands.push(String(context['commandName']));
      return next(args);
    },
    { step: 'initialize', name: 'recordCommandNames' },
  );
  ({ repository, ingest } = createIngestHarness(aws));
});

afterAll(async () => {
  await aws?.stop();
});

const upload = (key: string, body: string | Uint8Array, metadata?: Record<string, string>) =>
  uploadObject(aws, key, body, metadata);

function notify(key: string, etag: string, messageId?: string) {
  return buildSqsRecord(buildS3Event([{ bucket: aws.resources.bucketName, key, etag }]), messageId);
}

async function ingestOne(key: string, etag: string) {
  return ingest(buildSqsEvent([notify(key, etag)]), buildLambdaContext());
}

async function readStoredArticle(key: string, etag: string) {
  const [outcome] = await repository.listObjectOutcomes(key, etag);
  return outcome?.kind === 'stored' || outcome?.kind === 'duplicate'
    ? repository.getArticle(outcome.articleId)
    : null;
}

/** A page of its own per test: the same body twice would be a duplicate of the first (by content hash). */
function withTitle(page: PageFixture, title: string): PageFixture {
  return { ...page, title, paragraphs: [...page.paragraphs, `${title} là tin được cập nhật trong ngày.`] };
}

function encodeUtf16Le(text: string, withBom: boolean): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  return withBom ? Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]) : bytes;
}

/** Windows-1258 writes Vietnamese as a base letter plus a combining tone byte; enough of it for these fixtures. */
const WINDOWS_1258_BYTES: Readonly<Record<string, number>> = {
  '\u0300': 0xcc, // grave (huyền)
  '\u0301': 0xec, // acute (sắc)
  '\u0303': 0xde, // tilde (ngã)
  '\u0309': 0xd2, // hook above (hỏi)
  '\u0323': 0xf2, // dot below (nặng)
  Ă: 0xc3,
  ă: 0xe3,
  Â: 0xc2,
  â: 0xe2,
  Ê: 0xca,
  ê: 0xea,
  Ô: 0xd4,
  ô: 0xf4,
  Ơ: 0xd5,
  ơ: 0xf5,
  Ư: 0xdd,
  ư: 0xfd,
  Đ: 0xd0,
  đ: 0xf0,
};

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

function encodeWindows1258(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    // Split off the tone only: â/ơ/ư stay single bytes in Windows-1258, the tone follows as its own byte.
    const decomposed = char.normalize('NFD');
    const tones = decomposed.match(TONE_MARKS) ?? [];
    const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
    for (const part of [base, ...tones]) {
      const mapped = WINDOWS_1258_BYTES[part];
      if (mapped !== undefined) bytes.push(mapped);
      else if (part.length === 1 && part.charCodeAt(0) < 0x80) bytes.push(part.charCodeAt(0));
      else throw new Error(`fixture character ${part} has no Windows-1258 byte here`);
    }
  }
  return Uint8Array.from(bytes);
}

describe('encodings through the ingest handler', () => {
  it.each([
    ['UTF-16 LE with a byte-order mark', 'incoming/utf16-bom.txt', true],
    ['UTF-16 LE without a byte-order mark', 'incoming/utf16-khong-bom.txt', false],
  ])('stores a page sent as %s', async (_label, key, withBom) => {
    const page = withTitle(HA_GIANG_PAGE, `Hà Giang đón du khách ngắm hoa ${withBom ? 'sớm' : 'muộn'}`);
    const etag = await upload(key, encodeUtf16Le(renderScrapedPage(page), withBom));
    const response = await ingestOne(key, etag);
    expect(response.batchItemFailures).toEqual([]);
    const article = await readStoredArticle(key, etag);
    expect(article?.title).toBe(page.title);
    expect(article?.body).toContain('lễ hội hoa tam giác mạch');
  });

  it('stores a page sent as Windows-1258 bytes, in composed Unicode', async () => {
    const key = 'incoming/windows-1258.txt';
    const page = withTitle(CA_MAU_PAGE, 'Cà Mau gia cố đê biển trước mùa gió chướng');
    const bytes = encodeWindows1258(renderScrapedPage(page));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const etag = await upload(key, bytes);
    const response = await ingestOne(key, etag);
    expect(response.batchItemFailures).toEqual([]);
    const article = await readStoredArticle(key, etag);
    expect(article?.title).toBe(page.title.normalize('NFC'));
    expect(article?.body).toContain('tuyến đê biển Tây');
  });
});

describe('bad objects through the ingest handler', () => {
  it.each([
    ['an empty object', 'incoming/rong.txt', new Uint8Array(), 'empty'],
    [
      'invalid UTF-8 that is no Vietnamese encoding either',
      'incoming/latin1.txt',
      Uint8Array.from('Der Bürgermeister öffnete die Straße', (char) => char.charCodeAt(0)),
      'undecodable',
    ],
    [
      'malformed JSON',
      'incoming/hong.json',
      new TextEncoder().encode('{"text": "Tin sáng'),
      'malformed-json',
    ],
  ])(
    'records %s as rejected with its reason, without failing the message',
    async (_label, key, bytes, reason) => {
      const etag = await upload(key, bytes);
      const response = await ingestOne(key, etag);
      expect(response.batchItemFailures).toEqual([]);
      const outcomes = await repository.listObjectOutcomes(key, etag);
      expect(outcomes).toHaveLength(1);
      expect(outcomes[0]).toMatchObject({ kind: 'rejected', reason });
    },
  );

  it('finds an object whose key holds a literal "+", spaces and Vietnamese letters', async () => {
    // S3 sends "+" as %2B and a space as "+": decoding them the other way round would miss the object.
    const key = 'incoming/tin mới+cập nhật/Đắk Lắk c++.txt';
    const page = withTitle(CA_MAU_PAGE, 'Cà Mau trồng rừng phòng hộ ven biển');
    const etag = await upload(key, renderScrapedPage(page));
    const response = await ingestOne(key, etag);
    expect(response.batchItemFailures).toEqual([]);
    expect((await readStoredArticle(key, etag))?.title).toBe(page.title);
  });
});

describe('size limits', () => {
  it('rejects a gzip bomb batch as too-large-decompressed without failing the message', async () => {
    const key = 'incoming/bom-nen.jsonl.gz';
    // Highly compressible: a few hundred kilobytes of gzip that inflate past the decompressed cap.
    const bomb = gzipSync(Buffer.alloc(DEFAULT_MAX_DECOMPRESSED_BYTES + 1, 0x20));
    expect(bomb.length).toBeLessThan(DEFAULT_MAX_OBJECT_BYTES);
    const etag = await upload(key, bomb);
    const response = await ingestOne(key, etag);
    expect(response.batchItemFailures).toEqual([]);
    const outcomes = await repository.listObjectOutcomes(key, etag);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ kind: 'rejected', reason: 'too-large-decompressed' });
  });

  it('rejects an object over the cap as too-large from its announced size, without downloading it', async () => {
    const key = 'incoming/qua-lon.txt';
    const etag = await upload(key, Buffer.alloc(OVERSIZED_OBJECT_BYTES, 'Tin dài. '));
    s3Commands.length = 0;
    const response = await ingestOne(key, etag);
    expect(response.batchItemFailures).toEqual([]);
    expect(s3Commands).toContain('HeadObjectCommand');
    expect(s3Commands).not.toContain('GetObjectCommand');
    const [outcome] = await repository.listObjectOutcomes(key, etag);
    expect(outcome).toMatchObject({ kind: 'rejected', reason: 'too-large' });
    expect(outcome?.kind === 'rejected' ? outcome.message : '').toContain(String(OVERSIZED_OBJECT_BYTES));
  });
});

describe('delivery faults', () => {
  it('leaves one article when the same event is delivered twice concurrently', async () => {
    const key = 'incoming/dong-thoi.json';
    const body = JSON.stringify({
      text: renderScrapedPage(withTitle(HA_GIANG_PAGE, 'Hà Giang mở tuyến du lịch cao nguyên đá mới')),
      url: 'https://hagiang.example.vn/tuyen-moi',
    });
    const etag = await upload(key, body);
    const before = await repository.listArticles({ listing: { kind: 'all' }, limit: 100 });
    const responses = await Promise.all([
      ingest(buildSqsEvent([notify(key, etag, 'lan-1')]), buildLambdaContext()),
      ingest(buildSqsEvent([notify(key, etag, 'lan-2')]), buildLambdaContext()),
    ]);
    expect(responses.map((response) => response.batchItemFailures)).toEqual([[], []]);
    const after = await repository.listArticles({ listing: { kind: 'all' }, limit: 100 });
    expect(after.items.length - before.items.length).toBe(1);
    const outcomes = await repository.listObjectOutcomes(key, etag);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]?.kind).toBe('stored');
  });

  it('keeps the newer crawl of a URL when an older crawl arrives after it', async () => {
    const url = 'https://camau.example.vn/de-bien';
    const newerPage = withTitle(CA_MAU_PAGE, 'Cà Mau hoàn thành tuyến đê biển Tây');
    const olderPage = withTitle(CA_MAU_PAGE, 'Cà Mau khởi công tuyến đê biển Tây');
    const newerKey = 'incoming/de-bien-moi.txt';
    const olderKey = 'incoming/de-bien-cu.txt';
    const newerEtag = await upload(newerKey, renderScrapedPage(newerPage), {
      'source-url': url,
      'crawled-at': '2024-06-05T10:00:00Z',
    });
    const olderEtag = await upload(olderKey, renderScrapedPage(olderPage), {
      'source-url': url,
      'crawled-at': '2024-06-01T10:00:00Z',
    });
    expect((await ingestOne(newerKey, newerEtag)).batchItemFailures).toEqual([]);
    expect((await ingestOne(olderKey, olderEtag)).batchItemFailures).toEqual([]);
    const fromNewer = await readStoredArticle(newerKey, newerEtag);
    const fromOlder = await readStoredArticle(olderKey, olderEtag);
    expect(fromOlder?.id).toBe(fromNewer?.id);
    expect(fromNewer?.title).toBe(newerPage.title);
    expect(fromNewer?.crawledAt).toBe('2024-06-05T10:00:00Z');
  });

  it('records an object deleted before processing as not-found, failing no message', async () => {
    const goodKey = 'incoming/con-lai.txt';
    const goneKey = 'incoming/da-xoa truoc khi xu ly.txt';
    const goodEtag = await upload(
      goodKey,
      renderScrapedPage(withTitle(HA_GIANG_PAGE, 'Hà Giang làm đường lên Lũng Cú')),
    );
    const goneEtag = await upload(
      goneKey,
      renderScrapedPage(withTitle(CA_MAU_PAGE, 'Cà Mau nạo vét kênh rạch')),
    );
    await aws.s3.send(new DeleteObjectCommand({ Bucket: aws.resources.bucketName, Key: goneKey }));
    const response = await ingest(
      buildSqsEvent([notify(goodKey, goodEtag, 'con'), notify(goneKey, goneEtag, 'mat')]),
      buildLambdaContext(),
    );
    expect(response.batchItemFailures).toEqual([]);
    expect((await repository.listObjectOutcomes(goodKey, goodEtag))[0]?.kind).toBe('stored');
    const [gone] = await repository.listObjectOutcomes(goneKey, goneEtag);
    expect(gone).toMatchObject({ kind: 'rejected', reason: 'not-found', etag: goneEtag });
    const rejections = await repository.listRejections({ limit: 100 });
    expect(rejections.items.map((item) => item.objectKey)).toContain(goneKey);

    // A repeated notification finds the same rejection: nothing new is recorded.
    expect((await ingestOne(goneKey, goneEtag)).batchItemFailures).toEqual([]);
    expect(await repository.listObjectOutcomes(goneKey, goneEtag)).toEqual([gone]);
  });

  it('stores the same bytes uploaded again after the delete, replacing the not-found record', async () => {
    const key = 'incoming/xoa roi tai len lai.txt';
    const page = withTitle(CA_MAU_PAGE, 'Cà Mau khơi thông luồng lạch cho tàu cá');
    const etag = await upload(key, renderScrapedPage(page));
    await aws.s3.send(new DeleteObjectCommand({ Bucket: aws.resources.bucketName, Key: key }));
    await ingestOne(key, etag);
    expect(await repository.listObjectOutcomes(key, etag)).toEqual([
      expect.objectContaining({ kind: 'rejected', reason: 'not-found' }),
    ]);

    // Same key, same bytes: the same ETag as the deleted version, whose receipt says not-found.
    expect(await upload(key, renderScrapedPage(page))).toBe(etag);
    expect((await ingestOne(key, etag)).batchItemFailures).toEqual([]);

    const outcomes = await repository.listObjectOutcomes(key, etag);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['stored']);
    expect((await readStoredArticle(key, etag))?.title).toBe(page.title);
    const rejections = await repository.listRejections({ limit: 100 });
    expect(rejections.items.map((item) => item.objectKey)).not.toContain(key);
  });
});
