// One local HTTP port for the search API (through the real search handler, fed API Gateway HTTP API
// events) and the static search page from web/, the way API Gateway and CloudFront split them in AWS.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { SEARCH_FUNCTION } from '#config/resources';
import { DEFAULT_ROUTE_KEYS, toHttpApiEvent, toHttpResponse } from './api-gateway-event.ts';

export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2 | undefined>;

export interface DevServerOptions {
  readonly handler: HttpApiHandler;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Folder of the static search page; the project's web/ by default. */
  readonly webDir?: string;
  readonly routeKeys?: readonly string[];
  /** Where handler errors are reported; the console by default. */
  readonly onError?: (error: unknown) => void;
}

export interface RunningDevServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export const DEFAULT_DEV_SERVER_PORT = 3000;
const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
const HTTP_INTERNAL_ERROR = 500;
const MS_PER_SECOND = 1_000;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function buildLocalContext(functionName: string): Context {
  // A real deadline: middy arms a timer from getRemainingTimeInMillis, and a huge value overflows
  // setTimeout into firing at once.
  const deadline = Date.now() + SEARCH_FUNCTION.timeoutSeconds * MS_PER_SECOND;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: String(SEARCH_FUNCTION.memoryMb),
    awsRequestId: crypto.randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** The static file a GET path names, or null; never a path outside the web folder. */
async function findStaticFile(webDir: string, rawPath: string): Promise<string | null> {
  const relative = rawPath === '/' ? 'index.html' : decodeURIComponent(rawPath).replace(/^\/+/, '');
  const root = resolve(webDir);
  const candidate = resolve(root, normalize(relative));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  try {
    return (await stat(candidate)).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolveBody(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  const webDir = options.webDir ?? DEFAULT_WEB_DIR;
  const routeKeys = options.routeKeys ?? DEFAULT_ROUTE_KEYS;
  const reportError = options.onError ?? ((error: unknown) => console.error('[local dev server]', error));

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = request.url ?? '/';
    const rawPath = url.split('?')[0] ?? '/';
    if (request.method === 'GET' || request.method === 'HEAD') {
      const file = await findStaticFile(webDir, rawPath);
      if (file !== null) {
        const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': contentType });
        response.end(request.method === 'HEAD' ? undefined : await readFile(file));
        return;
      }
    }
    const event = toHttpApiEvent(
      {
        method: request.method ?? 'GET',
        url,
        headers: request.headers,
        body: await readBody(request),
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
      },
      routeKeys,
    );
    const result = toHttpResponse(await options.handler(event, buildLocalContext('tinsach-search-local')));
    response.writeHead(result.statusCode, result.headers);
    response.end(result.body);
  }

  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      // In AWS an unhandled handler error becomes a bare 500; show the cause locally, where it helps.
      reportError(error);
      if (!response.headersSent)
        response.writeHead(HTTP_INTERNAL_ERROR, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Internal Server Error' }));
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_DEV_SERVER_PORT, options.host ?? '127.0.0.1', () =>
      resolveListen(),
    );
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise((resolveStop, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveStop()));
      }),
  };
}
