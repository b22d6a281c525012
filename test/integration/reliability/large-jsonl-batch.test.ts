// A .jsonl.gz crawl batch too long for one invocation, through the real handler on the emulators: the
// invocation's time runs out before the batch is done, and the batch must still be finished, every line
// with exactly one outcome, without failing a message or filling the dead-letter queue. Through the local
// event source poller; the time each invocation has left is a countdown that drops a second each time
// the handler asks, so a batch of some twenty lines needs several invocations however fast the machine
// is. The full-size batch (twenty megabytes inflated) is bench/handler-memory.ts's.
import { gzipSync } from 'node:zlib';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SqsContinuationQueue } from '#adapters/sqs/continuation-queue';
import { INGEST_QUEUE } from '#config/resources';
import type { ObjectOutcome } from '#ports/article-repository';
import type { IngestHandlerDependencies } from '../../../functions/ingest/create-ingest-handler.ts';
import { CA_MAU_PAGE, HA_GIANG_PAGE, renderScrapedPage } from '../../helpers/articles.ts';
import { createTestIngestHandler, startQueueHarness, uploadObject } from '../../helpers/ingest-harness.ts';
import type { QueueHarness } from '../../helpers/ingest-harness.ts';
import { buildLambdaContext } from '../../helpers/lambda-context.ts';
import { countQueueMessages, waitUntil } from '../../helpers/queue-waits.ts';
import { buildS3Event } from '../../helpers/s3-event.ts';
import { buildSqsEvent, buildSqsRecord } from '../../helpers/sqs-event.ts';

const POLLER_TIMEOUTS = {
  /** The real limit, which the invocations never approach: the countdown below ends them first. */
  functionTimeoutSeconds: 30,
  /** Not shorter than the function timeout, as AWS requires. */
  visibilityTimeoutSeconds: 30,
};
/** Each invocation starts with this much left, and loses COUNTDOWN_STEP_MS each time it is asked. */
const COUNTDOWN_START_MS = 12_000;
const COUNTDOWN_STEP_MS = 1_000;
const UNIT_RESERVE_MS = 4_000;
/** So at most this many units start in one invocation (the first, then one per answer above the reserve). */
const MAX_UNITS_PER_INVOCATION = 1 + (COUNTDOWN_START_MS - UNIT_RESERVE_MS) / COUNTDOWN_STEP_MS;
const WAIT_LIMITS = { limitMs: 60_000, intervalMs: 100 };

const GOOD_LINES = 20;
/** Physical line number -> the bad content there and the reason it must be rejected with. */
const BAD_LINES = new Map<number, { content: string; reason: string }>([
  [3, { content: '{"text": "dòng hỏng', reason: 'malformed-json' }],
  [9, { content: '{"text": 42}', reason: 'invalid-envelope' }],
  [17, { content: '{"title": "Chỉ có tiêu đề"}', reason: 'missing-text' }],
]);
/** Blank lines are layout: no outcome, but they keep the numbering physical. */
const BLANK_LINES = new Set([12, 13]);

const TOPICS = [
  'mở lớp dạy nghề dệt lanh',
  'sửa đường lên cột cờ',
  'thả giống cua biển',
  'đón tàu cá về bến tránh bão',
  'lắp điện mặt trời cho trường học',
  'khánh thành cầu dân sinh',
];

let harness: QueueHarness;

beforeAll(async () => {
  harness = await startQueueHarness();
});

afterEach(async () => {
  await harness?.stopPoller();
});

afterAll(async () => {
  await harness?.stop();
});

/**
 * One article per line, each from its own site (a site's repeated lines would be learnt as its
 * template), with the bad and blank lines at their numbers. Returns the body and, per physical line,
 * the outcome kind expected (undefined for a blank line).
 */
function buildBatch(prefix: string): { body: string; expected: Map<number, string> } {
  const lines: string[] = [];
  const expected = new Map<number, string>();
  let good = 0;
  for (let number = 1; good < GOOD_LINES || lines.length < Math.max(...BAD_LINES.keys()); number++) {
    const bad = BAD_LINES.get(number);
    if (bad) {
      lines.push(bad.content);
      expected.set(number, `rejected:${bad.reason}`);
    } else if (BLANK_LINES.has(number)) {
      lines.push(number % 2 === 0 ? '' : '   ');
    } else {
      const page = good % 2 === 0 ? HA_GIANG_PAGE : CA_MAU_PAGE;
      const title = `${page.title.split(' ').slice(0, 2).join(' ')} ${TOPICS[good % TOPICS.length]} (${prefix} ${good})`;
      const text = renderScrapedPage({
        ...page,
        title,
        paragraphs: [...page.paragraphs, `${title} là tin được cập nhật trong ngày.`],
      });
      lines.push(JSON.stringify({ url: `https://${prefix}-${good}.example.vn/tin/${good}.html`, text }));
      expected.set(number, 'stored');
      good++;
    }
  }
  return { body: lines.join('\n') + '\n', expected };
}

function createHandler(extra: Partial<IngestHandlerDependencies>) {
  return createTestIngestHandler(harness, { articles: harness.repository, ...extra });
}

/** A Lambda context whose time left drops by a fixed step each time it is read. */
function countdownContext(context: Context = buildLambdaContext()): Context {
  let remaining = COUNTDOWN_START_MS + COUNTDOWN_STEP_MS;
  return {
    ...context,
    getRemainingTimeInMillis: () => {
      remaining = Math.max(0, remaining - COUNTDOWN_STEP_MS);
      return remaining;
    },
  };
}

const describeOutcome = (outcome: ObjectOutcome): string =>
  outcome.kind === 'rejected' ? `rejected:${outcome.reason}` : outcome.kind;

describe('a .jsonl.gz batch longer than one invocation', () => {
  it('is finished over several invocations, handed over through the queue, one outcome per line', async () => {
    const key = 'incoming/lo-lon/lo-dai.jsonl.gz';
    const { body, expected } = buildBatch('lo-dai');
    const etag = await uploadObject(harness, key, gzipSync(body));
    const event = buildS3Event([{ bucket: harness.resources.bucketName, key, etag }]);
    await harness.sqs.send(
      new SendMessageCommand({ QueueUrl: harness.resources.queueUrl, MessageBody: JSON.stringify(event) }),
    );

    const handler = createHandler({
      continuations: new SqsContinuationQueue(harness.sqs, harness.resources.queueUrl),
      unitReserveMs: UNIT_RESERVE_MS,
    });
    const continuations: number[] = [];
    const batches = await harness.startPoller(async (sqsEvent: SQSEvent, context) => {
      for (const record of sqsEvent.Records) {
        const attribute = record.messageAttributes[INGEST_QUEUE.continuationAttribute];
        continuations.push(Number(attribute?.stringValue ?? 0));
      }
      return handler(sqsEvent, countdownContext(context));
    }, POLLER_TIMEOUTS);

    const outcomesNow = async () => (await harness.repository.readDeliveryRecords(key, etag)).outcomes;
    await waitUntil(async () => (await outcomesNow()).length >= expected.size, WAIT_LIMITS);
    await waitUntil(
      async () => (await countQueueMessages(harness.sqs, harness.resources.queueUrl)) === 0,
      WAIT_LIMITS,
    );

    // Several invocations, each a fresh message counting the hand-overs; none failed.
    expect(batches.length).toBeGreaterThanOrEqual(Math.ceil(expected.size / MAX_UNITS_PER_INVOCATION));
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(continuations).toEqual(batches.map((_, index) => index));
    expect(batches.every((batch) => batch.failed === 0 && batch.error === undefined)).toBe(true);
    expect(await countQueueMessages(harness.sqs, harness.resources.deadLetterQueueUrl)).toBe(0);

    // Counted in = counted out: one outcome per non-blank line, of the expected kind, at its number.
    const outcomes = await outcomesNow();
    expect(new Map(outcomes.map((outcome) => [outcome.line, describeOutcome(outcome)]))).toEqual(expected);
    expect(outcomes).toHaveLength(expected.size);
    const stored = outcomes.flatMap((outcome) => (outcome.kind === 'stored' ? [outcome] : []));
    expect(stored).toHaveLength(GOOD_LINES);
    expect(new Set(stored.map((outcome) => outcome.articleId)).size).toBe(GOOD_LINES);
    for (const outcome of [stored[0]!, stored.at(-1)!]) {
      const article = await harness.repository.getArticle(outcome.articleId);
      expect(article?.body).toContain('là tin được cập nhật trong ngày.');
    }
    // Finished: no failure receipt left behind.
    expect((await harness.repository.readDeliveryRecords(key, etag)).failure).toBeNull();
  }, 90_000);

  it('without a continuation queue fails the message, and each redelivery continues where the last stopped', async () => {
    const key = 'incoming/lo-lon/khong-hang-doi.jsonl.gz';
    const { body, expected } = buildBatch('khong-hang-doi');
    const etag = await uploadObject(harness, key, gzipSync(body));
    const event = buildSqsEvent([
      buildSqsRecord(buildS3Event([{ bucket: harness.resources.bucketName, key, etag }])),
    ]);
    const handler = createHandler({ unitReserveMs: UNIT_RESERVE_MS });
    const first = await handler(event, countdownContext());
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: event.Records[0]!.messageId }]);
    const afterFirst = await harness.repository.readDeliveryRecords(key, etag);
    expect(afterFirst.outcomes.length).toBeGreaterThan(0);
    expect(afterFirst.outcomes.length).toBeLessThanOrEqual(MAX_UNITS_PER_INVOCATION);
    expect(afterFirst.failure).toMatchObject({ errorName: 'IngestIncompleteError' });
    expect(afterFirst.failure?.message).toContain(key);

    const second = await handler(event, countdownContext());
    expect(second.batchItemFailures).toHaveLength(1);
    const afterSecond = await harness.repository.readDeliveryRecords(key, etag);
    expect(afterSecond.outcomes.length).toBeGreaterThan(afterFirst.outcomes.length);
    // The lines done first are not done again: their outcomes are the very same records.
    expect(afterSecond.outcomes.slice(0, afterFirst.outcomes.length)).toEqual(afterFirst.outcomes);

    // With time enough, the last delivery finishes the batch and clears the failure.
    const last = await handler(event, buildLambdaContext());
    expect(last.batchItemFailures).toEqual([]);
    const done = await harness.repository.readDeliveryRecords(key, etag);
    expect(new Map(done.outcomes.map((outcome) => [outcome.line, describeOutcome(outcome)]))).toEqual(
      expected,
    );
    expect(done.failure).toBeNull();
  }, 90_000);

  it('fails a message already handed over the most times allowed instead of handing it over again', async () => {
    const key = 'incoming/lo-lon/qua-nhieu-lan.jsonl.gz';
    const { body } = buildBatch('qua-nhieu-lan');
    const etag = await uploadObject(harness, key, gzipSync(body));
    const record = buildSqsRecord(buildS3Event([{ bucket: harness.resources.bucketName, key, etag }]));
    const sent: number[] = [];
    const handler = createHandler({
      continuations: { continueLater: async (_body, continuation) => void sent.push(continuation) },
      unitReserveMs: UNIT_RESERVE_MS,
    });
    const atLimit = {
      ...record,
      messageAttributes: {
        [INGEST_QUEUE.continuationAttribute]: {
          dataType: 'Number',
          stringValue: String(INGEST_QUEUE.maxContinuations),
          stringListValues: [],
          binaryListValues: [],
        },
      },
    };
    const belowLimit = {
      ...atLimit,
      messageId: 'below-limit',
      messageAttributes: {
        [INGEST_QUEUE.continuationAttribute]: {
          ...atLimit.messageAttributes[INGEST_QUEUE.continuationAttribute]!,
          stringValue: String(INGEST_QUEUE.maxContinuations - 1),
        },
      },
    };
    const context = { ...buildLambdaContext(), getRemainingTimeInMillis: () => UNIT_RESERVE_MS };

    const response = await handler(buildSqsEvent([atLimit, belowLimit]), context);
    // The one below the limit is handed over once more (and succeeds); the one at it fails.
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: atLimit.messageId }]);
    expect(sent).toEqual([INGEST_QUEUE.maxContinuations]);
    const records = await harness.repository.readDeliveryRecords(key, etag);
    expect(records.failure?.errorName).toBe('IngestIncompleteError');
    expect(records.failure?.message).toContain(`handed over ${INGEST_QUEUE.maxContinuations} times`);
  }, 30_000);
});
