// `tinsach redrive`: moves the dead-letter queue's messages back to the ingest queue once the cause of the
// failures is fixed — the local stack's queues by default, a deployed stack's with `--queue-url`/`--dlq-url`.
// With `--list` it moves nothing and shows each waiting message with its object and recorded failure.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { moveQueueMessages } from '#adapters/sqs/move-queue-messages';
import { peekQueueMessages } from '#adapters/sqs/peek-queue-messages';
import { createLocalDynamoDbClient, createLocalSqsClient } from '../../infra/local/clients.ts';
import {
  DEFAULT_LOCAL_STATE_FILE,
  LocalStackNotRunningError,
  readLocalStackState,
} from '../../infra/local/local-stack-state.ts';
import { createAwsDynamoDbClient, createAwsSqsClient, type AwsTarget } from '#adapters/aws-profile-clients';
import { describeDeadLetters, formatDeadLetters } from './dead-letters.ts';

export interface RemoteQueues extends AwsTarget {
  readonly queueUrl: string;
  readonly deadLetterQueueUrl: string;
  /** The articles table, which holds the recorded failures `--list` shows. */
  readonly tableName?: string;
}

export interface RedriveOptions {
  readonly stateFile?: string;
  /** A deployed stack's queues instead of the local stack's. */
  readonly remote?: RemoteQueues;
  readonly maxMessages?: number;
  /** Show the dead-lettered messages with their recorded failures instead of moving them. */
  readonly list?: boolean;
  readonly write?: (chunk: string) => void;
  readonly writeError?: (chunk: string) => void;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;

interface Queues {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly deadLetterQueueUrl: string;
  /** Only built when failures are to be read. */
  readonly openTable: () => { readonly client: DynamoDBClient; readonly tableName: string } | null;
}

async function openQueues(options: RedriveOptions): Promise<Queues> {
  const { remote } = options;
  if (remote) {
    return {
      ...remote,
      sqs: createAwsSqsClient(remote),
      openTable: () =>
        remote.tableName ? { client: createAwsDynamoDbClient(remote), tableName: remote.tableName } : null,
    };
  }
  const state = await readLocalStackState(options.stateFile ?? DEFAULT_LOCAL_STATE_FILE);
  return {
    sqs: createLocalSqsClient(state.endpoints),
    queueUrl: state.resources.queueUrl,
    deadLetterQueueUrl: state.resources.deadLetterQueueUrl,
    openTable: () => ({
      client: createLocalDynamoDbClient(state.endpoints),
      tableName: state.resources.tableName,
    }),
  };
}

async function listDeadLetters(queues: Queues, options: RedriveOptions): Promise<string> {
  const table = queues.openTable();
  if (table === null) throw new Error('reading the recorded failures needs the articles table');
  try {
    const messages = await peekQueueMessages(queues.sqs, {
      queueUrl: queues.deadLetterQueueUrl,
      ...(options.maxMessages === undefined ? {} : { maxMessages: options.maxMessages }),
    });
    const repository = new DynamoDbArticleRepository(table.client, table.tableName);
    return formatDeadLetters(await describeDeadLetters(messages, repository));
  } finally {
    table.client.destroy();
  }
}

export async function runRedrive(options: RedriveOptions = {}): Promise<number> {
  const write = options.write ?? ((chunk: string) => process.stdout.write(chunk));
  const writeError = options.writeError ?? ((chunk: string) => process.stderr.write(chunk));
  let queues: Queues;
  try {
    queues = await openQueues(options);
  } catch (error) {
    if (!(error instanceof LocalStackNotRunningError)) throw error;
    writeError(`tinsach redrive: ${error.message} Or give --queue-url and --dlq-url.\n`);
    return EXIT_FAILED;
  }
  try {
    if (options.list) {
      write(await listDeadLetters(queues, options));
      return EXIT_OK;
    }
    const { moved } = await moveQueueMessages(queues.sqs, {
      fromQueueUrl: queues.deadLetterQueueUrl,
      toQueueUrl: queues.queueUrl,
      ...(options.maxMessages === undefined ? {} : { maxMessages: options.maxMessages }),
    });
    write(
      moved === 0
        ? `The dead-letter queue is empty: nothing to redrive.\n`
        : `Moved ${moved} message(s) from ${queues.deadLetterQueueUrl} to ${queues.queueUrl}.\n`,
    );
    return EXIT_OK;
  } finally {
    queues.sqs.destroy();
  }
}
