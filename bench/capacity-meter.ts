// Counts the DynamoDB capacity a client consumes, through an SDK middleware on the real client: every
// write and read asks for ReturnConsumedCapacity and the answers are summed. The emulator (dynalite)
// reports capacity for item writes and reads but not for queries; a query's read units are computed the
// way DynamoDB bills them: the sizes of the items read, summed, rounded up to 4 KB, halved for an
// eventually consistent read.
import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';

const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);
const READ_COMMANDS = new Set(['GetItemCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand']);
const QUERY_COMMANDS = new Set(['QueryCommand', 'ScanCommand']);
const READ_UNIT_BYTES = 4096;

export interface CapacityTotals {
  writeUnits: number;
  readUnits: number;
}

interface ConsumedCapacity {
  readonly CapacityUnits?: number;
}

function sumConsumed(consumed: ConsumedCapacity | readonly ConsumedCapacity[] | undefined): number {
  if (consumed === undefined) return 0;
  const list = Array.isArray(consumed) ? consumed : [consumed as ConsumedCapacity];
  return list.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0);
}

/** DynamoDB's item size: attribute names plus values (strings in UTF-8, numbers about their digits). */
function measureValue(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return Math.ceil(value.N.length / 2) + 1;
  if (value.B !== undefined) return value.B.length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS) return value.SS.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  if (value.NS) return value.NS.reduce((sum, text) => sum + Math.ceil(text.length / 2) + 1, 0);
  if (value.L) return 3 + value.L.reduce((sum, item) => sum + 1 + measureValue(item), 0);
  if (value.M) return 3 + measureItem(value.M);
  return 0;
}

/** The same size for a value the document client has already unmarshalled into plain JavaScript. */
function measurePlainValue(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number' || typeof value === 'bigint') return Math.ceil(String(value).length / 2) + 1;
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (value instanceof Uint8Array) return value.length;
  if (value instanceof Set)
    return [...(value as Set<unknown>)].reduce<number>((sum, entry) => sum + measurePlainValue(entry), 0);
  if (Array.isArray(value))
    return 3 + value.reduce<number>((sum, entry) => sum + 1 + measurePlainValue(entry), 0);
  if (typeof value === 'object') return 3 + measurePlainItem(value as Record<string, unknown>);
  return 0;
}

function measurePlainItem(item: Record<string, unknown>): number {
  return Object.entries(item).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + measurePlainValue(value),
    0,
  );
}

/** The document client marks its commands; their output reaches this middleware already unmarshalled. */
function isDocumentClientCall(context: object): boolean {
  const features = (context as { __aws_sdk_context?: { features?: Record<string, unknown> } })
    .__aws_sdk_context?.features;
  return features?.['DDB_MAPPER'] !== undefined;
}

export function measureItem(item: Record<string, AttributeValue>): number {
  return Object.entries(item).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + measureValue(value),
    0,
  );
}

/** Adds the meter to `client` and returns the totals it keeps adding to. */
export function meterCapacity(client: DynamoDBClient): CapacityTotals {
  const totals: CapacityTotals = { writeUnits: 0, readUnits: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? '';
      const input = args.input as Record<string, unknown>;
      if (WRITE_COMMANDS.has(command) || READ_COMMANDS.has(command))
        input['ReturnConsumedCapacity'] = 'TOTAL';
      const result = await next(args);
      const output = result.output as {
        ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[];
        Items?: Record<string, AttributeValue>[];
      };
      if (WRITE_COMMANDS.has(command)) totals.writeUnits += sumConsumed(output.ConsumedCapacity);
      else if (READ_COMMANDS.has(command)) totals.readUnits += sumConsumed(output.ConsumedCapacity);
      else if (QUERY_COMMANDS.has(command)) {
        const plain = isDocumentClientCall(context);
        const bytes = (output.Items ?? []).reduce(
          (sum, item) => sum + (plain ? measurePlainItem(item) : measureItem(item)),
          0,
        );
        const units = Math.max(1, Math.ceil(bytes / READ_UNIT_BYTES));
        totals.readUnits += input['ConsistentRead'] === true ? units : units / 2;
      }
      return result;
    },
    { step: 'initialize', name: 'capacityMeter' },
  );
  return totals;
}
