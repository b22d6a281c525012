// BatchWriteItem and BatchGetItem in DynamoDB's chunk sizes, retrying what the service leaves
// unprocessed (throttling returns part of a batch instead of failing it) with exponential backoff.
import { setTimeout as sleep } from 'node:timers/promises';
import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StorageUnavailableError } from '#ports/errors';

type Item = Record<string, unknown>;
export type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: Item } };

/** DynamoDB's limits: 25 write requests and 100 keys per batch call. */
const WRITE_CHUNK = 25;
const GET_CHUNK = 100;
/**
 * Attempts per chunk before giving up. With a 20 ms base the waits add up to about 5 s, well inside the
 * functions' timeouts, and long enough for on-demand capacity to absorb a burst.
 */
export const BATCH_ATTEMPTS = 8;
const BATCH_RETRY_BASE_MS = 20;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

async function backoff(attempt: number): Promise<void> {
  await sleep(Math.random() * BATCH_RETRY_BASE_MS * 2 ** attempt);
}

/** Names what is left, so the message says how far the retries got. */
function unprocessedError(operation: string, left: number, of: number): StorageUnavailableError {
  return new StorageUnavailableError(
    `${operation} (${left} of ${of} still unprocessed after ${BATCH_ATTEMPTS} attempts)`,
  );
}

async function send<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new StorageUnavailableError(operation, { cause: error });
  }
}

export async function writeInBatches(
  documents: DynamoDBDocumentClient,
  tableName: string,
  requests: readonly WriteRequest[],
): Promise<void> {
  for (const requestChunk of chunk(requests, WRITE_CHUNK)) {
    let pending: WriteRequest[] = requestChunk;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= BATCH_ATTEMPTS)
        throw unprocessedError('batch write', pending.length, requestChunk.length);
      if (attempt > 0) await backoff(attempt);
      const result = await send('batch write', () =>
        documents.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } })),
      );
      pending = (result.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
    }
  }
}

export async function getInBatches(
  documents: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Item[],
  projection: { expression: string; names: Record<string, string> },
): Promise<Item[]> {
  const chunks = chunk(keys, GET_CHUNK);
  const results = await Promise.all(
    chunks.map(async (keyChunk) => {
      const items: Item[] = [];
      let pending: Item[] = keyChunk;
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= BATCH_ATTEMPTS) throw unprocessedError('batch get', pending.length, keyChunk.length);
        if (attempt > 0) await backoff(attempt);
        const result = await send('batch get', () =>
          documents.send(
            new BatchGetCommand({
              RequestItems: {
                [tableName]: {
                  Keys: pending,
                  ProjectionExpression: projection.expression,
                  ExpressionAttributeNames: projection.names,
                },
              },
            }),
          ),
        );
        items.push(...((result.Responses?.[tableName] ?? []) as Item[]));
        pending = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as Item[];
      }
      return items;
    }),
  );
  return results.flat();
}
