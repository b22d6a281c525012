// The one place that knows how to point AWS SDK clients at the local emulators, so every local
// command (start, ingest, tests) talks to them the same way.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';

export interface LocalEndpoints {
  /** dynalite, e.g. http://127.0.0.1:8000 */
  readonly dynamodb: string;
  /** fauxqs, serving S3 and SQS (and DynamoDB, forwarded to dynalite), e.g. http://127.0.0.1:4566 */
  readonly aws: string;
  readonly region: string;
}

/** The emulators accept any credentials; fixed dummies keep the SDK from searching for real ones. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/** fauxqs' default region; queue ARNs carry it, so every local client must agree on it. */
export const LOCAL_REGION = 'us-east-1';

export function createLocalDynamoDbClient(endpoints: LocalEndpoints): DynamoDBClient {
  return new DynamoDBClient({
    region: endpoints.region,
    endpoint: endpoints.dynamodb,
    credentials: LOCAL_CREDENTIALS,
  });
}

export function createLocalS3Client(endpoints: LocalEndpoints): S3Client {
  return new S3Client({
    region: endpoints.region,
    endpoint: endpoints.aws,
    credentials: LOCAL_CREDENTIALS,
    // Virtual-host addressing would need <bucket>.127.0.0.1 to resolve; path style always works locally.
    forcePathStyle: true,
  });
}

export function createLocalSqsClient(endpoints: LocalEndpoints): SQSClient {
  return new SQSClient({
    region: endpoints.region,
    endpoint: endpoints.aws,
    credentials: LOCAL_CREDENTIALS,
  });
}
