// Ingest function entry point: wires the factory to AWS clients from the environment.
import { createDynamoDbClient, createS3Client, createSqsClient } from '#adapters/aws-clients';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { readFunctionEnvironment } from '#adapters/function-environment';
import { S3ObjectReader } from '#adapters/s3/object-reader';
import { SqsContinuationQueue } from '#adapters/sqs/continuation-queue';
import { createIngestHandler, type IngestHandler } from './create-ingest-handler.ts';

export { createIngestHandler } from './create-ingest-handler.ts';
export type { IngestHandler, IngestHandlerDependencies } from './create-ingest-handler.ts';

function createHandlerFromEnvironment(): IngestHandler {
  const env = readFunctionEnvironment(process.env, { rawBucket: true });
  return createIngestHandler({
    objects: new S3ObjectReader(createS3Client(env), env.rawBucket, env.maxObjectBytes),
    articles: new DynamoDbArticleRepository(createDynamoDbClient(env), env.tableName),
    ...(env.ingestQueueUrl
      ? { continuations: new SqsContinuationQueue(createSqsClient(env), env.ingestQueueUrl) }
      : {}),
  });
}

/** Built at cold start, so a missing variable fails the first invocation with its name. */
export const handler: IngestHandler = createHandlerFromEnvironment();
