// Starts the in-process AWS emulators (dynalite for DynamoDB, fauxqs for S3 and SQS) on loopback and
// creates the pipeline's resources in them through the real AWS SDK calls, from the one definition in
// shared/config/resources.ts, so local and deployed resources cannot drift apart.
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  ResourceInUseException,
  type GlobalSecondaryIndex,
} from '@aws-sdk/client-dynamodb';
import {
  BucketAlreadyOwnedByYou,
  CreateBucketCommand,
  PutBucketNotificationConfigurationCommand,
} from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { AbstractIterator, AbstractKeyIterator, AbstractValueIterator } from 'abstract-level';
import dynalite from 'dynalite';
import { buildApp } from 'fauxqs';
import {
  ARTICLES_TABLE,
  DEAD_LETTER_QUEUE,
  INCOMING_PREFIX,
  INGEST_QUEUE,
  RAW_BUCKET,
} from '#config/resources';
import {
  createLocalDynamoDbClient,
  createLocalS3Client,
  createLocalSqsClient,
  LOCAL_REGION,
  type LocalEndpoints,
} from './clients.ts';
import { installDynamoDbProxy } from './dynamodb-proxy.ts';
import { installS3NotificationBridge } from './s3-notification-bridge.ts';

export type { LocalEndpoints } from './clients.ts';

export interface LocalResources {
  readonly tableName: string;
  readonly bucketName: string;
  readonly queueUrl: string;
  readonly deadLetterQueueUrl: string;
}

export interface RunningEmulators {
  readonly endpoints: LocalEndpoints;
  stop(): Promise<void>;
}

export interface StartEmulatorsOptions {
  /** 0 (the default) picks a free port, so parallel test files never collide. */
  readonly dynamodbPort?: number;
  readonly awsPort?: number;
  /** Folder for dynalite's LevelDB files; in memory when omitted. fauxqs (S3, SQS) is always in memory. */
  readonly dataDir?: string;
}

// dynalite 4.0 ends each query's LevelDB iterator with `iterator.return()` when it has one, but
// abstract-level's iterators only have `close()`: every query left an iterator open, holding LevelDB
// memory (about 0.4 MiB per ingested object in the 10,000-object soak, 4.1 GiB peak). Giving them a
// `return` that closes them keeps the local stack's memory flat (636 MiB peak for the same soak).
for (const iteratorClass of [AbstractIterator, AbstractKeyIterator, AbstractValueIterator]) {
  const prototype = iteratorClass.prototype as { return?: () => Promise<void>; close(): Promise<void> };
  prototype.return ??= function closeIterator(this: { close(): Promise<void> }) {
    return this.close();
  };
}

/** Emulators only ever listen on loopback: they accept any credentials. */
const LOOPBACK_HOST = '127.0.0.1';
const RANDOM_FREE_PORT = 0;
/** Name of the notification the CDK stack's bucket -> queue wiring corresponds to. */
const INGEST_NOTIFICATION_ID = 'ingest-incoming-objects';

function listenDynalite(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK_HOST, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

export async function startEmulators(options: StartEmulatorsOptions = {}): Promise<RunningEmulators> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const dynamoServer = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(options.dataDir ? { path: options.dataDir } : {}),
  });
  const dynamodbPort = await listenDynalite(dynamoServer, options.dynamodbPort ?? RANDOM_FREE_PORT);
  const dynamodbEndpoint = `http://${LOOPBACK_HOST}:${dynamodbPort}`;

  const awsApp = buildApp({ logger: false, defaultRegion: LOCAL_REGION });
  installDynamoDbProxy(awsApp, dynamodbEndpoint);
  const notificationBridge = installS3NotificationBridge(awsApp, { region: LOCAL_REGION });
  let awsAddress: string;
  try {
    awsAddress = await awsApp.listen({ port: options.awsPort ?? RANDOM_FREE_PORT, host: LOOPBACK_HOST });
  } catch (error) {
    await closeServer(dynamoServer);
    throw error;
  }

  return {
    endpoints: {
      dynamodb: dynamodbEndpoint,
      aws: `http://${LOOPBACK_HOST}:${new URL(awsAddress).port}`,
      region: LOCAL_REGION,
    },
    async stop() {
      await notificationBridge.settle();
      await Promise.all([awsApp.close(), closeServer(dynamoServer)]);
    },
  };
}

function buildGlobalSecondaryIndexes(): GlobalSecondaryIndex[] {
  return Object.values(ARTICLES_TABLE.indexes).map((index) => ({
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' },
      { AttributeName: index.sortKey, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'ALL' },
  }));
}

async function createArticlesTable(endpoints: LocalEndpoints): Promise<string> {
  const client = createLocalDynamoDbClient(endpoints);
  const indexes = Object.values(ARTICLES_TABLE.indexes);
  const keyAttributes = [
    ARTICLES_TABLE.partitionKey,
    ARTICLES_TABLE.sortKey,
    ...indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: ARTICLES_TABLE.localName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: ARTICLES_TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: ARTICLES_TABLE.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: buildGlobalSecondaryIndexes(),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error; // existing table (persisted data): fine
  } finally {
    client.destroy();
  }
  return ARTICLES_TABLE.localName;
}

async function createQueues(
  endpoints: LocalEndpoints,
): Promise<{ queueUrl: string; queueArn: string; deadLetterQueueUrl: string }> {
  const client = createLocalSqsClient(endpoints);
  try {
    const deadLetter = await client.send(
      new CreateQueueCommand({
        QueueName: DEAD_LETTER_QUEUE.localName,
        Attributes: { MessageRetentionPeriod: String(DEAD_LETTER_QUEUE.retentionSeconds) },
      }),
    );
    const deadLetterQueueUrl = deadLetter.QueueUrl ?? '';
    const deadLetterAttributes = await client.send(
      new GetQueueAttributesCommand({ QueueUrl: deadLetterQueueUrl, AttributeNames: ['QueueArn'] }),
    );
    const ingest = await client.send(
      new CreateQueueCommand({
        QueueName: INGEST_QUEUE.localName,
        Attributes: {
          VisibilityTimeout: String(INGEST_QUEUE.visibilityTimeoutSeconds),
          RedrivePolicy: JSON.stringify({
            deadLetterTargetArn: deadLetterAttributes.Attributes?.QueueArn,
            maxReceiveCount: INGEST_QUEUE.maxReceiveCount,
          }),
        },
      }),
    );
    const queueUrl = ingest.QueueUrl ?? '';
    const ingestAttributes = await client.send(
      new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
    );
    return { queueUrl, queueArn: ingestAttributes.Attributes?.QueueArn ?? '', deadLetterQueueUrl };
  } finally {
    client.destroy();
  }
}

async function createRawBucket(endpoints: LocalEndpoints, notifyQueueArn: string | null): Promise<string> {
  const client = createLocalS3Client(endpoints);
  try {
    try {
      await client.send(new CreateBucketCommand({ Bucket: RAW_BUCKET.localName }));
    } catch (error) {
      if (!(error instanceof BucketAlreadyOwnedByYou)) throw error;
    }
    if (notifyQueueArn !== null) {
      // The same wiring as the stack: every ObjectCreated event under incoming/ goes to the ingest queue.
      await client.send(
        new PutBucketNotificationConfigurationCommand({
          Bucket: RAW_BUCKET.localName,
          NotificationConfiguration: {
            QueueConfigurations: [
              {
                Id: INGEST_NOTIFICATION_ID,
                QueueArn: notifyQueueArn,
                Events: ['s3:ObjectCreated:*'],
                Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: INCOMING_PREFIX }] } },
              },
            ],
          },
        }),
      );
    }
  } finally {
    client.destroy();
  }
  return RAW_BUCKET.localName;
}

/** Idempotent: resources that already exist (e.g. a persisted table) are kept as they are. */
export async function createLocalResources(
  endpoints: LocalEndpoints,
  options: { notifications?: boolean } = {},
): Promise<LocalResources> {
  const [tableName, queues] = await Promise.all([createArticlesTable(endpoints), createQueues(endpoints)]);
  const bucketName = await createRawBucket(
    endpoints,
    options.notifications === false ? null : queues.queueArn,
  );
  return { tableName, bucketName, queueUrl: queues.queueUrl, deadLetterQueueUrl: queues.deadLetterQueueUrl };
}
