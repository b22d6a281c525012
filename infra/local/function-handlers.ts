// Loads the deployed functions' handlers for the local stack. They are imported lazily, after
// applyFunctionEnvironment(), because they read their configuration from process.env when loaded.
import type { HttpApiHandler } from './dev-server.ts';
import type { SqsBatchHandler } from './event-source-poller.ts';

const INGEST_HANDLER_MODULE = new URL('../../functions/ingest/handler.ts', import.meta.url).href;
const SEARCH_HANDLER_MODULE = new URL('../../functions/search/handler.ts', import.meta.url).href;

export class FunctionHandlerMissingError extends Error {
  constructor(modulePath: string) {
    super(`${modulePath} exports no function named "handler"`);
    this.name = 'FunctionHandlerMissingError';
  }
}

async function importHandler(modulePath: string): Promise<unknown> {
  // A computed specifier: the module is resolved at run time, after the environment is in place.
  const loaded = (await import(modulePath)) as Record<string, unknown>;
  if (typeof loaded['handler'] !== 'function') throw new FunctionHandlerMissingError(modulePath);
  return loaded['handler'];
}

export async function loadIngestHandler(): Promise<SqsBatchHandler> {
  return (await importHandler(INGEST_HANDLER_MODULE)) as SqsBatchHandler;
}

export async function loadSearchHandler(): Promise<HttpApiHandler> {
  return (await importHandler(SEARCH_HANDLER_MODULE)) as HttpApiHandler;
}
