// Search function entry point: wires the factory to AWS clients from the environment.
import { createDynamoDbClient } from '#adapters/aws-clients';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { readFunctionEnvironment } from '#adapters/function-environment';
import { createSearchHandler, type SearchHandler } from './create-search-handler.ts';

export { createSearchHandler } from './create-search-handler.ts';
export type { SearchHandler, SearchHandlerDependencies } from './create-search-handler.ts';

function createHandlerFromEnvironment(): SearchHandler {
  const env = readFunctionEnvironment(process.env, { rawBucket: false });
  return createSearchHandler({
    articles: new DynamoDbArticleRepository(createDynamoDbClient(env), env.tableName),
    corsOrigins: env.corsOrigins,
  });
}

/** Built at cold start, so a missing variable fails the first invocation with its name. */
export const handler: SearchHandler = createHandlerFromEnvironment();
