// Storage figures for `npm run bench` (issue #9): write units per stored article and read units per
// search, measured on the emulator through the real repository, and search latency at growing corpus
// sizes. Articles are generated pages (bench/soak/soak-corpus.ts) that go through the real pipeline
// (parse, clean, classify, build the record). The first few hundred are stored by the repository's own
// write path (metered: write units per article); the rest by the bulk loader (bench/bulk-load.ts), which
// writes the same items with BatchWriteItem, because some 130 single-item writes per article would take
// over half an hour for 50,000 articles. dynalite runs in a child process (bench/dynalite-process.ts), so
// the timed searches do not share a JavaScript thread with the emulator or with the load.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { processDocument } from '#domain/article/process-document';
import { buildArticleRecord, type ArticleRecord } from '#domain/article/record';
import { parseObject } from '#domain/input/parse-object';
import { searchArticles, type SearchArticlesRequest } from '#use-cases/search-articles';
import { createLocalDynamoDbClient } from '../infra/local/clients.ts';
import { BulkLoader } from './bulk-load.ts';
import { meterCapacity } from './capacity-meter.ts';
import { startDynaliteProcess } from './dynalite-process.ts';
import { runBounded } from './soak/run-bounded.ts';
import { generateSoakObjects, DEFAULT_SOAK_MIX } from './soak/soak-corpus.ts';

/** Parallel article writes through the repository: keeps the emulator busy without queuing thousands. */
const WRITE_CONCURRENCY = 16;
/** Articles stored through the repository's write path before the bulk loader takes over. */
const REPOSITORY_ARTICLES = 200;
/** BatchWriteItem requests the bulk loader keeps in flight. */
const LOAD_CONCURRENCY = 8;
/** Each query of the mix is timed this many times at each corpus size. */
const SEARCH_REPEATS = 40;
const PAGE_SIZE = 20;

/** A realistic mix of what the search page sends: words without diacritics, a phrase, filters, relevance. */
export const SEARCH_MIX: readonly { readonly name: string; readonly request: SearchArticlesRequest }[] = [
  { name: 'one word, no diacritics', request: { q: 'lua', limit: PAGE_SIZE } },
  { name: 'two words', request: { q: 'nong dan', limit: PAGE_SIZE } },
  { name: 'quoted phrase', request: { q: '"nong thon moi"', limit: PAGE_SIZE } },
  { name: 'word + province', request: { q: 'du lich', province: '01', limit: PAGE_SIZE } },
  { name: 'word + dates', request: { q: 'lua', from: '2024-01-01', to: '2025-12-31', limit: PAGE_SIZE } },
  { name: 'relevance', request: { q: 'nong dan thu hoach', sort: 'relevance', limit: PAGE_SIZE } },
  { name: 'province listing', request: { province: '01', limit: PAGE_SIZE } },
];

export interface QueryLatency {
  readonly name: string;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

export interface LatencyFigures {
  readonly articles: number;
  /** Over every timed search of the mix. */
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly perQuery: readonly QueryLatency[];
  /** Wall time to load the corpus up to this size (the smaller sizes' loads included). */
  readonly loadSeconds: number;
}

export interface StorageFigures {
  readonly writeUnitsPerArticle: number;
  /** Articles stored through the repository's write path (the first ones, metered); the rest bulk-loaded. */
  readonly repositoryArticles: number;
  readonly readUnitsPerSearch: readonly { readonly name: string; readonly readUnits: number }[];
  readonly latency: readonly LatencyFigures[];
  readonly emulator: string;
  readonly searchRepeats: number;
  readonly loadConcurrency: number;
}

/** Generated articles, cleaned and classified by the real pipeline, ready to store. */
export function* generateRecords(count: number, seed: number): Generator<ArticleRecord> {
  const mix = { ...DEFAULT_SOAK_MIX, badShare: 0, duplicateShare: 0, jsonShare: 1, jsonlShare: 0 };
  const objects = generateSoakObjects(count, { seed, prefix: 'incoming/bench/', mix });
  for (const object of objects) {
    for (const parsed of parseObject({ key: object.key, bytes: object.body, metadata: {} })) {
      if (!parsed.ok) continue;
      const cleaned = processDocument(parsed.doc);
      if (cleaned.quality && !cleaned.quality.isArticle) continue;
      yield buildArticleRecord(cleaned, {
        objectKey: object.key,
        etag: object.key,
        ingestedAt: new Date().toISOString(),
        ...(parsed.doc.url ? { url: parsed.doc.url } : {}),
      });
    }
  }
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

function summarize(timings: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...timings].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) };
}

function take<T>(source: Iterator<T>, count: number): T[] {
  const taken: T[] = [];
  while (taken.length < count) {
    const next = source.next();
    if (next.done) break;
    taken.push(next.value);
  }
  return taken;
}

/** Lazily the next `count` records of `source`, so a large load never holds the whole corpus. */
function* takeLazily<T>(source: Iterator<T>, count: number, onEach: () => void): Generator<T> {
  for (let taken = 0; taken < count; taken++) {
    const next = source.next();
    if (next.done) return;
    onEach();
    yield next.value;
  }
}

export interface MeasureStorageOptions {
  /** LevelDB files in a temporary folder (the default), or the emulator's in-memory store. */
  readonly inMemory?: boolean;
}

export async function measureStorage(
  corpusSizes: readonly number[],
  options: MeasureStorageOptions = {},
): Promise<StorageFigures> {
  const dataDir = options.inMemory ? undefined : await mkdtemp(join(tmpdir(), 'tinsach-bench-'));
  const emulator = await startDynaliteProcess(dataDir ? { dataDir } : {});
  try {
    // One client for the metered work (the repository's writes, the searches), one for the bulk load.
    const client = createLocalDynamoDbClient(emulator.endpoints);
    const loaderClient = createLocalDynamoDbClient(emulator.endpoints);
    const capacity = meterCapacity(client);
    const repository = new DynamoDbArticleRepository(client, emulator.tableName);
    const loader = new BulkLoader(loaderClient, emulator.tableName, LOAD_CONCURRENCY);
    const sizes = [...corpusSizes].sort((a, b) => a - b);
    const records = generateRecords(Math.max(...sizes), 20_251_124);

    // The first articles go through the repository's own write path: its write units per article.
    const loadStartedAt = performance.now();
    const firstBatch = take(records, Math.min(REPOSITORY_ARTICLES, sizes[0] ?? 0));
    await runBounded(firstBatch, WRITE_CONCURRENCY, (record) => repository.saveArticle(record));
    const writeUnitsPerArticle = capacity.writeUnits / Math.max(1, firstBatch.length);
    let stored = firstBatch.length;

    const latency: LatencyFigures[] = [];
    for (const size of sizes) {
      await loader.load(takeLazily(records, size - stored, () => (stored += 1)));
      const loadSeconds = (performance.now() - loadStartedAt) / 1000;
      process.stderr.write(
        `storage: ${stored} articles stored in ${loadSeconds.toFixed(0)} s ` +
          `(${loader.totals.batches} batch writes)\n`,
      );

      // One untimed round first: the first search of a process pays for connections and compilation.
      for (const { request } of SEARCH_MIX) await searchArticles(request, repository);
      const timings = new Map<string, number[]>(SEARCH_MIX.map(({ name }) => [name, []]));
      for (let round = 0; round < SEARCH_REPEATS; round++) {
        for (const { name, request } of SEARCH_MIX) {
          const startedAt = performance.now();
          await searchArticles(request, repository);
          timings.get(name)?.push(performance.now() - startedAt);
        }
      }
      latency.push({
        articles: stored,
        ...summarize([...timings.values()].flat()),
        perQuery: SEARCH_MIX.map(({ name }) => ({ name, ...summarize(timings.get(name) ?? []) })),
        loadSeconds,
      });
    }

    const readUnitsPerSearch = [];
    for (const { name, request } of SEARCH_MIX) {
      const before = capacity.readUnits;
      await searchArticles(request, repository);
      readUnitsPerSearch.push({ name, readUnits: capacity.readUnits - before });
    }
    client.destroy();
    loaderClient.destroy();
    return {
      writeUnitsPerArticle,
      repositoryArticles: firstBatch.length,
      readUnitsPerSearch,
      latency,
      emulator:
        `dynalite 4 in a process of its own (${dataDir ? 'LevelDB files in a temporary folder' : 'in memory'}), ` +
        'queried from the benchmark process',
      searchRepeats: SEARCH_REPEATS,
      loadConcurrency: LOAD_CONCURRENCY,
    };
  } finally {
    await emulator.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

// `npx tsx bench/storage.ts 10000 50000 [--in-memory]`: the storage figures alone, as JSON.
if (process.argv[1] === import.meta.filename) {
  const args = process.argv.slice(2);
  const sizes = args.filter((arg) => !arg.startsWith('--')).map(Number);
  const figures = await measureStorage(sizes.length > 0 ? sizes : [1000], {
    inMemory: args.includes('--in-memory'),
  });
  console.log(JSON.stringify(figures, null, 2));
}
