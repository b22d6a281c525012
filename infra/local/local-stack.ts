// The whole local stack in one process: emulators, resources, the ingest function behind an SQS event
// source poller, and the search function behind the dev server. `npm start` and the end-to-end test
// both use it; only the ports, the data folder and the state file differ.
import { createLocalSqsClient, type LocalEndpoints } from './clients.ts';
import { startDevServer, DEFAULT_DEV_SERVER_PORT, type HttpApiHandler } from './dev-server.ts';
import { createLocalResources, startEmulators, type LocalResources } from './emulators.ts';
import { startEventSourcePoller, type BatchOutcome, type SqsBatchHandler } from './event-source-poller.ts';
import { applyFunctionEnvironment } from './function-environment.ts';
import { loadIngestHandler, loadSearchHandler } from './function-handlers.ts';
import { removeLocalStackState, writeLocalStackState } from './local-stack-state.ts';

export interface LocalStackOptions {
  /** 0 picks free ports (tests); `npm start` passes the fixed defaults below. */
  readonly dynamodbPort?: number;
  readonly awsPort?: number;
  readonly httpPort?: number;
  /** dynalite's data folder; in memory when omitted. */
  readonly dataDir?: string;
  /** Where to record the running stack for other commands; nothing is written when omitted. */
  readonly stateFile?: string;
  readonly visibilityTimeoutSeconds?: number;
  readonly onBatch?: (outcome: BatchOutcome) => void;
  /** Stand-ins for the real functions (tests of the wiring); the real handlers are loaded when omitted. */
  readonly handlers?: { readonly ingest?: SqsBatchHandler; readonly search?: HttpApiHandler };
}

export interface RunningLocalStack {
  readonly endpoints: LocalEndpoints;
  readonly resources: LocalResources;
  /** Search API and page. */
  readonly apiUrl: string;
  stop(): Promise<void>;
}

export const DEFAULT_LOCAL_PORTS = { dynamodb: 8000, aws: 4566, http: DEFAULT_DEV_SERVER_PORT } as const;

/**
 * The queue's own visibility timeout is six minutes (sized for AWS). Locally a failed message should come
 * back while the developer is still watching: 5 s x maxReceiveCount 5 puts a poison message in the
 * dead-letter queue within half a minute.
 */
export const LOCAL_VISIBILITY_TIMEOUT_SECONDS = 5;

export async function startLocalStack(options: LocalStackOptions = {}): Promise<RunningLocalStack> {
  const emulators = await startEmulators({
    dynamodbPort: options.dynamodbPort ?? 0,
    awsPort: options.awsPort ?? 0,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  const stopSteps: (() => Promise<void>)[] = [() => emulators.stop()];
  async function stop(): Promise<void> {
    // Reverse order of start: stop taking work before the emulators underneath go away.
    for (const step of stopSteps.splice(0).reverse()) await step();
  }

  try {
    const resources = await createLocalResources(emulators.endpoints);
    applyFunctionEnvironment(emulators.endpoints, resources);
    const ingestHandler = options.handlers?.ingest ?? (await loadIngestHandler());
    const searchHandler = options.handlers?.search ?? (await loadSearchHandler());

    const sqs = createLocalSqsClient(emulators.endpoints);
    stopSteps.push(async () => sqs.destroy());
    const poller = await startEventSourcePoller({
      sqs,
      queueUrl: resources.queueUrl,
      region: emulators.endpoints.region,
      handler: ingestHandler,
      visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? LOCAL_VISIBILITY_TIMEOUT_SECONDS,
      ...(options.onBatch ? { onBatch: options.onBatch } : {}),
    });
    stopSteps.push(() => poller.stop());

    const devServer = await startDevServer({ handler: searchHandler, port: options.httpPort ?? 0 });
    stopSteps.push(() => devServer.stop());

    const stateFile = options.stateFile;
    if (stateFile !== undefined) {
      await writeLocalStackState(
        {
          pid: process.pid,
          startedAt: new Date().toISOString(),
          endpoints: emulators.endpoints,
          resources,
          apiUrl: devServer.url,
        },
        stateFile,
      );
      stopSteps.push(() => removeLocalStackState(stateFile));
    }

    return { endpoints: emulators.endpoints, resources, apiUrl: devServer.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
