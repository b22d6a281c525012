// Issue #8, a poison message visible with its reason: when a fault fails an ingest message, the real
// handler records why beside the object's receipts (error class, a message without internals, the
// receive count, the time); the next complete processing clears it, and a receipt that cannot be written
// changes nothing about the message's result. Faults are injected into the real SDK clients.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import type { IngestHandler } from '../../../functions/ingest/create-ingest-handler.ts';
import { CA_MAU_PAGE, HA_GIANG_PAGE, renderScrapedPage, type PageFixture } from '../../helpers/articles.ts';
import { createIngestHarness, uploadObject } from '../../helpers/ingest-harness.ts';
import { buildLambdaContext } from '../../helpers/lambda-context.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';
import { buildS3Event } from '../../helpers/s3-event.ts';
import { buildSqsEvent, buildSqsRecord } from '../../helpers/sqs-event.ts';

/** What an AWS error message may carry and a user must never see. */
const INTERNAL_DETAIL = 'arn:aws:s3:::tinsach-raw-123456789012 request 7F3A9C';

let aws: LocalAws;
let repository: DynamoDbArticleRepository;
let ingest: IngestHandler;
/** Keys whose S3 reads fail, as an S3 outage would. */
const unreadableKeys = new Set<string>();
let failureWritesFail = false;
let failureWritesAttempted = 0;

beforeAll(async () => {
  aws = await startLocalAws();
  // At the initialize step, outside the SDK's retries: one injected error per call, no waiting.
  aws.s3.middlewareStack.add(
    (next) => async (args) => {
      const key = (args.input as { Key?: string }).Key;
      if (key !== undefined && unreadableKeys.has(key)) {
        throw Object.assign(new Error(`Service is unavailable for ${INTERNAL_DETAIL}`), {
          name: 'ServiceUnavailable',
          $fault: 'server',
          $metadata: { httpStatusCode: 503 },
        });
      }
      return next(args);
    },
    { step: 'initialize', name: 'failReadsOfSomeKeys' },
  );
  aws.dynamodb.middlewareStack.add(
    (next) => async (args) => {
      const item = (args.input as { Item?: Record<string, unknown> }).Item;
      if (item?.['itemType'] === 'failure') {
        failureWritesAttempted++;
        if (failureWritesFail) {
          throw Object.assign(new Error('Internal server error'), { name: 'InternalServerError' });
        }
      }
      return next(args);
    },
    { step: 'initialize', name: 'failFailureReceipts' },
  );
  ({ repository, ingest } = createIngestHarness(aws));
});

beforeEach(() => {
  unreadableKeys.clear();
  failureWritesFail = false;
  failureWritesAttempted = 0;
});

afterAll(async () => {
  await aws?.stop();
});

function delivery(key: string, etag: string, messageId: string, receiveCount: number) {
  const record = buildSqsRecord(buildS3Event([{ bucket: aws.resources.bucketName, key, etag }]), messageId);
  return { ...record, attributes: { ...record.attributes, ApproximateReceiveCount: String(receiveCount) } };
}

function withTitle(page: PageFixture, title: string): PageFixture {
  return { ...page, title, paragraphs: [...page.paragraphs, `${title} là tin được cập nhật trong ngày.`] };
}

describe('failure receipts', () => {
  it('records why a message failed: error class, a message without internals, receive count, time', async () => {
    const key = 'incoming/loi s3/ha-giang.txt';
    const etag = await uploadObject(
      aws,
      key,
      renderScrapedPage(withTitle(HA_GIANG_PAGE, 'Hà Giang mở chợ phiên')),
    );
    unreadableKeys.add(key);
    const before = new Date().toISOString();

    const response = await ingest(buildSqsEvent([delivery(key, etag, 'hong', 3)]), buildLambdaContext());

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'hong' }]);
    const { failure, outcomes } = await repository.readDeliveryRecords(key, etag);
    expect(outcomes).toEqual([]);
    expect(failure).toMatchObject({
      objectKey: key,
      etag,
      errorName: 'StorageUnavailableError',
      message: `storage unavailable during read ${key} (ServiceUnavailable)`,
      receiveCount: 3,
    });
    const failedAt = failure?.failedAt ?? '';
    expect(failedAt >= before && failedAt <= new Date().toISOString()).toBe(true);
    expect(JSON.stringify(failure)).not.toContain('arn:aws');
    expect(JSON.stringify(failure)).not.toContain('7F3A9C');
    // A failure is not an outcome: lists of outcomes never show it.
    expect(await repository.listObjectOutcomes(key)).toEqual([]);
  });

  it('keeps the latest failure only, and clears it once the object is processed', async () => {
    const key = 'incoming/loi s3/ca-mau.txt';
    const page = withTitle(CA_MAU_PAGE, 'Cà Mau xây kè chống sạt lở');
    const etag = await uploadObject(aws, key, renderScrapedPage(page));
    unreadableKeys.add(key);
    await ingest(buildSqsEvent([delivery(key, etag, 'lan-1', 1)]), buildLambdaContext());
    await ingest(buildSqsEvent([delivery(key, etag, 'lan-1', 2)]), buildLambdaContext());
    expect((await repository.readDeliveryRecords(key, etag)).failure?.receiveCount).toBe(2);

    unreadableKeys.delete(key);
    const response = await ingest(buildSqsEvent([delivery(key, etag, 'lan-1', 3)]), buildLambdaContext());

    expect(response.batchItemFailures).toEqual([]);
    const { failure, outcomes } = await repository.readDeliveryRecords(key, etag);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['stored']);
    expect(failure).toBeNull();
  });

  it('fails the same messages, and only those, when the failure receipt cannot be written', async () => {
    const failingKey = 'incoming/loi s3/khong ghi duoc.txt';
    const goodKey = 'incoming/loi s3/van tot.txt';
    const failingEtag = await uploadObject(
      aws,
      failingKey,
      renderScrapedPage(withTitle(HA_GIANG_PAGE, 'Hà Giang trồng chè shan tuyết')),
    );
    const goodEtag = await uploadObject(
      aws,
      goodKey,
      renderScrapedPage(withTitle(CA_MAU_PAGE, 'Cà Mau nuôi tôm sinh thái')),
    );
    unreadableKeys.add(failingKey);
    failureWritesFail = true;

    const response = await ingest(
      buildSqsEvent([delivery(failingKey, failingEtag, 'hong', 1), delivery(goodKey, goodEtag, 'tot', 1)]),
      buildLambdaContext(),
    );

    expect(failureWritesAttempted).toBe(1);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'hong' }]);
    expect((await repository.readDeliveryRecords(failingKey, failingEtag)).failure).toBeNull();
    expect((await repository.listObjectOutcomes(goodKey, goodEtag)).map((outcome) => outcome.kind)).toEqual([
      'stored',
    ]);
  });
});
