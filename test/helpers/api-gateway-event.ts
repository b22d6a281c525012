// API Gateway HTTP API (payload 2.0) requests for the search function.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export function buildHttpApiEvent(
  path: string,
  query: Readonly<Record<string, string>> = {},
  method = 'GET',
): APIGatewayProxyEventV2 {
  const rawQueryString = new URLSearchParams(query).toString();
  const hasQuery = Object.keys(query).length > 0;
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString,
    headers: { host: 'localhost', origin: 'http://localhost:5173' },
    ...(hasQuery ? { queryStringParameters: { ...query } } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: crypto.randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
  };
}
