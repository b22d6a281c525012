// The ingest handler wired to the emulators the way the integration tests need it: real S3 reader and
// DynamoDB repository, silent logger, metrics namespace kept apart from production's.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { S3ObjectReader } from '#adapters/s3/object-reader';
import { DEFAULT_MAX_OBJECT_BYTES } from '#config/resources';
import { createIngestHandler, type IngestHandler } from '../../functions/ingest/create-ingest-handler.ts';
import type { LocalAws } from './local-aws.ts';

export interface IngestHarness {
  readonly repository: DynamoDbArticleRepository;
  readonly ingest: IngestHandler;
}

/** `maxObjectBytes` defaults to the production cap. */
export function createIngestHarness(aws: LocalAws, maxObjectBytes = DEFAULT_MAX_OBJECT_BYTES): IngestHarness {
  // Powertools would print an EMF blob per invocation otherwise.
  process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';
  const repository = new DynamoDbArticleRepository(aws.dynamodb, aws.resources.tableName);
  const ingest = createIngestHandler({
    objects: new S3ObjectReader(aws.s3, aws.resources.bucketName, maxObjectBytes),
    articles: repository,
    logger: new Logger({ logLevel: 'SILENT' }),
    metrics: new Metrics({ namespace: 'TinsachTest' }),
    // Tests run the handler with timeouts of a few seconds, shorter than the production reserve; an
    // invocation then works until its deadline. test/integration/reliability/large-jsonl-batch.test.ts
    // covers the reserve and the hand-overs.
    unitReserveMs: 0,
  });
  return { repository, ingest };
}

/** Puts an object into the raw bucket through the real SDK and returns its ETag without quotes. */
export async function uploadObject(
  aws: LocalAws,
  key: string,
  body: string | Uint8Array,
  metadata?: Record<string, string>,
): Promise<string> {
  const result = await aws.s3.send(
    new PutObjectCommand({
      Bucket: aws.resources.bucketName,
      Key: key,
      Body: body,
      ...(metadata ? { Metadata: metadata } : {}),
    }),
  );
  return (result.ETag ?? '').replace(/"/g, '');
}
