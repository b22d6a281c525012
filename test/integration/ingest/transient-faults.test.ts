// Faults worth retrying must fail the message (so SQS redelivers it and finally parks it in the DLQ);
// bad input must not. Uses in-memory stand-ins for storage: the point is the handler's mapping.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { StorageUnavailableError } from '#ports/errors';
import type { ArticleRepository } from '#ports/article-repository';
import type { ObjectStore } from '#ports/object-store';
import { createIngestHandler } from '../../../functions/ingest/create-ingest-handler.ts';
import { createSearchHandler } from '../../../functions/search/create-search-handler.ts';
import { buildHttpApiEvent } from '../../helpers/api-gateway-event.ts';
import { buildLambdaContext } from '../../helpers/lambda-context.ts';
import { buildS3Event } from '../../helpers/s3-event.ts';
import { buildSqsEvent, buildSqsRecord } from '../../helpers/sqs-event.ts';

const SECRET_DETAIL = 'arn:aws:dynamodb:eu-west-1:123456789012:table/secret';

const failingRepository = new Proxy({} as ArticleRepository, {
  get: () => async () => {
    throw new StorageUnavailableError(`query ${SECRET_DETAIL}`, { cause: new Error('ThrottlingException') });
  },
});

const unreachableStore: ObjectStore = {
  readObject: async () => {
    throw new StorageUnavailableError('read');
  },
};

beforeAll(() => {
  process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';
});

describe('transient faults', () => {
  it('fail the ingest message so it is retried', async () => {
    const ingest = createIngestHandler({
      objects: unreachableStore,
      articles: failingRepository,
      logger: new Logger({ logLevel: 'SILENT' }),
      metrics: new Metrics({ namespace: 'TinsachTest' }),
    });
    const record = buildSqsRecord(buildS3Event([{ bucket: 'b', key: 'incoming/a.txt', etag: 'e' }]), 'm1');
    const response = await ingest(buildSqsEvent([record]), buildLambdaContext());
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
  });

  it('become a 500 in the search API without leaking internals', async () => {
    const search = createSearchHandler({
      articles: failingRepository,
      logger: new Logger({ logLevel: 'SILENT' }),
    });
    const result = (await search(
      buildHttpApiEvent('/articles'),
      buildLambdaContext(),
    )) as APIGatewayProxyStructuredResultV2;
    expect(result.statusCode).toBe(500);
    expect(result.body ?? '').not.toContain(SECRET_DETAIL);
    expect(result.body ?? '').not.toContain('Throttling');
  });
});
