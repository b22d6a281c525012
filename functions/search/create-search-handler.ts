// Search API factory (API Gateway HTTP API, payload 2.0). Thin: validate the query, call a use case,
// map the result to JSON. Client mistakes are 400 with a message; unknown ids and routes are 404; any
// other error becomes a bare 500 through http-error-handler, so internals never leak.
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpErrorHandler from '@middy/http-error-handler';
import httpRouterHandler from '@middy/http-router';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { InvalidCursorError } from '#domain/search/cursor';
import { InvalidQueryError } from '#domain/search/parse-query';
import type { ArticleRepository } from '#ports/article-repository';
import { createLogger } from '#observability/powertools';
import { getArticle } from '#use-cases/get-article';
import { listProvinces } from '#use-cases/list-provinces';
import { listRejections } from '#use-cases/list-rejections';
import { listSources } from '#use-cases/list-sources';
import { SEARCH_API_METHOD, SEARCH_API_PATHS } from '#config/api-routes';
import { InvalidSearchError, searchArticles } from '#use-cases/search-articles';
import { buildOpenApiDocument } from './openapi-document.ts';
import {
  describeQueryIssues,
  LIST_ARTICLES_QUERY,
  LIST_REJECTIONS_QUERY,
  NO_PARAMETERS_QUERY,
} from './query-schema.ts';

export interface SearchHandlerDependencies {
  readonly articles: ArticleRepository;
  readonly logger?: Logger;
  /** Origins answered with CORS headers (the stack passes its configured list); default: any. */
  readonly corsOrigins?: readonly string[];
}

export type SearchHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

const HTTP_STATUS = { ok: 200, badRequest: 400, notFound: 404 } as const;

function respondJson(statusCode: number, body: unknown): APIGatewayProxyResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  };
}

const respondBadRequest = (message: string) => respondJson(HTTP_STATUS.badRequest, { message });

/** Client errors the use cases raise; everything else is ours and stays a 500. */
function isClientError(error: unknown): error is Error {
  return (
    error instanceof InvalidCursorError ||
    error instanceof InvalidSearchError ||
    error instanceof InvalidQueryError
  );
}

export function createSearchHandler(deps: SearchHandlerDependencies): SearchHandler {
  const logger = deps.logger ?? createLogger();

  const listArticlesRoute = async (event: APIGatewayProxyEventV2) => {
    const query = LIST_ARTICLES_QUERY.safeParse(event.queryStringParameters ?? {});
    if (!query.success) return respondBadRequest(describeQueryIssues(query.error));
    try {
      return respondJson(HTTP_STATUS.ok, await searchArticles(query.data, deps.articles));
    } catch (error) {
      if (isClientError(error)) return respondBadRequest(error.message);
      throw error;
    }
  };

  const getArticleRoute = async (event: APIGatewayProxyEventV2) => {
    const id = event.pathParameters?.['id'] ?? '';
    const article = await getArticle(id, deps.articles);
    return article
      ? respondJson(HTTP_STATUS.ok, article)
      : respondJson(HTTP_STATUS.notFound, { message: 'article not found' });
  };

  const listRejectionsRoute = async (event: APIGatewayProxyEventV2) => {
    const query = LIST_REJECTIONS_QUERY.safeParse(event.queryStringParameters ?? {});
    if (!query.success) return respondBadRequest(describeQueryIssues(query.error));
    try {
      return respondJson(HTTP_STATUS.ok, await listRejections(query.data, deps.articles));
    } catch (error) {
      if (isClientError(error)) return respondBadRequest(error.message);
      throw error;
    }
  };

  /** Routes without parameters: refuse unknown ones, then answer. */
  const withoutParameters = (answer: () => Promise<unknown>) => async (event: APIGatewayProxyEventV2) => {
    const query = NO_PARAMETERS_QUERY.safeParse(event.queryStringParameters ?? {});
    if (!query.success) return respondBadRequest(describeQueryIssues(query.error));
    return respondJson(HTTP_STATUS.ok, await answer());
  };
  // Built once: it depends only on the code.
  const openApiDocument = buildOpenApiDocument();

  const router = httpRouterHandler({
    routes: [
      {
        method: SEARCH_API_METHOD,
        path: SEARCH_API_PATHS.health,
        handler: async () => respondJson(HTTP_STATUS.ok, { status: 'ok' }),
      },
      { method: SEARCH_API_METHOD, path: SEARCH_API_PATHS.articles, handler: listArticlesRoute },
      { method: SEARCH_API_METHOD, path: SEARCH_API_PATHS.article, handler: getArticleRoute },
      { method: SEARCH_API_METHOD, path: SEARCH_API_PATHS.rejected, handler: listRejectionsRoute },
      {
        method: SEARCH_API_METHOD,
        path: SEARCH_API_PATHS.provinces,
        handler: withoutParameters(() => listProvinces(deps.articles)),
      },
      {
        method: SEARCH_API_METHOD,
        path: SEARCH_API_PATHS.sources,
        handler: withoutParameters(() => listSources(deps.articles)),
      },
      {
        method: SEARCH_API_METHOD,
        path: SEARCH_API_PATHS.openApi,
        handler: withoutParameters(async () => openApiDocument),
      },
    ],
    notFoundResponse: () => respondJson(HTTP_STATUS.notFound, { message: 'no such route' }),
  } as unknown as Parameters<typeof httpRouterHandler>[0]);

  return (
    middy(router)
      .use(injectLambdaContext(logger))
      .use(
        httpErrorHandler({
          logger: (error: unknown) => logger.error('request failed', { error }),
          fallbackMessage: JSON.stringify({ message: 'internal error' }),
        }),
      )
      // A public, read-only API without credentials. The origins are the stack's configured list, so a
      // browser on another site gets no Access-Control-Allow-Origin for it; locally any origin may read.
      .use(
        httpCors({
          origins: [...(deps.corsOrigins ?? ['*'])],
          methods: 'GET,OPTIONS',
        }),
      ) as unknown as SearchHandler
  );
}
