// `npm run soak` (issue #8, Load): N objects in a realistic mix go through the whole local stack — real S3
// uploads, the notification bridge, the SQS poller and the real ingest handler — and every delivery unit
// must end as stored, duplicate or rejected-with-reason, with nothing in the dead-letter queue. Prints wall
// time, throughput, peak memory and the outcome counts; exits 1 if anything is unaccounted for.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { INCOMING_PREFIX } from '#config/resources';
import {
  createLocalDynamoDbClient,
  createLocalS3Client,
  createLocalSqsClient,
} from '../infra/local/clients.ts';
import { startLocalStack } from '../infra/local/local-stack.ts';
import { reconcileOutcomes, type RecordedOutcome } from './soak/reconcile-outcomes.ts';
import { runBounded } from './soak/run-bounded.ts';
import { generateSoakObjects } from './soak/soak-corpus.ts';

const DEFAULT_OBJECT_COUNT = 10_000;
const DEFAULT_SEED = 20_251_123;
/** Parallel uploads and outcome reads: keeps both emulators busy without queuing thousands of sockets. */
const UPLOAD_CONCURRENCY = 16;
const READ_CONCURRENCY = 16;
/**
 * Upper bound on waiting for the queue to drain. Measured at 22.6 objects/s on the 2-core machine
 * (docs/reliability.md, Load): 10,000 objects took 7.4 minutes; 100 ms per object allows twice that.
 */
const MIN_DRAIN_TIMEOUT_MS = 60_000;
const DRAIN_MS_PER_OBJECT = 100;
const PROGRESS_INTERVAL_MS = 2_000;
const KIB = 1024;
const MS_PER_SECOND = 1000;

const { values } = parseArgs({
  options: {
    objects: { type: 'string', default: String(DEFAULT_OBJECT_COUNT) },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    /** Keep dynalite's table in memory instead of LevelDB files in a temp folder (to tell their memory apart). */
    'in-memory': { type: 'boolean', default: false },
  },
});
const objectCount = Number(values.objects);
const seed = Number(values.seed);
if (!Number.isInteger(objectCount) || objectCount < 1)
  throw new Error(`--objects must be a positive whole number, got ${values.objects}`);

// Rejections are logged at WARN by the handler; a soak run prints its own summary instead.
process.env['POWERTOOLS_LOG_LEVEL'] ??= 'ERROR';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const mib = (bytes: number): string => (bytes / KIB / KIB).toFixed(0);
const seconds = (ms: number): string => (ms / MS_PER_SECOND).toFixed(1);

const dataDir = await mkdtemp(join(tmpdir(), 'tinsach-soak-'));
const startedAt = Date.now();
let processedMessages = 0;
let failedMessages = 0;
let handlerErrors = 0;
const stack = await startLocalStack({
  ...(values['in-memory'] ? {} : { dataDir }),
  onBatch: (batch) => {
    processedMessages += batch.succeeded;
    failedMessages += batch.failed;
    if (batch.error !== undefined) handlerErrors += 1;
  },
});
const s3 = createLocalS3Client(stack.endpoints);
const sqs = createLocalSqsClient(stack.endpoints);
let exitCode = 1;
try {
  const objects = generateSoakObjects(objectCount, { seed, prefix: `${INCOMING_PREFIX}soak/` });
  const units = objects.flatMap((object) => object.units);
  console.log(
    `soak: ${objects.length} objects, ${units.length} delivery units, seed ${seed}, data in ${dataDir}`,
  );

  const uploadStartedAt = Date.now();
  const eTags = await runBounded(objects, UPLOAD_CONCURRENCY, async (object) => {
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: stack.resources.bucketName,
        Key: object.key,
        Body: object.body,
        ContentType: object.contentType,
      }),
    );
    return (put.ETag ?? '').replaceAll('"', '');
  });
  const uploadMs = Date.now() - uploadStartedAt;
  console.log(`uploaded in ${seconds(uploadMs)} s`);

  // One S3 event message per object; done when all are deleted from the queue (processed) or time is up.
  const drainDeadline = Date.now() + Math.max(MIN_DRAIN_TIMEOUT_MS, objectCount * DRAIN_MS_PER_OBJECT);
  let lastProgressAt = 0;
  for (;;) {
    const queue = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: stack.resources.queueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    const waiting = Number(queue.Attributes?.['ApproximateNumberOfMessages'] ?? 0);
    const inFlight = Number(queue.Attributes?.['ApproximateNumberOfMessagesNotVisible'] ?? 0);
    const drained = processedMessages >= objects.length && waiting === 0 && inFlight === 0;
    if (drained || Date.now() >= drainDeadline || Date.now() - lastProgressAt >= PROGRESS_INTERVAL_MS) {
      const rate = processedMessages / ((Date.now() - startedAt) / MS_PER_SECOND);
      process.stderr.write(
        `\rprocessed ${processedMessages}/${objects.length} objects (${rate.toFixed(1)}/s), queued ${waiting}, in flight ${inFlight}, failed receives ${failedMessages}, rss ${mib(process.memoryUsage.rss())} MiB, heap ${mib(process.memoryUsage().heapUsed)} MiB, external ${mib(process.memoryUsage().external)} MiB   `,
      );
      lastProgressAt = Date.now();
    }
    if (drained || Date.now() >= drainDeadline) break;
    await sleep(MS_PER_SECOND / 4);
  }
  process.stderr.write('\n');
  const processingMs = Date.now() - startedAt;

  const repository = new DynamoDbArticleRepository(
    createLocalDynamoDbClient(stack.endpoints),
    stack.resources.tableName,
  );
  const recorded = (
    await runBounded(objects, READ_CONCURRENCY, async (object, index) =>
      (await repository.listObjectOutcomes(object.key, eTags[index])).map((outcome): RecordedOutcome => ({
        key: object.key,
        line: outcome.line ?? null,
        kind: outcome.kind,
        reason: outcome.kind === 'rejected' ? outcome.reason : null,
      })),
    )
  ).flat();
  const deadLetters = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: stack.resources.deadLetterQueueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  const deadLetterCount =
    Number(deadLetters.Attributes?.['ApproximateNumberOfMessages'] ?? 0) +
    Number(deadLetters.Attributes?.['ApproximateNumberOfMessagesNotVisible'] ?? 0);

  const result = reconcileOutcomes(units, recorded);
  const articles = result.byKind.stored + result.byKind.duplicate;
  const wallSeconds = processingMs / MS_PER_SECOND;
  const peakRssMib = process.resourceUsage().maxRSS / KIB;
  console.log(
    [
      `wall time            ${seconds(processingMs)} s (upload ${seconds(uploadMs)} s)`,
      `throughput           ${(objects.length / wallSeconds).toFixed(1)} objects/s, ${(articles / wallSeconds).toFixed(1)} articles/s`,
      `peak RSS             ${peakRssMib.toFixed(0)} MiB`,
      `units in / out       ${result.expectedUnits} / ${result.recordedUnits}`,
      `stored               ${result.byKind.stored}`,
      `duplicate            ${result.byKind.duplicate}`,
      `rejected             ${result.byKind.rejected}`,
      ...result.byReason.map(([reason, count]) => `  ${reason.padEnd(19)}${count}`),
      `failed receives      ${failedMessages} (handler errors ${handlerErrors})`,
      `dead-letter queue    ${deadLetterCount}`,
    ].join('\n'),
  );
  for (const discrepancy of result.discrepancies.slice(0, 20))
    console.error(`unaccounted: ${discrepancy.unit}: ${discrepancy.problem}`);
  if (result.discrepancies.length > 20) console.error(`... and ${result.discrepancies.length - 20} more`);
  const ok = result.discrepancies.length === 0 && deadLetterCount === 0;
  console.log(
    ok
      ? 'soak: OK, counted in = counted out'
      : `soak: FAILED, ${result.discrepancies.length} discrepancies, ${deadLetterCount} dead letters`,
  );
  exitCode = ok ? 0 : 1;
} finally {
  s3.destroy();
  sqs.destroy();
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
