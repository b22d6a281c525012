// Stand-in for test/helpers/local-aws.ts under the DynamoDB Local configuration (vitest.config.ts
// aliases it in): S3 and SQS still come from the in-process emulators, DynamoDB from the official
// DynamoDB Local, one JVM per test file so files never see each other's items.
import type { LocalAws } from '../helpers/local-aws.ts';
import { createLocalDynamoDbClient, createLocalS3Client } from '../../infra/local/clients.ts';
import { createLocalResources, startEmulators } from '../../infra/local/emulators.ts';
import { startDynamoDbLocal } from './start-dynamodb-local.ts';

export type { LocalAws } from '../helpers/local-aws.ts';

export async function startLocalAws(): Promise<LocalAws> {
  const [emulators, dynamoDbLocal] = await Promise.all([startEmulators(), startDynamoDbLocal()]);
  const endpoints = { ...emulators.endpoints, dynamodb: dynamoDbLocal.endpoint };
  const resources = await createLocalResources(endpoints, { notifications: false });
  const dynamodb = createLocalDynamoDbClient(endpoints);
  const s3 = createLocalS3Client(endpoints);
  return {
    endpoints,
    resources,
    dynamodb,
    s3,
    async stop() {
      dynamodb.destroy();
      s3.destroy();
      await Promise.all([emulators.stop(), dynamoDbLocal.stop()]);
    },
  };
}
