// Ingest function factory: an SQS batch of S3 object-created notifications. Thin: it parses the event, hands
// each object to the ingest use case and reports failed messages (ReportBatchItemFailures), so only
// those are redelivered and, after maxReceiveCount, land in the dead-letter queue; each failure leaves a
// receipt of its reason for the object. Clients are injected, so tests and the local stack can point it
// at emulators. Each invocation has a time budget shared by its messages: an object not finished when it
// runs out (a large JSONL batch) is handed over to a later invocation through the queue, with what was
// done already recorded, instead of timing out the whole batch.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { INGEST_FUNCTION, INGEST_QUEUE } from '#config/resources';
import { processDocument } from '#domain/article/process-document';
import type { CleanedArticle, RawDocument } from '#domain/article/types';
import { parseS3EventMessage } from '#domain/input/s3-event';
import type { ArticleRepository } from '#ports/article-repository';
import type { ContinuationQueue } from '#ports/continuation-queue';
import type { ObjectStore } from '#ports/object-store';
import { createLogger, createMetrics, toLogPort, toMetricsPort } from '#observability/powertools';
import {
  IngestIncompleteError,
  ingestObject,
  type UnitBudget,
  type UnitResult,
} from '#use-cases/ingest-object';
import { recordIngestFailure } from '#use-cases/record-ingest-failure';

export interface IngestHandlerDependencies {
  readonly objects: ObjectStore;
  readonly articles: ArticleRepository;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
  readonly now?: () => Date;
  readonly processDocument?: (doc: RawDocument) => CleanedArticle;
  /**
   * Where an object not finished in one invocation is handed over. Without it such a message fails and
   * is redelivered after the visibility timeout (each delivery still continues where the last stopped).
   */
  readonly continuations?: ContinuationQueue;
  /** Time left in an invocation below which no new unit starts; INGEST_FUNCTION.unitReserveSeconds. */
  readonly unitReserveMs?: number;
}

export type IngestHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export function createIngestHandler(deps: IngestHandlerDependencies): IngestHandler {
  const logger = deps.logger ?? createLogger();
  const metrics = deps.metrics ?? createMetrics();
  const useCaseDeps = {
    objects: deps.objects,
    articles: deps.articles,
    processDocument: deps.processDocument ?? processDocument,
    now: deps.now ?? (() => new Date()),
    log: toLogPort(logger),
    metrics: toMetricsPort(metrics),
  };

  const unitReserveMs = deps.unitReserveMs ?? INGEST_FUNCTION.unitReserveSeconds * MS_PER_SECOND;

  /** The rest of an unfinished object goes to a later invocation, as a fresh message. */
  const handOver = async (record: SQSRecord, notice: S3ObjectNotice, unitsDone: number) => {
    const queue = deps.continuations;
    const continuation = continuationOf(record) + 1;
    if (queue === undefined) {
      throw new IngestIncompleteError(notice.key, unitsDone, 'no continuation queue; it is redelivered');
    }
    if (continuation > INGEST_QUEUE.maxContinuations) {
      const why = `handed over ${INGEST_QUEUE.maxContinuations} times already`;
      throw new IngestIncompleteError(notice.key, unitsDone, why);
    }
    await queue.continueLater(record.body, continuation);
    logger.info('object handed over to a later invocation', { key: notice.key, unitsDone, continuation });
  };

  const processRecord = async (record: SQSRecord, budget: UnitBudget): Promise<void> => {
    const receiveCount = Number(record.attributes.ApproximateReceiveCount) || 1;
    for (const notice of parseS3EventMessage(record.body)) {
      const fail = async (error: unknown): Promise<never> => {
        // Best effort, never throws: the message fails with the original error either way.
        await recordIngestFailure({ ...notice, error, receiveCount }, useCaseDeps);
        throw error;
      };
      if (!budget.hasTimeForUnit()) {
        await handOver(record, notice, 0).catch(fail);
        return;
      }
      const request = {
        key: notice.key,
        ...(notice.etag ? { eventEtag: notice.etag } : {}),
        budget,
        continued: continuationOf(record) > 0,
      };
      const result = await ingestObject(request, useCaseDeps).catch(fail);
      logger.debug('object processed', {
        key: notice.key,
        complete: result.complete,
        outcomes: countOutcomes(result.units),
      });
      if (!result.complete) {
        // Objects after it in the same message are left for the next delivery too.
        await handOver(record, notice, result.units.length).catch(fail);
        return;
      }
    }
  };

  const handleBatch = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    // A fresh processor per invocation: it keeps per-batch state. The budget is the invocation's.
    const processor = new BatchProcessor(EventType.SQS);
    const budget = createInvocationBudget(context, unitReserveMs);
    return processPartialResponse(event, (record: SQSRecord) => processRecord(record, budget), processor, {
      context,
      // Report every failed message instead of throwing when all fail: the outcome is the same
      // (all retried), and callers always get a well-formed response.
      throwOnFullBatchFailure: false,
    });
  };

  return middy(handleBatch)
    .use(injectLambdaContext(logger))
    .use(logMetrics(metrics)) as unknown as IngestHandler;
}

const MS_PER_SECOND = 1_000;

type S3ObjectNotice = ReturnType<typeof parseS3EventMessage>[number];

/** How many times this message's object was handed over already (0 for the S3 event itself). */
function continuationOf(record: SQSRecord): number {
  const value = Number(record.messageAttributes?.[INGEST_QUEUE.continuationAttribute]?.stringValue);
  return Number.isInteger(value) && value > 0 ? value : 0;
}

/**
 * The time one invocation has for new units, shared by all its messages (Powertools runs them
 * concurrently). The first unit always starts, so every invocation makes progress and hand-overs end;
 * later ones start only while more than the reserve is left.
 */
export function createInvocationBudget(context: Context | undefined, reserveMs: number): UnitBudget {
  let unitsDone = 0;
  const remainingMs =
    typeof context?.getRemainingTimeInMillis === 'function'
      ? () => context.getRemainingTimeInMillis()
      : () => Number.POSITIVE_INFINITY;
  return {
    hasTimeForUnit: () => unitsDone === 0 || remainingMs() > reserveMs,
    unitDone: () => {
      unitsDone++;
    },
  };
}

/** Outcome kinds and how many units had each: one log line stays short for a batch of thousands. */
function countOutcomes(units: readonly UnitResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { outcome } of units) counts[outcome.kind] = (counts[outcome.kind] ?? 0) + 1;
  return counts;
}
