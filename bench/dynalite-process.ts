// dynalite in a process of its own, for the storage benchmark: the emulator's request handling and the
// benchmark's own work (building articles, timing searches) then run on separate JavaScript threads, so
// a timed search measures the emulator answering, not the emulator waiting behind the load generator.
// The child is this file run with `--import tsx`; it starts the local stack's emulators (the same
// dynalite setup as `npm start`, LevelDB iterator fix included), creates the table, and sends the
// endpoints back over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createLocalResources, startEmulators, type LocalEndpoints } from '../infra/local/emulators.ts';

export interface DynaliteProcess {
  readonly endpoints: LocalEndpoints;
  readonly tableName: string;
  /** The child's process id, to read its resource use. */
  readonly pid: number;
  stop(): Promise<void>;
}

interface ReadyMessage {
  readonly kind: 'ready';
  readonly endpoints: LocalEndpoints;
  readonly tableName: string;
}

export interface DynaliteProcessOptions {
  /** Folder for the LevelDB files; in memory when omitted. */
  readonly dataDir?: string;
  /** More Node.js options for the child, e.g. `--cpu-prof` to profile the emulator. */
  readonly nodeOptions?: readonly string[];
}

/** Starts dynalite in a child process and waits until its table exists. */
export async function startDynaliteProcess(options: DynaliteProcessOptions = {}): Promise<DynaliteProcess> {
  const child: ChildProcess = fork(import.meta.filename, options.dataDir ? [options.dataDir] : [], {
    execArgv: ['--import', 'tsx', '--no-warnings', ...(options.nodeOptions ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`dynalite process exited with ${String(code)} before it was ready`);
    }),
  ])) as [ReadyMessage];
  return {
    endpoints: message.endpoints,
    tableName: message.tableName,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send({ kind: 'stop' });
      await exited;
    },
  };
}

type TableCallback = (error: Error | null, table?: { TableStatus?: string }) => void;
interface DynaliteStore {
  getTable(name: string, checkStatus: boolean | TableCallback, cb?: TableCallback): void;
}

/**
 * dynalite reads and JSON-decodes the table's description from LevelDB for every item it writes or
 * reads (25 times per BatchWriteItem), a good part of its time per item. The benchmark's table never
 * changes once it is active, so the child keeps the decoded description of an active table.
 */
function cacheActiveTableDescriptions(): void {
  const db = createRequire(import.meta.url)('dynalite/db') as { create(options: unknown): DynaliteStore };
  const create = db.create.bind(db);
  db.create = (options: unknown) => {
    const store = create(options);
    const getTable = store.getTable.bind(store);
    const active = new Map<string, { TableStatus?: string }>();
    store.getTable = (name, checkStatus, cb) => {
      const callback = (typeof checkStatus === 'function' ? checkStatus : cb) as TableCallback;
      const cached = active.get(name);
      if (cached) return void process.nextTick(callback, null, cached);
      getTable(name, typeof checkStatus === 'function' ? false : checkStatus, (error, table) => {
        if (!error && table?.TableStatus === 'ACTIVE') active.set(name, table);
        callback(error, table);
      });
    };
    return store;
  };
}

async function serve(dataDir: string | undefined): Promise<void> {
  cacheActiveTableDescriptions();
  const emulators = await startEmulators(dataDir ? { dataDir } : {});
  const resources = await createLocalResources(emulators.endpoints, { notifications: false });
  process.on('message', (message: { kind?: string }) => {
    if (message.kind !== 'stop') return;
    void emulators.stop().then(() => process.exit(0));
  });
  // The parent going away (a crash, Ctrl-C) takes the emulator with it.
  process.on('disconnect', () => void emulators.stop().then(() => process.exit(0)));
  const ready: ReadyMessage = {
    kind: 'ready',
    endpoints: emulators.endpoints,
    tableName: resources.tableName,
  };
  process.send?.(ready);
}

if (process.argv[1] === import.meta.filename && process.send) await serve(process.argv[2]);
