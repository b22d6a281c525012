// Starts the official DynamoDB Local (Java) on a free loopback port, in memory, for one test file. Used
// only by `vitest --config test/dynamodb-local/vitest.config.ts`: `npm test` never needs Java.
// Where the jar comes from: TINSACH_DYNAMODB_LOCAL_DIR (a folder holding DynamoDBLocal.jar and
// DynamoDBLocal_lib/), else the copy the npm package amplify-dynamodb-simulator ships in its emulator/.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { join, resolve } from 'node:path';

export const DYNAMODB_LOCAL_DIR_VARIABLE = 'TINSACH_DYNAMODB_LOCAL_DIR';
const PACKAGED_DIR = resolve(import.meta.dirname, '../../node_modules/amplify-dynamodb-simulator/emulator');
const LOOPBACK_HOST = '127.0.0.1';
/** A cold JVM answers within a few seconds; 30 s leaves room for a busy 2-core CI machine. */
const STARTUP_TIMEOUT_MS = 30_000;
const STARTUP_POLL_MS = 100;

export interface RunningDynamoDbLocal {
  readonly endpoint: string;
  stop(): Promise<void>;
}

function findJarDirectory(): string {
  const configured = process.env[DYNAMODB_LOCAL_DIR_VARIABLE];
  for (const directory of [configured, PACKAGED_DIR]) {
    if (directory && existsSync(join(directory, 'DynamoDBLocal.jar'))) return directory;
  }
  throw new Error(
    `DynamoDBLocal.jar not found: set ${DYNAMODB_LOCAL_DIR_VARIABLE} to the folder holding it, ` +
      'or install amplify-dynamodb-simulator (it ships the jar in emulator/)',
  );
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK_HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolveConnect) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolveConnect(true);
    });
    socket.once('error', () => resolveConnect(false));
    socket.connect(port, LOOPBACK_HOST);
  });
}

async function waitForPort(port: number, java: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (java.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${java.exitCode}`);
    if (await canConnect(port)) return;
    await new Promise((wait) => setTimeout(wait, STARTUP_POLL_MS));
  }
  throw new Error(`DynamoDB Local did not listen on port ${port} within ${STARTUP_TIMEOUT_MS} ms`);
}

export async function startDynamoDbLocal(): Promise<RunningDynamoDbLocal> {
  const directory = findJarDirectory();
  const port = await findFreePort();
  const java = spawn(
    'java',
    [
      `-Djava.library.path=${join(directory, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(directory, 'DynamoDBLocal.jar'),
      '-inMemory',
      '-port',
      String(port),
    ],
    { cwd: directory, stdio: 'ignore' },
  );
  try {
    await waitForPort(port, java);
  } catch (error) {
    java.kill();
    throw error;
  }
  return {
    endpoint: `http://${LOOPBACK_HOST}:${port}`,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (java.exitCode !== null) return resolveStop();
        java.once('exit', () => resolveStop());
        java.kill();
      }),
  };
}
