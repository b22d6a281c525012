import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type RunningDevServer } from '../../../infra/local/dev-server.ts';

let server: RunningDevServer;
let webDir: string;
const receivedEvents: APIGatewayProxyEventV2[] = [];
const reportedErrors: unknown[] = [];

beforeAll(async () => {
  webDir = await mkdtemp(join(tmpdir(), 'tinsach-web-'));
  await writeFile(join(webDir, 'index.html'), '<h1>Trang tìm kiếm</h1>');
  server = await startDevServer({
    port: 0,
    webDir,
    onError: (error) => reportedErrors.push(error),
    handler: async (event) => {
      receivedEvents.push(event);
      if (event.rawPath === '/boom') throw new Error('hỏng');
      return {
        statusCode: 200,
        headers: { 'Content-Type': 'application/json', 'X-Route': event.routeKey },
        body: JSON.stringify({
          items: [{ title: `Tin ${event.queryStringParameters?.['province'] ?? ''}` }],
        }),
      };
    },
  });
});

afterAll(async () => {
  await server.stop();
  await rm(webDir, { recursive: true, force: true });
});

describe('local dev server', () => {
  it('maps a GET with query parameters to an HTTP API v2 event and returns the handler response', async () => {
    const response = await fetch(`${server.url}/articles?province=01&q=m%C6%B0a+l%C5%A9&tag=a&tag=b`);

    expect(response.status).toBe(200);
    expect(response.headers.get('x-route')).toBe('GET /articles');
    expect(await response.json()).toEqual({ items: [{ title: 'Tin 01' }] });
    const event = receivedEvents.at(-1);
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /articles',
      rawPath: '/articles',
      rawQueryString: 'province=01&q=m%C6%B0a+l%C5%A9&tag=a&tag=b',
      queryStringParameters: { province: '01', q: 'mưa lũ', tag: 'a,b' },
      isBase64Encoded: false,
      requestContext: {
        http: { method: 'GET', path: '/articles' },
        routeKey: 'GET /articles',
        stage: '$default',
      },
    });
    expect(event?.pathParameters).toBeUndefined();
  });

  it('fills pathParameters for /articles/{id}', async () => {
    await fetch(`${server.url}/articles/abc%20123`);

    expect(receivedEvents.at(-1)).toMatchObject({
      routeKey: 'GET /articles/{id}',
      rawPath: '/articles/abc%20123',
      pathParameters: { id: 'abc 123' },
    });
  });

  it('passes request bodies and unknown routes through as $default', async () => {
    await fetch(`${server.url}/khac`, {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });

    expect(receivedEvents.at(-1)).toMatchObject({
      routeKey: '$default',
      body: '{"a":1}',
      isBase64Encoded: false,
    });
  });

  it('serves the static page at /', async () => {
    const response = await fetch(`${server.url}/`);

    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toBe('<h1>Trang tìm kiếm</h1>');
  });

  it('answers 500 when the handler throws', async () => {
    const response = await fetch(`${server.url}/boom`);

    expect(response.status).toBe(500);
    expect(reportedErrors).toEqual([new Error('hỏng')]);
  });
});
