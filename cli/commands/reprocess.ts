// `tinsach reprocess [--source S] [--all]`: re-cleans stored articles from their raw objects after the
// cleaner improves (PIPELINE_VERSION bumped). Articles stored by an older pipeline version (or all, with
// --all) are re-delivered through the real path (infra/local/redeliver-objects.ts) and storage decides:
// a record from a newer pipeline version replaces the stored one ("re-cleaned"); one that would not change
// the stored record is reported "unchanged".
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { comparePipelineVersions, type ArticleRecord } from '#domain/article/record';
import { PIPELINE_VERSION } from '#domain/version';
import type { ArticleListing } from '#ports/article-repository';
import { createLocalDynamoDbClient, createLocalS3Client } from '../../infra/local/clients.ts';
import { createBatchId } from '../../infra/local/ingest-files.ts';
import {
  DEFAULT_LOCAL_STATE_FILE,
  LocalStackNotRunningError,
  readLocalStackState,
} from '../../infra/local/local-stack-state.ts';
import {
  waitForObjectOutcomes,
  type ObjectOutcome,
  type UploadedObject,
} from '../../infra/local/object-outcomes.ts';
import { redeliverObject } from '../../infra/local/redeliver-objects.ts';
import { createTableOutcomeReader } from '../../infra/local/table-outcome-reader.ts';

export interface ReprocessOptions {
  readonly stateFile?: string;
  /** Only this source's articles (the `source` the cleaner extracted, as the API lists them). */
  readonly source?: string;
  /** Every article, not only those stored by an older pipeline version. */
  readonly all?: boolean;
  readonly timeoutMs?: number;
  readonly batchId?: string;
  readonly write?: (chunk: string) => void;
  readonly writeError?: (chunk: string) => void;
}

/** What became of one selected article. */
export const REPROCESS_RESULTS = ['re-cleaned', 'unchanged', 'rejected', 'missing-raw', 'pending'] as const;
export type ReprocessResult = (typeof REPROCESS_RESULTS)[number];

/** Listing page size: the repository's largest useful page, few round trips. */
const LISTING_PAGE_SIZE = 100;
/** Re-cleaning runs the whole ingest path per object; same allowance as `tinsach ingest`. */
export const DEFAULT_REPROCESS_TIMEOUT_MS = 60_000;

const EXIT_OK = 0;
const EXIT_FAILED = 1;

async function listSelectedArticles(
  repository: DynamoDbArticleRepository,
  options: ReprocessOptions,
): Promise<{ selected: ArticleRecord[]; listed: number }> {
  const listing: ArticleListing =
    options.source === undefined ? { kind: 'all' } : { kind: 'source', source: options.source };
  const selected: ArticleRecord[] = [];
  let listed = 0;
  let after: Awaited<ReturnType<typeof repository.listArticles>>['next'] = null;
  do {
    const page = await repository.listArticles({
      listing,
      limit: LISTING_PAGE_SIZE,
      ...(after ? { after } : {}),
    });
    listed += page.items.length;
    for (const summary of page.items) {
      const record = await repository.getArticle(summary.id);
      if (record === null) continue;
      if (options.all || comparePipelineVersions(record.pipelineVersion, PIPELINE_VERSION) < 0)
        selected.push(record);
    }
    after = page.next;
  } while (after !== null);
  return { selected, listed };
}

function judge(
  record: ArticleRecord,
  outcomes: readonly ObjectOutcome[] | null | undefined,
): ReprocessResult {
  if (outcomes === undefined) return 'missing-raw';
  if (outcomes === null) return 'pending';
  const outcome = outcomes.find((candidate) => (candidate.line ?? null) === record.line) ?? outcomes[0];
  if (outcome === undefined || outcome.kind === 'rejected') return 'rejected';
  return outcome.kind === 'stored' ? 're-cleaned' : 'unchanged';
}

function formatCounts(
  counts: ReadonlyMap<ReprocessResult, number>,
  listed: number,
  selected: number,
): string {
  const parts = REPROCESS_RESULTS.filter((result) => (counts.get(result) ?? 0) > 0).map(
    (result) => `${counts.get(result)} ${result}`,
  );
  return `${listed} article(s) listed, ${selected} selected${parts.length > 0 ? `: ${parts.join(', ')}` : ''}\n`;
}

export async function runReprocess(options: ReprocessOptions = {}): Promise<number> {
  const write = options.write ?? ((chunk: string) => process.stdout.write(chunk));
  const writeError = options.writeError ?? ((chunk: string) => process.stderr.write(chunk));
  let state;
  try {
    state = await readLocalStackState(options.stateFile ?? DEFAULT_LOCAL_STATE_FILE);
  } catch (error) {
    if (!(error instanceof LocalStackNotRunningError)) throw error;
    writeError(`tinsach reprocess: ${error.message}\n`);
    return EXIT_FAILED;
  }

  const dynamodb = createLocalDynamoDbClient(state.endpoints);
  const s3 = createLocalS3Client(state.endpoints);
  try {
    const repository = new DynamoDbArticleRepository(dynamodb, state.resources.tableName);
    const { selected, listed } = await listSelectedArticles(repository, options);

    // One copy per raw object: a JSONL batch holding several selected articles is re-delivered once.
    const batchId = options.batchId ?? createBatchId();
    const copies = new Map<string, UploadedObject | undefined>();
    for (const objectKey of new Set(selected.map((record) => record.objectKey))) {
      try {
        copies.set(objectKey, await redeliverObject(s3, state.resources.bucketName, objectKey, batchId));
      } catch (error) {
        writeError(`tinsach reprocess: cannot re-deliver ${objectKey}: ${(error as Error).message}\n`);
        copies.set(objectKey, undefined);
      }
    }
    const delivered = [...copies.values()].filter((copy) => copy !== undefined);
    const results = await waitForObjectOutcomes(createTableOutcomeReader(state), delivered, {
      timeoutMs: options.timeoutMs ?? DEFAULT_REPROCESS_TIMEOUT_MS,
    });

    const counts = new Map<ReprocessResult, number>();
    for (const record of selected) {
      const copy = copies.get(record.objectKey);
      const result = judge(record, copy === undefined ? undefined : results.get(copy.key));
      counts.set(result, (counts.get(result) ?? 0) + 1);
      write(`${record.id} ${result} (${record.title ?? 'untitled'}; was ${record.pipelineVersion})\n`);
    }
    write(formatCounts(counts, listed, selected.length));
    const failed = ['rejected', 'missing-raw', 'pending'].some(
      (result) => (counts.get(result as ReprocessResult) ?? 0) > 0,
    );
    return failed ? EXIT_FAILED : EXIT_OK;
  } finally {
    dynamodb.destroy();
    s3.destroy();
  }
}
