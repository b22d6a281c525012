// Issue #8, a handler crash in the middle of a batch, through the local event source poller: the first
// invocation's process "dies" once two articles are fully written (from then on its DynamoDB client lets
// nothing more through, as a killed Lambda sandbox would), the invocation runs past the function timeout,
// and the poller fails the whole batch as Lambda does. The redelivered batch goes to a fresh instance of
// the real handler. Finished messages must change nothing; unfinished ones, some with half their writes
// done, must end stored; every delivery unit ends with exactly one outcome.
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import type { ArticleRecord } from '#domain/article/record';
import type { ObjectOutcome } from '#ports/article-repository';
import { createLocalDynamoDbClient } from '../../../infra/local/clients.ts';
import type { SqsBatchHandler } from '../../../infra/local/event-source-poller.ts';
import { CA_MAU_PAGE, HA_GIANG_PAGE, renderScrapedPage, type PageFixture } from '../../helpers/articles.ts';
import {
  createIngestHarness,
  createTestIngestHandler,
  startQueueHarness,
  uploadObject,
} from '../../helpers/ingest-harness.ts';
import type { QueueHarness } from '../../helpers/ingest-harness.ts';
import { waitUntil } from '../../helpers/queue-waits.ts';
import { buildS3Event } from '../../helpers/s3-event.ts';

/** The crash comes right after the second stored article's receipt is written. */
const CRASH_AFTER_STORED_RECEIPTS = 2;
const POLLER_TIMEOUTS = {
  /** The crashed invocation hangs; the poller gives up on it after this, as Lambda's timeout would. */
  functionTimeoutSeconds: 2,
  /** Not shorter than the function timeout, as AWS requires; short so the redelivery comes quickly. */
  visibilityTimeoutSeconds: 2,
};
const WAIT_LIMITS = { limitMs: 30_000, intervalMs: 50 };

interface SentObject {
  readonly key: string;
  readonly etag: string;
  /** Outcomes expected once processed, in line order. */
  readonly expected: readonly string[];
}

let harness: QueueHarness;

beforeAll(async () => {
  harness = await startQueueHarness();
});

afterAll(async () => {
  await harness?.stop();
});

function withTitle(page: PageFixture, title: string): PageFixture {
  return { ...page, title, paragraphs: [...page.paragraphs, `${title} là tin được cập nhật trong ngày.`] };
}

/**
 * A real ingest handler whose DynamoDB client lets nothing through once the crash point is passed: its
 * calls never answer, as in a killed process, so the invocation hangs until the timeout ends it.
 */
function createCrashingHandler(onCrash: () => void): SqsBatchHandler {
  const client = createLocalDynamoDbClient(harness.endpoints);
  let storedReceipts = 0;
  let crashed = false;
  client.middlewareStack.add(
    (next) => async (args) => {
      if (crashed) return new Promise<never>(() => undefined);
      const result = await next(args);
      const item = (args.input as { Item?: Record<string, unknown> }).Item;
      if (item?.['itemType'] === 'receipt' && item['kind'] === 'stored') {
        storedReceipts++;
        if (storedReceipts === CRASH_AFTER_STORED_RECEIPTS) {
          crashed = true;
          onCrash();
        }
      }
      return result;
    },
    { step: 'initialize', name: 'crashAfterSomeArticles' },
  );
  return createTestIngestHandler(harness, {
    articles: new DynamoDbArticleRepository(client, harness.resources.tableName),
    // No reserve: with its 2-second timeout the instance works on until it crashes (the hand-over
    // before a timeout is large-jsonl-batch.test.ts's).
    unitReserveMs: 0,
  });
}

async function uploadBatch(): Promise<SentObject[]> {
  const pages = [
    withTitle(HA_GIANG_PAGE, 'Hà Giang mở lớp dạy nghề dệt lanh'),
    withTitle(HA_GIANG_PAGE, 'Hà Giang sửa đường lên cột cờ Lũng Cú'),
    withTitle(CA_MAU_PAGE, 'Cà Mau thả giống cua biển'),
    withTitle(CA_MAU_PAGE, 'Cà Mau đón tàu cá về bến tránh bão'),
  ];
  const sent: SentObject[] = [];
  for (const [index, page] of pages.entries()) {
    const key = `incoming/sap-giua-lo/trang-${index + 1}.txt`;
    sent.push({ key, etag: await uploadObject(harness, key, renderScrapedPage(page)), expected: ['stored'] });
  }
  const lines = [
    {
      url: 'https://tinvung.example.vn/dien-mat-troi',
      page: withTitle(CA_MAU_PAGE, 'Cà Mau lắp điện mặt trời'),
    },
    {
      url: 'https://tinvung.example.vn/truong-moi',
      page: withTitle(HA_GIANG_PAGE, 'Hà Giang khánh thành trường mới'),
    },
  ].map((line) => JSON.stringify({ url: line.url, text: renderScrapedPage(line.page) }));
  const batchKey = 'incoming/sap-giua-lo/lo.jsonl';
  sent.push({
    key: batchKey,
    etag: await uploadObject(harness, batchKey, [...lines, '{"text": "dòng hỏng'].join('\n')),
    expected: ['stored', 'stored', 'rejected'],
  });
  const emptyKey = 'incoming/sap-giua-lo/rong.txt';
  sent.push({ key: emptyKey, etag: await uploadObject(harness, emptyKey, ''), expected: ['rejected'] });
  return sent;
}

async function readOutcomes(object: SentObject): Promise<readonly ObjectOutcome[]> {
  return harness.repository.listObjectOutcomes(object.key, object.etag);
}

async function readArticles(outcomes: readonly ObjectOutcome[]): Promise<(ArticleRecord | null)[]> {
  return Promise.all(
    outcomes.map((outcome) =>
      outcome.kind === 'rejected' ? null : harness.repository.getArticle(outcome.articleId),
    ),
  );
}

describe('a handler crash in the middle of a batch', () => {
  it('redelivers the whole batch: finished messages change nothing, unfinished ones are stored', async () => {
    const sent = await uploadBatch();
    for (const object of sent) {
      const body = JSON.stringify(
        buildS3Event([{ bucket: harness.resources.bucketName, key: object.key, etag: object.etag }]),
      );
      await harness.sqs.send(
        new SendMessageCommand({ QueueUrl: harness.resources.queueUrl, MessageBody: body }),
      );
    }

    let crashed = false;
    let releaseRedelivery: () => void = () => undefined;
    const snapshotTaken = new Promise<void>((resolve) => (releaseRedelivery = resolve));
    const crashing = createCrashingHandler(() => (crashed = true));
    const fresh = createIngestHarness(harness).ingest;
    let invocations = 0;
    const batches = await harness.startPoller(
      // The first invocation runs on the instance that crashes; the retry on a fresh one, once the test
      // has read the state the crash left.
      async (event, context) => {
        invocations++;
        if (invocations === 1) return crashing(event, context);
        await snapshotTaken;
        return fresh(event, context);
      },
      POLLER_TIMEOUTS,
    );

    await waitUntil(() => batches.length > 0, WAIT_LIMITS);
    expect(crashed).toBe(true);
    expect(batches[0]).toMatchObject({ received: sent.length, succeeded: 0, failed: sent.length });
    // middy's own early timeout, or the poller's (HandlerTimeoutError): either way the invocation failed.
    expect((batches[0]?.error as Error | undefined)?.name).toMatch(/TimeoutError$/);

    // What the crash left: some messages finished, the others not (or half done).
    const atCrash = await Promise.all(sent.map(readOutcomes));
    const finished = sent.filter((object, index) => atCrash[index]?.length === object.expected.length);
    const unfinished = sent.filter((object) => !finished.includes(object));
    expect(finished.length).toBeGreaterThanOrEqual(1);
    expect(unfinished.length).toBeGreaterThanOrEqual(1);
    const finishedArticles = await Promise.all(
      finished.map(async (object) => readArticles(atCrash[sent.indexOf(object)] ?? [])),
    );
    // Some unfinished units got as far as their article and feed entry, but not their receipt.
    const storedAtCrash = atCrash.flat().filter((outcome) => outcome.kind === 'stored').length;
    const listedAtCrash = await harness.repository.listArticles({ listing: { kind: 'all' }, limit: 100 });
    expect(listedAtCrash.items.length).toBeGreaterThan(storedAtCrash);
    releaseRedelivery();

    await waitUntil(
      () => batches.reduce((total, batch) => total + batch.succeeded, 0) === sent.length,
      WAIT_LIMITS,
    );
    expect(batches.slice(1).every((batch) => batch.failed === 0)).toBe(true);

    const after = await Promise.all(sent.map(readOutcomes));
    // Counted in = counted out: every delivery unit has exactly one outcome, of the expected kind.
    expect(after.map((outcomes) => outcomes.map((outcome) => outcome.kind))).toEqual(
      sent.map((object) => object.expected),
    );
    // Finished messages: the same outcomes (ids, times) and the very same article records.
    for (const [index, object] of finished.entries()) {
      const position = sent.indexOf(object);
      expect(after[position]).toEqual(atCrash[position]);
      expect(await readArticles(after[position] ?? [])).toEqual(finishedArticles[index]);
    }
    // One article per stored unit, none twice in the listing.
    const storedIds = after
      .flat()
      .flatMap((outcome) => (outcome.kind === 'stored' ? [outcome.articleId] : []));
    expect(new Set(storedIds).size).toBe(storedIds.length);
    const listed = await harness.repository.listArticles({ listing: { kind: 'all' }, limit: 100 });
    expect(listed.items.map((item) => item.id).sort()).toEqual([...storedIds].sort());
    for (const article of await readArticles(after.flat())) {
      if (article) expect(article.body.length).toBeGreaterThan(0);
    }
  });
});
