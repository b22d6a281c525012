// The API's OpenAPI 3.1 description, served at GET /openapi.json. Query parameters are generated from
// the same zod schemas the handler validates with, so the document cannot drift from the checks; paths
// come from shared/config/api-routes.ts, and a test checks every route is described.
import * as z from 'zod';
import { SEARCH_API_PATHS } from '#config/api-routes';
import { PIPELINE_VERSION } from '#domain/version';
import { LIST_ARTICLES_QUERY, LIST_REJECTIONS_QUERY } from './query-schema.ts';

type JsonObject = Record<string, unknown>;

const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  q: 'Keywords, with or without diacritics ("xay dung dang" finds "xây dựng Đảng"); "double quotes" make a phrase; every word and phrase is required.',
  sort: 'newest (default) or relevance (needs q): exact-diacritic matches first, then BM25.',
  province: 'Old (before 2025-07-01) two-digit province code.',
  newProvince: 'New (from 2025-07-01) two-digit province code; includes the merged old provinces.',
  source: 'Source name, case- and spacing-insensitive.',
  from: 'Inclusive lower bound: a date (a Vietnamese calendar day) or an ISO 8601 date-time.',
  to: 'Inclusive upper bound, like from.',
  limit: 'Page size.',
  cursor: 'The nextCursor of the previous page, as it was returned.',
};

function describeQueryParameters(schema: z.ZodObject): JsonObject[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: 'query',
    required: false,
    ...(PARAMETER_DESCRIPTIONS[name] ? { description: PARAMETER_DESCRIPTIONS[name] } : {}),
    schema: z.toJSONSchema(field as z.ZodType, {
      io: 'input',
      unrepresentable: 'any',
      target: 'draft-2020-12',
    }),
  }));
}

const ERROR_RESPONSE = { $ref: '#/components/responses/Error' };

function jsonResponse(description: string, schema: JsonObject): JsonObject {
  return { description, content: { 'application/json': { schema } } };
}

const ARTICLE_SUMMARY: JsonObject = {
  type: 'object',
  required: ['id', 'title', 'publishedAt', 'sortedAt', 'source', 'url', 'province', 'excerpt'],
  properties: {
    id: { type: 'string' },
    title: { type: ['string', 'null'] },
    publishedAt: { type: ['string', 'null'] },
    sortedAt: { type: 'string', format: 'date-time' },
    source: { type: ['string', 'null'] },
    url: { type: ['string', 'null'] },
    province: { oneOf: [{ $ref: '#/components/schemas/Province' }, { type: 'null' }] },
    excerpt: { type: 'string' },
    score: { type: 'number', description: 'sort=relevance only' },
    exactMatches: {
      type: 'integer',
      description: 'sort=relevance only: clauses matched with exact diacritics',
    },
  },
};

const PAGE = (items: JsonObject): JsonObject => ({
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: { items: { type: 'array', items }, nextCursor: { type: ['string', 'null'] } },
});

const PROVINCE_COUNT: JsonObject = {
  type: 'object',
  required: ['code', 'name', 'articles'],
  properties: {
    code: { type: 'string' },
    name: { type: 'string' },
    newCode: { type: 'string' },
    articles: { type: 'integer' },
  },
};

export function buildOpenApiDocument(): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'tinsach search API',
      version: PIPELINE_VERSION,
      description: 'Clean Vietnamese news: keyword search, province (old and new) and source filters.',
    },
    paths: {
      [SEARCH_API_PATHS.health]: {
        get: { summary: 'Liveness', responses: { 200: jsonResponse('ok', { type: 'object' }) } },
      },
      [SEARCH_API_PATHS.articles]: {
        get: {
          summary: 'List or search articles, newest first or by relevance',
          parameters: describeQueryParameters(LIST_ARTICLES_QUERY),
          responses: { 200: jsonResponse('a page of articles', PAGE(ARTICLE_SUMMARY)), 400: ERROR_RESPONSE },
        },
      },
      [SEARCH_API_PATHS.article]: {
        get: {
          summary: 'One article: clean text, metadata, province evidence, removed lines with reasons',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: jsonResponse('the article', { type: 'object' }),
            404: { $ref: '#/components/responses/NotFound' },
          },
        },
      },
      [SEARCH_API_PATHS.rejected]: {
        get: {
          summary: 'Objects and lines that were rejected, and why, newest first',
          parameters: describeQueryParameters(LIST_REJECTIONS_QUERY),
          responses: {
            200: jsonResponse('a page of rejections', PAGE({ type: 'object' })),
            400: ERROR_RESPONSE,
          },
        },
      },
      [SEARCH_API_PATHS.provinces]: {
        get: {
          summary: 'Old (63) and new (34) provinces with article counts',
          responses: {
            200: jsonResponse('provinces', {
              type: 'object',
              required: ['old', 'new', 'withoutProvince'],
              properties: {
                old: { type: 'array', items: PROVINCE_COUNT },
                new: { type: 'array', items: PROVINCE_COUNT },
                withoutProvince: { type: 'integer' },
              },
            }),
            400: ERROR_RESPONSE,
          },
        },
      },
      [SEARCH_API_PATHS.sources]: {
        get: {
          summary: 'Sources with article counts, most articles first',
          responses: {
            200: jsonResponse('sources', {
              type: 'object',
              properties: {
                items: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: { name: { type: 'string' }, articles: { type: 'integer' } },
                  },
                },
              },
            }),
            400: ERROR_RESPONSE,
          },
        },
      },
      [SEARCH_API_PATHS.openApi]: {
        get: {
          summary: 'This document',
          responses: { 200: jsonResponse('OpenAPI 3.1', { type: 'object' }) },
        },
      },
    },
    components: {
      schemas: {
        Province: {
          type: 'object',
          properties: {
            code: { type: 'string' },
            name: { type: 'string' },
            newCode: { type: 'string' },
            newName: { type: 'string' },
            confidence: { type: 'number' },
            evidence: { type: 'array', items: { type: 'string' } },
          },
        },
        Error: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
      },
      responses: {
        Error: jsonResponse('invalid parameter, query or cursor', { $ref: '#/components/schemas/Error' }),
        NotFound: jsonResponse('no such article or route', { $ref: '#/components/schemas/Error' }),
      },
    },
  };
}
