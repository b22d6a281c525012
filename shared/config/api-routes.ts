// The search API's routes, defined once: the search function routes them, the CDK stack declares them on
// the HTTP API, and the local dev server matches them the way API Gateway does.
export const SEARCH_API_PATHS = {
  health: '/health',
  articles: '/articles',
  article: '/articles/{id}',
  rejected: '/rejected',
  provinces: '/provinces',
  sources: '/sources',
  openApi: '/openapi.json',
} as const;

/** Every route is a read: the API has no write endpoint. */
export const SEARCH_API_METHOD = 'GET';

export const SEARCH_API_ROUTE_KEYS: readonly string[] = Object.values(SEARCH_API_PATHS).map(
  (path) => `${SEARCH_API_METHOD} ${path}`,
);
