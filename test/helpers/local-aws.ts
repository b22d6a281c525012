// Emulators plus clients for integration tests: the local stack's own startEmulators and
// createLocalResources, so tests run against the same resource definitions as `npm start`.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { createLocalDynamoDbClient, createLocalS3Client } from '../../infra/local/clients.ts';
import {
  createLocalResources,
  startEmulators,
  type LocalEndpoints,
  type LocalResources,
} from '../../infra/local/emulators.ts';

export interface LocalAws {
  /** For tests that need clients of their own (SQS, or a second DynamoDB client with faults in it). */
  readonly endpoints: LocalEndpoints;
  readonly resources: LocalResources;
  readonly dynamodb: DynamoDBClient;
  readonly s3: S3Client;
  stop(): Promise<void>;
}

export async function startLocalAws(): Promise<LocalAws> {
  const emulators = await startEmulators();
  // No bucket notifications: tests deliver events to the handler themselves.
  const resources = await createLocalResources(emulators.endpoints, { notifications: false });
  const dynamodb = createLocalDynamoDbClient(emulators.endpoints);
  const s3 = createLocalS3Client(emulators.endpoints);
  return {
    endpoints: emulators.endpoints,
    resources,
    dynamodb,
    s3,
    async stop() {
      dynamodb.destroy();
      s3.destroy();
      await emulators.stop();
    },
  };
}
