// Translates between Node's http requests/responses and API Gateway HTTP API (payload format 2.0)
// events/results, so the search handler runs locally on exactly the event shape it gets in AWS.
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { SEARCH_API_ROUTE_KEYS } from '#config/api-routes';

export interface IncomingHttpRequest {
  readonly method: string;
  /** Path plus query string, as Node gives it in request.url. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
  readonly sourceIp: string;
}

export interface OutgoingHttpResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string | string[]>;
  readonly body: Buffer;
}

/**
 * Route keys of the search API (functions/search routes the same paths); a request matching none is
 * delivered as "$default", as HTTP API does.
 */
export const DEFAULT_ROUTE_KEYS = SEARCH_API_ROUTE_KEYS;

const LOCAL_API_ID = 'local';
const HTTP_OK = 200;

function matchRoute(
  method: string,
  path: string,
  routeKeys: readonly string[],
): { routeKey: string; pathParameters?: Record<string, string> } {
  const pathSegments = path.split('/');
  for (const routeKey of routeKeys) {
    const [routeMethod, template = ''] = routeKey.split(' ');
    if (routeMethod !== method && routeMethod !== 'ANY') continue;
    const templateSegments = template.split('/');
    if (templateSegments.length !== pathSegments.length) continue;
    const parameters: Record<string, string> = {};
    const matches = templateSegments.every((segment, index) => {
      const actual = pathSegments[index] ?? '';
      const parameter = /^\{(\w+)\}$/.exec(segment);
      if (parameter?.[1] && actual !== '') {
        parameters[parameter[1]] = decodeURIComponent(actual);
        return true;
      }
      return segment === actual;
    });
    if (matches)
      return Object.keys(parameters).length > 0 ? { routeKey, pathParameters: parameters } : { routeKey };
  }
  return { routeKey: '$default' };
}

/** HTTP API joins repeated query parameters and headers with commas. */
function joinRepeated(entries: Iterable<[string, string]>): Record<string, string> {
  const joined: Record<string, string> = {};
  for (const [name, value] of entries) joined[name] = name in joined ? `${joined[name]},${value}` : value;
  return joined;
}

function isTextual(contentType: string): boolean {
  return /^(text\/|application\/(json|x-www-form-urlencoded|xml))/.test(contentType);
}

export function toHttpApiEvent(
  request: IncomingHttpRequest,
  routeKeys: readonly string[] = DEFAULT_ROUTE_KEYS,
  now: Date = new Date(),
): APIGatewayProxyEventV2 {
  const queryStart = request.url.indexOf('?');
  const rawPath = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const rawQueryString = queryStart === -1 ? '' : request.url.slice(queryStart + 1);
  const method = request.method.toUpperCase();
  const headers = joinRepeated(
    Object.entries(request.headers).flatMap(([name, value]): [string, string][] =>
      value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => [name.toLowerCase(), v]),
    ),
  );
  const cookies = headers['cookie']?.split(/;\s*/).filter((cookie) => cookie !== '');
  const queryStringParameters = joinRepeated(new URLSearchParams(rawQueryString).entries());
  const { routeKey, pathParameters } = matchRoute(method, decodeURI(rawPath), routeKeys);
  const contentType = headers['content-type'] ?? '';
  const hasBody = request.body.length > 0;
  const isBase64Encoded = hasBody && !isTextual(contentType);
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString,
    ...(cookies && cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(Object.keys(queryStringParameters).length > 0 ? { queryStringParameters } : {}),
    ...(pathParameters ? { pathParameters } : {}),
    ...(hasBody ? { body: request.body.toString(isBase64Encoded ? 'base64' : 'utf8') } : {}),
    isBase64Encoded,
    requestContext: {
      accountId: '000000000000',
      apiId: LOCAL_API_ID,
      domainName: headers['host'] ?? 'localhost',
      domainPrefix: (headers['host'] ?? 'localhost').split('.')[0] ?? 'localhost',
      http: {
        method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
  };
}

/**
 * Payload format 2.0 lets a handler return a bare value (sent as 200 JSON) or a structured result;
 * this applies the same interpretation API Gateway does.
 */
export function toHttpResponse(result: APIGatewayProxyResultV2 | undefined): OutgoingHttpResponse {
  const isStructured = typeof result === 'object' && result !== null && 'statusCode' in result;
  if (!isStructured) {
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    return { statusCode: HTTP_OK, headers: { 'content-type': 'application/json' }, body: Buffer.from(body) };
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  if (result.cookies && result.cookies.length > 0) headers['set-cookie'] = [...result.cookies];
  const body = result.body ?? '';
  return {
    statusCode: result.statusCode ?? HTTP_OK,
    headers,
    body: Buffer.from(body, result.isBase64Encoded ? 'base64' : 'utf8'),
  };
}
