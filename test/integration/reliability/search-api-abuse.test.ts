// Issue #8, API cases: malformed, oversized and injection-looking parameters get a 400 (or, for a
// keyword search, are searched as plain text), never a 500; no route accepts writes.
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { buildArticleRecord } from '#domain/article/record';
import { MAX_QUERY_CHARS } from '#domain/search/parse-query';
import { createSearchHandler, type SearchHandler } from '../../../functions/search/create-search-handler.ts';
import { buildHttpApiEvent } from '../../helpers/api-gateway-event.ts';
import { buildCleanedArticle } from '../../helpers/articles.ts';
import { buildLambdaContext } from '../../helpers/lambda-context.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';

/** Far beyond any field's cap, as a pasted page or a fuzzer would send. */
const OVERSIZED_PARAMETER_CHARS = 20_000;

const SQL_INJECTION = "' OR 1=1 --";
const SCRIPT_INJECTION = '<script>alert(1)</script>';

let aws: LocalAws;
let search: SearchHandler;

beforeAll(async () => {
  aws = await startLocalAws();
  const repository = new DynamoDbArticleRepository(aws.dynamodb, aws.resources.tableName);
  // One article, so a filter that wrongly matched everything would show it.
  await repository.saveArticle(
    buildArticleRecord(
      buildCleanedArticle({
        title: 'Đà Lạt vào mùa hoa dã quỳ',
        body: 'Hoa dã quỳ nở vàng các sườn đồi quanh thành phố Đà Lạt thu hút nhiều du khách.',
        publishedAt: '2024-11-10T08:00:00+07:00',
        source: 'Báo Lâm Đồng',
      }),
      { objectKey: 'incoming/da-lat.txt', etag: 'e1', ingestedAt: '2024-11-11T00:00:00.000Z' },
    ),
  );
  search = createSearchHandler({ articles: repository, logger: new Logger({ logLevel: 'SILENT' }) });
});

afterAll(async () => {
  await aws?.stop();
});

async function request(path: string, query: Record<string, string> = {}, method = 'GET') {
  const result = (await search(
    buildHttpApiEvent(path, query, method),
    buildLambdaContext(),
  )) as APIGatewayProxyStructuredResultV2;
  return {
    status: result.statusCode ?? 200,
    json: JSON.parse(result.body ?? 'null'),
    raw: result.body ?? '',
  };
}

describe('malformed and oversized parameters', () => {
  it.each([
    ['limit', { limit: '1000000000' }],
    ['limit', { limit: '99999999999999999999999999' }],
    ['limit', { limit: '-1' }],
    ['limit', { limit: '1.5' }],
    ['limit', { limit: 'Infinity' }],
    ['limit', { limit: 'NaN' }],
    ['q', { q: 'a'.repeat(MAX_QUERY_CHARS + 1) }],
    ['source', { source: 'Báo '.repeat(OVERSIZED_PARAMETER_CHARS / 4) }],
    ['cursor', { cursor: 'x'.repeat(OVERSIZED_PARAMETER_CHARS) }],
    ['province', { province: '02,08' }],
    ['from', { from: '2024-13-45' }],
    ['sort', { sort: 'random' }],
  ])('answers a bad %s with 400 and a message naming it', async (field, query) => {
    const { status, json } = await request('/articles', query);
    expect(status).toBe(400);
    expect(json.message).toContain(field);
  });

  it('answers a huge limit on the rejection list with 400', async () => {
    const { status, json } = await request('/rejected', { limit: '1000000' });
    expect(status).toBe(400);
    expect(json.message).toContain('limit');
  });
});

describe('injection-looking strings', () => {
  it.each([
    ['province', SQL_INJECTION],
    ['newProvince', SCRIPT_INJECTION],
    ['from', SQL_INJECTION],
    ['cursor', SQL_INJECTION],
    ['cursor', SCRIPT_INJECTION],
  ])('refuses %s=%s with 400', async (field, value) => {
    const { status, json } = await request('/articles', { [field]: value });
    expect(status).toBe(400);
    expect(json.message).toContain(field);
  });

  it.each([SQL_INJECTION, SCRIPT_INJECTION])('searches q=%s as plain text: no match, no error', async (q) => {
    const { status, json } = await request('/articles', { q });
    expect(status).toBe(200);
    expect(json.items).toEqual([]);
  });

  it.each([SQL_INJECTION, SCRIPT_INJECTION])(
    'filters source=%s as a plain name: no match',
    async (source) => {
      const { status, json } = await request('/articles', { source });
      expect(status).toBe(200);
      expect(json.items).toEqual([]);
    },
  );

  it('answers an injection-looking article id with 404 and does not echo markup', async () => {
    const { status, raw } = await request(`/articles/${encodeURIComponent(SCRIPT_INJECTION)}`);
    expect(status).toBe(404);
    expect(raw).not.toContain('<script>');
  });
});

describe('write methods', () => {
  it.each([
    ['POST', '/articles'],
    ['PUT', '/articles/u0123'],
    ['DELETE', '/articles/u0123'],
    ['PATCH', '/rejected'],
  ])('%s %s is not served', async (method, path) => {
    const { status } = await request(path, {}, method);
    expect([404, 405]).toContain(status);
  });

  it('still serves the article after the write attempts', async () => {
    const { status, json } = await request('/articles');
    expect(status).toBe(200);
    expect(json.items).toHaveLength(1);
  });
});
