// Issue #8, DynamoDB batch calls: a throttled table answers BatchWriteItem and BatchGetItem with part of
// the batch done and the rest handed back as UnprocessedItems / UnprocessedKeys. A middleware on the real
// SDK client plays that part of the service: it sends dynalite only some of the requests and returns the
// others as unprocessed, so every retry really goes to the emulator.
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BATCH_ATTEMPTS,
  getInBatches,
  writeInBatches,
  type WriteRequest,
} from '#adapters/dynamodb/batch-requests';
import { ARTICLES_TABLE } from '#config/resources';
import { StorageUnavailableError } from '#ports/errors';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';

type Item = Record<string, unknown>;
type BatchCommandName = 'BatchWriteItemCommand' | 'BatchGetItemCommand';

interface WithholdPlan {
  readonly command: BatchCommandName;
  /** How many of the call's requests (or keys) reach the table; the rest come back unprocessed. */
  readonly sendCount: (callIndex: number, requested: number) => number;
}

interface BatchCall {
  readonly command: BatchCommandName;
  readonly sent: readonly Item[];
  readonly withheld: readonly Item[];
}

const { partitionKey: PK, sortKey: SK } = ARTICLES_TABLE;
/** Over DynamoDB's 25 writes per call, so the requests go in two chunks. */
const WRITE_COUNT = 30;
const GET_COUNT = 30;
const PROJECTION = { expression: '#pk, #sk, #n', names: { '#pk': PK, '#sk': SK, '#n': 'n' } };

let aws: LocalAws;
let documents: DynamoDBDocumentClient;
let tableName: string;
let plan: WithholdPlan | null = null;
const calls: BatchCall[] = [];

beforeAll(async () => {
  aws = await startLocalAws();
  tableName = aws.resources.tableName;
  documents = DynamoDBDocumentClient.from(aws.dynamodb);
  // At the initialize step the document client has not marshalled the input yet, and has already
  // unmarshalled the output on the way back, so requests and unprocessed items share one form here.
  aws.dynamodb.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context['commandName']);
      const current = plan;
      if (current === null || command !== current.command) return next(args);
      const input = args.input as { RequestItems: Record<string, unknown> };
      const index = calls.filter((call) => call.command === command).length;
      if (command === 'BatchWriteItemCommand') {
        const requests = input.RequestItems[tableName] as Item[];
        const keep = current.sendCount(index, requests.length);
        const sent = requests.slice(0, keep);
        const withheld = requests.slice(keep);
        calls.push({ command, sent, withheld });
        const result = await next({ ...args, input: { ...input, RequestItems: { [tableName]: sent } } });
        const output = result.output as { UnprocessedItems?: Record<string, Item[]> };
        const leftByTable = output.UnprocessedItems?.[tableName] ?? [];
        const withUnprocessed = {
          ...output,
          UnprocessedItems: { [tableName]: [...leftByTable, ...withheld] },
        };
        return { ...result, output: withUnprocessed as unknown as typeof result.output };
      }
      const request = input.RequestItems[tableName] as { Keys: Item[] };
      const keep = current.sendCount(index, request.Keys.length);
      const sent = request.Keys.slice(0, keep);
      const withheld = request.Keys.slice(keep);
      calls.push({ command, sent, withheld });
      const result = await next({
        ...args,
        input: { ...input, RequestItems: { [tableName]: { ...request, Keys: sent } } },
      });
      const output = result.output as { UnprocessedKeys?: Record<string, { Keys?: Item[] }> };
      const leftByTable = output.UnprocessedKeys?.[tableName]?.Keys ?? [];
      const withUnprocessed = {
        ...output,
        UnprocessedKeys: { [tableName]: { ...request, Keys: [...leftByTable, ...withheld] } },
      };
      return { ...result, output: withUnprocessed as unknown as typeof result.output };
    },
    { step: 'initialize', name: 'withholdPartOfBatch' },
  );
});

beforeEach(() => {
  plan = null;
  calls.length = 0;
});

afterAll(async () => {
  await aws?.stop();
});

const sortKeyOf = (n: number): string => String(n).padStart(4, '0');

function buildPuts(partition: string, count: number): WriteRequest[] {
  return Array.from({ length: count }, (_, n) => ({
    PutRequest: { Item: { [PK]: partition, [SK]: sortKeyOf(n), n } },
  }));
}

async function readPartition(partition: string): Promise<number[]> {
  const result = await documents.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': PK },
      ExpressionAttributeValues: { ':pk': partition },
      ConsistentRead: true,
    }),
  );
  return (result.Items ?? []).map((item) => Number(item['n'])).sort((a, b) => a - b);
}

const allNumbers = (count: number): number[] => Array.from({ length: count }, (_, n) => n);

describe('BatchWriteItem with unprocessed items', () => {
  it('retries what the first answer left unprocessed until every item is written', async () => {
    const partition = 'TEST#unprocessed-write';
    // The first call writes 10 of its 25; later calls go through whole.
    plan = {
      command: 'BatchWriteItemCommand',
      sendCount: (index, requested) => (index === 0 ? 10 : requested),
    };

    await writeInBatches(documents, tableName, buildPuts(partition, WRITE_COUNT));

    expect(calls.map((call) => [call.sent.length, call.withheld.length])).toEqual([
      [10, 15],
      [15, 0],
      [5, 0],
    ]);
    // The retry carried exactly the requests the first answer handed back.
    expect(calls[1]?.sent).toEqual(calls[0]?.withheld);
    expect(await readPartition(partition)).toEqual(allNumbers(WRITE_COUNT));
  });

  it('gives up with a clear error when items stay unprocessed past the retry limit', async () => {
    const partition = 'TEST#unprocessed-write-forever';
    // A table that takes one write per call: the first chunk of 25 cannot finish in BATCH_ATTEMPTS calls.
    plan = { command: 'BatchWriteItemCommand', sendCount: () => 1 };

    const failure = writeInBatches(documents, tableName, buildPuts(partition, WRITE_COUNT));

    await expect(failure).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(failure).rejects.toThrow(
      `storage unavailable during batch write (${25 - BATCH_ATTEMPTS} of 25 still unprocessed after ${BATCH_ATTEMPTS} attempts)`,
    );
    expect(calls).toHaveLength(BATCH_ATTEMPTS);
    // What was sent was really written; the second chunk was never started.
    expect(await readPartition(partition)).toEqual(allNumbers(BATCH_ATTEMPTS));
  });
});

describe('BatchGetItem with unprocessed keys', () => {
  const partition = 'TEST#unprocessed-get';
  const keys = Array.from({ length: GET_COUNT }, (_, n) => ({ [PK]: partition, [SK]: sortKeyOf(n) }));

  beforeEach(async () => {
    await writeInBatches(documents, tableName, buildPuts(partition, GET_COUNT));
  });

  it('asks again for the keys the first answer left unprocessed and returns every item', async () => {
    // The first call reads 12 of its 30 keys; later calls read everything asked.
    plan = {
      command: 'BatchGetItemCommand',
      sendCount: (index, requested) => (index === 0 ? 12 : requested),
    };

    const items = await getInBatches(documents, tableName, keys, PROJECTION);

    expect(calls.map((call) => [call.sent.length, call.withheld.length])).toEqual([
      [12, 18],
      [18, 0],
    ]);
    expect(calls[1]?.sent).toEqual(calls[0]?.withheld);
    expect(items.map((item) => Number(item['n'])).sort((a, b) => a - b)).toEqual(allNumbers(GET_COUNT));
  });

  it('gives up with a clear error when keys stay unprocessed past the retry limit', async () => {
    plan = { command: 'BatchGetItemCommand', sendCount: () => 1 };

    const failure = getInBatches(documents, tableName, keys, PROJECTION);

    await expect(failure).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(failure).rejects.toThrow(
      `storage unavailable during batch get (${GET_COUNT - BATCH_ATTEMPTS} of ${GET_COUNT} still unprocessed after ${BATCH_ATTEMPTS} attempts)`,
    );
    expect(calls).toHaveLength(BATCH_ATTEMPTS);
  });
});
