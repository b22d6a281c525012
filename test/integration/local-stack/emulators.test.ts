import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLES_TABLE, DEAD_LETTER_QUEUE, INGEST_QUEUE } from '#config/resources';
import { createLocalDynamoDbClient, createLocalSqsClient } from '../../../infra/local/clients.ts';
import { createLocalResources, startEmulators } from '../../../infra/local/emulators.ts';

const dataDirs: string[] = [];

afterAll(async () => {
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('local emulators', () => {
  it('creates the table, indexes and queues from the shared resource definition', async () => {
    const emulators = await startEmulators();
    try {
      const resources = await createLocalResources(emulators.endpoints, { notifications: false });
      const dynamo = createLocalDynamoDbClient(emulators.endpoints);
      const sqs = createLocalSqsClient(emulators.endpoints);

      const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: resources.tableName }));
      const { Attributes } = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: resources.queueUrl, AttributeNames: ['All'] }),
      );
      const deadLetter = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: resources.deadLetterQueueUrl, AttributeNames: ['All'] }),
      );
      dynamo.destroy();
      sqs.destroy();

      expect(Table?.KeySchema).toEqual([
        { AttributeName: ARTICLES_TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: ARTICLES_TABLE.sortKey, KeyType: 'RANGE' },
      ]);
      expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(
        Object.values(ARTICLES_TABLE.indexes)
          .map((index) => index.name)
          .sort(),
      );
      expect(Attributes?.VisibilityTimeout).toBe(String(INGEST_QUEUE.visibilityTimeoutSeconds));
      expect(JSON.parse(Attributes?.RedrivePolicy ?? '{}')).toEqual({
        deadLetterTargetArn: deadLetter.Attributes?.QueueArn,
        maxReceiveCount: INGEST_QUEUE.maxReceiveCount,
      });
      expect(deadLetter.Attributes?.MessageRetentionPeriod).toBe(String(DEAD_LETTER_QUEUE.retentionSeconds));
    } finally {
      await emulators.stop();
    }
  });

  it('answers DynamoDB on the S3+SQS endpoint too', async () => {
    const emulators = await startEmulators();
    try {
      const resources = await createLocalResources(emulators.endpoints, { notifications: false });
      const viaSharedEndpoint = createLocalDynamoDbClient({
        ...emulators.endpoints,
        dynamodb: emulators.endpoints.aws,
      });
      await viaSharedEndpoint.send(
        new PutItemCommand({
          TableName: resources.tableName,
          Item: { pk: { S: 'ART#1' }, sk: { S: 'ARTICLE' } },
        }),
      );
      const direct = createLocalDynamoDbClient(emulators.endpoints);
      const { Item } = await direct.send(
        new GetItemCommand({
          TableName: resources.tableName,
          Key: { pk: { S: 'ART#1' }, sk: { S: 'ARTICLE' } },
        }),
      );
      viaSharedEndpoint.destroy();
      direct.destroy();

      expect(Item).toEqual({ pk: { S: 'ART#1' }, sk: { S: 'ARTICLE' } });
    } finally {
      await emulators.stop();
    }
  });

  it('keeps DynamoDB data in dataDir between runs', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tinsach-dynamo-'));
    dataDirs.push(dataDir);
    const item = {
      pk: { S: 'ART#bền' },
      sk: { S: 'ARTICLE' },
      title: { S: 'Còn nguyên sau khi khởi động lại' },
    };

    const first = await startEmulators({ dataDir });
    const firstResources = await createLocalResources(first.endpoints, { notifications: false });
    const writer = createLocalDynamoDbClient(first.endpoints);
    await writer.send(new PutItemCommand({ TableName: firstResources.tableName, Item: item }));
    writer.destroy();
    await first.stop();

    const second = await startEmulators({ dataDir });
    try {
      const secondResources = await createLocalResources(second.endpoints, { notifications: false });
      const reader = createLocalDynamoDbClient(second.endpoints);
      const { Item } = await reader.send(
        new GetItemCommand({ TableName: secondResources.tableName, Key: { pk: item.pk, sk: item.sk } }),
      );
      reader.destroy();

      expect(Item).toEqual(item);
    } finally {
      await second.stop();
    }
  });
});
