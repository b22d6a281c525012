// Issue #8, DynamoDB throttling: the client backs off and retries, so a short burst of throttles
// still ends in a stored article; throttling that does not stop fails the message, which SQS retries.
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import type { IngestHandler } from '../../../functions/ingest/create-ingest-handler.ts';
import { CA_MAU_PAGE, HA_GIANG_PAGE, renderScrapedPage } from '../../helpers/articles.ts';
import { buildLambdaContext } from '../../helpers/lambda-context.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';
import { buildS3Event } from '../../helpers/s3-event.ts';
import { buildSqsEvent, buildSqsRecord } from '../../helpers/sqs-event.ts';
import { createIngestHarness } from '../../helpers/ingest-harness.ts';

/** Fewer than the SDK's default attempts per call (3), so a burst this long is absorbed by its retries. */
const SHORT_BURST_THROTTLES = 2;
/** More throttled calls than any one ingest makes, so every call exhausts its retries. */
const ENDLESS_THROTTLES = Number.MAX_SAFE_INTEGER;

let aws: LocalAws;
let repository: DynamoDbArticleRepository;
let ingest: IngestHandler;
let throttlesLeft = 0;
let throttlesSent = 0;

beforeAll(async () => {
  aws = await startLocalAws();
  // Inside the SDK's retry loop (deserialize runs after finalizeRequest's retry), as a real throttle is.
  aws.dynamodb.middlewareStack.add(
    (next) => async (args) => {
      if (throttlesLeft > 0) {
        throttlesLeft--;
        throttlesSent++;
        throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
          name: 'ThrottlingException',
          $fault: 'client',
          $metadata: { httpStatusCode: 400 },
        });
      }
      return next(args);
    },
    { step: 'deserialize', name: 'injectThrottling' },
  );
  ({ repository, ingest } = createIngestHarness(aws));
});

beforeEach(() => {
  throttlesLeft = 0;
  throttlesSent = 0;
});

afterAll(async () => {
  await aws?.stop();
});

async function uploadAndNotify(key: string, text: string, messageId: string) {
  const put = await aws.s3.send(
    new PutObjectCommand({ Bucket: aws.resources.bucketName, Key: key, Body: text }),
  );
  const etag = (put.ETag ?? '').replace(/"/g, '');
  return {
    etag,
    record: buildSqsRecord(buildS3Event([{ bucket: aws.resources.bucketName, key, etag }]), messageId),
  };
}

describe('DynamoDB throttling', () => {
  it('backs off and stores the article when throttling stops', async () => {
    const key = 'incoming/dieu-tiet-ngan.txt';
    const { etag, record } = await uploadAndNotify(key, renderScrapedPage(HA_GIANG_PAGE), 'ngan');
    throttlesLeft = SHORT_BURST_THROTTLES;
    const response = await ingest(buildSqsEvent([record]), buildLambdaContext());
    expect(throttlesSent).toBe(SHORT_BURST_THROTTLES);
    expect(response.batchItemFailures).toEqual([]);
    expect((await repository.listObjectOutcomes(key, etag))[0]?.kind).toBe('stored');
  });

  it('fails the message for a retry when throttling does not stop, and stores it on redelivery', async () => {
    const key = 'incoming/dieu-tiet-dai.txt';
    const { etag, record } = await uploadAndNotify(key, renderScrapedPage(CA_MAU_PAGE), 'dai');
    throttlesLeft = ENDLESS_THROTTLES;
    const throttled = await ingest(buildSqsEvent([record]), buildLambdaContext());
    expect(throttlesSent).toBeGreaterThan(0);
    expect(throttled.batchItemFailures).toEqual([{ itemIdentifier: 'dai' }]);

    throttlesLeft = 0;
    const redelivered = await ingest(buildSqsEvent([record]), buildLambdaContext());
    expect(redelivered.batchItemFailures).toEqual([]);
    expect((await repository.listObjectOutcomes(key, etag))[0]?.kind).toBe('stored');
  });
});
