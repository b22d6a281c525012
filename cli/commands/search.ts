// `tinsach search QUERY`: asks the search API (the local stack's, or any with `--api`) and prints the
// results as a readable list or as the API's JSON.
import { SEARCH_API_PATHS } from '#config/api-routes';
import type { ArticleSummary } from '#ports/article-repository';
import {
  DEFAULT_LOCAL_STATE_FILE,
  LocalStackNotRunningError,
  readLocalStackState,
} from '../../infra/local/local-stack-state.ts';

export const SEARCH_SORT_OPTIONS = ['newest', 'relevance'] as const;
export type SearchSortOption = (typeof SEARCH_SORT_OPTIONS)[number];

export interface SearchFilters {
  readonly query?: string;
  readonly province?: string;
  readonly newProvince?: string;
  readonly source?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sort?: SearchSortOption;
  readonly limit?: number;
}

export interface SearchOptions {
  /** The API's base URL; the local stack's (from its state file) when omitted. */
  readonly apiUrl?: string;
  readonly stateFile?: string;
  readonly json?: boolean;
  readonly write?: (chunk: string) => void;
  readonly writeError?: (chunk: string) => void;
}

/** What GET /articles answers. */
interface SearchResponse {
  readonly items: readonly ArticleSummary[];
  readonly nextCursor: string | null;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;

/** The API's parameter names (README, "API"). */
export function buildSearchUrl(apiUrl: string, filters: SearchFilters): string {
  const url = new URL(SEARCH_API_PATHS.articles, apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
  const parameters: [string, string | number | undefined][] = [
    ['q', filters.query],
    ['province', filters.province],
    ['newProvince', filters.newProvince],
    ['source', filters.source],
    ['from', filters.from],
    ['to', filters.to],
    ['sort', filters.sort],
    ['limit', filters.limit],
  ];
  for (const [name, value] of parameters)
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  return url.toString();
}

function describeProvince(article: ArticleSummary): string {
  const province = article.province;
  if (province === null) return 'no province';
  return province.name === province.newName
    ? `${province.name} (${province.code}/${province.newCode})`
    : `${province.name} (${province.code}) → ${province.newName} (${province.newCode})`;
}

/** One block per article: title, then date · province · source, then the id to fetch it by. */
export function formatSearchResults(response: SearchResponse): string {
  if (response.items.length === 0) return 'No articles found.\n';
  const blocks = response.items.map((article, index) => {
    const date = (article.publishedAt ?? article.sortedAt).slice(0, 10);
    return [
      `${index + 1}. ${article.title ?? '(untitled)'}`,
      `   ${date} · ${describeProvince(article)} · ${article.source ?? 'unknown source'}`,
      `   id ${article.id}`,
    ].join('\n');
  });
  const more = response.nextCursor ? '\nMore results: raise --limit or narrow the filters.\n' : '';
  return `${blocks.join('\n\n')}\n${more}`;
}

async function resolveApiUrl(options: SearchOptions): Promise<string> {
  if (options.apiUrl) return options.apiUrl;
  return (await readLocalStackState(options.stateFile ?? DEFAULT_LOCAL_STATE_FILE)).apiUrl;
}

export async function runSearch(filters: SearchFilters, options: SearchOptions = {}): Promise<number> {
  const write = options.write ?? ((chunk: string) => process.stdout.write(chunk));
  const writeError = options.writeError ?? ((chunk: string) => process.stderr.write(chunk));
  let apiUrl: string;
  try {
    apiUrl = await resolveApiUrl(options);
  } catch (error) {
    if (!(error instanceof LocalStackNotRunningError)) throw error;
    writeError(`tinsach search: ${error.message} Or give --api URL.\n`);
    return EXIT_FAILED;
  }

  const url = buildSearchUrl(apiUrl, filters);
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    writeError(`tinsach search: cannot reach ${apiUrl}: ${(error as Error).message}\n`);
    return EXIT_FAILED;
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const message = (body as { message?: string } | null)?.message ?? response.statusText;
    writeError(`tinsach search: the API answered ${response.status}: ${message}\n`);
    return EXIT_FAILED;
  }
  if (options.json) write(`${JSON.stringify(body, null, 2)}\n`);
  else write(formatSearchResults(body as SearchResponse));
  return EXIT_OK;
}
