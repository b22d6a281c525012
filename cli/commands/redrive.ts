// `tinsach redrive`: moves the dead-letter queue's messages back to the ingest queue once the cause of the
// failures is fixed — the local stack's queues by default, a deployed stack's with `--queue-url`/`--dlq-url`.
import type { SQSClient } from '@aws-sdk/client-sqs';
import { moveQueueMessages } from '#adapters/sqs/move-queue-messages';
import { createLocalSqsClient } from '../../infra/local/clients.ts';
import {
  DEFAULT_LOCAL_STATE_FILE,
  LocalStackNotRunningError,
  readLocalStackState,
} from '../../infra/local/local-stack-state.ts';
import { createAwsSqsClient, type AwsTarget } from '#adapters/aws-profile-clients';

export interface RemoteQueues extends AwsTarget {
  readonly queueUrl: string;
  readonly deadLetterQueueUrl: string;
}

export interface RedriveOptions {
  readonly stateFile?: string;
  /** A deployed stack's queues instead of the local stack's. */
  readonly remote?: RemoteQueues;
  readonly maxMessages?: number;
  readonly write?: (chunk: string) => void;
  readonly writeError?: (chunk: string) => void;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;

interface Queues {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly deadLetterQueueUrl: string;
}

async function openQueues(options: RedriveOptions): Promise<Queues> {
  if (options.remote) return { ...options.remote, sqs: createAwsSqsClient(options.remote) };
  const state = await readLocalStackState(options.stateFile ?? DEFAULT_LOCAL_STATE_FILE);
  return {
    sqs: createLocalSqsClient(state.endpoints),
    queueUrl: state.resources.queueUrl,
    deadLetterQueueUrl: state.resources.deadLetterQueueUrl,
  };
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
