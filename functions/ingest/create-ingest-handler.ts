// Ingest function factory: an SQS batch of S3 object-created notifications. Thin: it parses the event, hands
// each object to the ingest use case and reports failed messages (ReportBatchItemFailures), so only
// those are redelivered and, after maxReceiveCount, land in the dead-letter queue; each failure leaves a
// receipt of its reason for the object. Clients are injected, so tests and the local stack can point it
// at emulators.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { processDocument } from '#domain/article/process-document';
import type { CleanedArticle, RawDocument } from '#domain/article/types';
import { parseS3EventMessage } from '#domain/input/s3-event';
import type { ArticleRepository } from '#ports/article-repository';
import type { ObjectStore } from '#ports/object-store';
import { createLogger, createMetrics, toLogPort, toMetricsPort } from '#observability/powertools';
import { ingestObject } from '#use-cases/ingest-object';
import { recordIngestFailure } from '#use-cases/record-ingest-failure';

export interface IngestHandlerDependencies {
  readonly objects: ObjectStore;
  readonly articles: ArticleRepository;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
  readonly now?: () => Date;
  readonly processDocument?: (doc: RawDocument) => CleanedArticle;
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

  const processRecord = async (record: SQSRecord): Promise<void> => {
    const receiveCount = Number(record.attributes.ApproximateReceiveCount) || 1;
    for (const notice of parseS3EventMessage(record.body)) {
      const results = await ingestObject(
        { key: notice.key, ...(notice.etag ? { eventEtag: notice.etag } : {}) },
        useCaseDeps,
      ).catch(async (error: unknown) => {
        // Best effort, never throws: the message fails with the original error either way.
        await recordIngestFailure({ ...notice, error, receiveCount }, useCaseDeps);
        throw error;
      });
      logger.debug('object processed', {
        key: notice.key,
        outcomes: results.map((result) => result.outcome.kind),
      });
    }
  };

  const handleBatch = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    // A fresh processor per invocation: it keeps per-batch state.
    const processor = new BatchProcessor(EventType.SQS);
    return processPartialResponse(event, processRecord, processor, {
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
