// Storage figures for `npm run bench` (issue #9): write units per stored article and read units per
// search, measured on the emulators through the real repository, and search latency at growing corpus
// sizes. Articles are generated pages (bench/soak/soak-corpus.ts) that go through the real pipeline
// (parse, clean, classify, build the record) and are then stored by the repository's own write path:
// the same items and keys as the ingest function writes, without S3 and SQS in between, which the
// end-to-end figure measures separately.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { processDocument } from '#domain/article/process-document';
import { buildArticleRecord, type ArticleRecord } from '#domain/article/record';
import { parseObject } from '#domain/input/parse-object';
import { searchArticles, type SearchArticlesRequest } from '#use-cases/search-articles';
import { createLocalDynamoDbClient } from '../infra/local/clients.ts';
import { createLocalResources, startEmulators } from '../infra/local/emulators.ts';
import { meterCapacity } from './capacity-meter.ts';
import { runBounded } from './soak/run-bounded.ts';
import { generateSoakObjects, DEFAULT_SOAK_MIX } from './soak/soak-corpus.ts';

/** Parallel article writes: keeps the emulator busy without queuing thousands of requests. */
const WRITE_CONCURRENCY = 16;
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

export interface LatencyFigures {
  readonly articles: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Wall time to load the corpus up to this size, and its rate. */
  readonly loadSeconds: number;
}

export interface StorageFigures {
  readonly writeUnitsPerArticle: number;
  readonly readUnitsPerSearch: readonly { readonly name: string; readonly readUnits: number }[];
  readonly latency: readonly LatencyFigures[];
  readonly emulator: string;
}

/** Generated articles, cleaned and classified by the real pipeline, ready to store. */
function* generateRecords(count: number, seed: number): Generator<ArticleRecord> {
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

export async function measureStorage(corpusSizes: readonly number[]): Promise<StorageFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tinsach-bench-'));
  const emulators = await startEmulators({ dataDir });
  try {
    const resources = await createLocalResources(emulators.endpoints, { notifications: false });
    const client = createLocalDynamoDbClient(emulators.endpoints);
    const capacity = meterCapacity(client);
    const repository = new DynamoDbArticleRepository(client, resources.tableName);
    const largest = Math.max(...corpusSizes);
    const records = generateRecords(largest, 20_251_124);

    let stored = 0;
    let writeUnitsPerArticle = 0;
    const latency: LatencyFigures[] = [];
    const loadStartedAt = performance.now();
    for (const size of [...corpusSizes].sort((a, b) => a - b)) {
      const batch: ArticleRecord[] = [];
      for (let next = records.next(); stored + batch.length < size && !next.done;) {
        batch.push(next.value);
        if (stored + batch.length < size) next = records.next();
      }
      const writesBefore = capacity.writeUnits;
      await runBounded(batch, WRITE_CONCURRENCY, (record) => repository.saveArticle(record));
      if (stored === 0) writeUnitsPerArticle = (capacity.writeUnits - writesBefore) / batch.length;
      stored += batch.length;
      const loadSeconds = (performance.now() - loadStartedAt) / 1000;
      process.stderr.write(`storage: ${stored} articles stored in ${loadSeconds.toFixed(0)} s\n`);

      const timings: number[] = [];
      for (let round = 0; round < SEARCH_REPEATS; round++) {
        for (const { request } of SEARCH_MIX) {
          const startedAt = performance.now();
          await searchArticles(request, repository);
          timings.push(performance.now() - startedAt);
        }
      }
      timings.sort((a, b) => a - b);
      latency.push({
        articles: stored,
        p50: percentile(timings, 0.5),
        p95: percentile(timings, 0.95),
        p99: percentile(timings, 0.99),
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
    return {
      writeUnitsPerArticle,
      readUnitsPerSearch,
      latency,
      emulator: 'dynalite 4 (LevelDB files in a temporary folder), in this process',
    };
  } finally {
    await emulators.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('storage.ts')) {
  const sizes = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await measureStorage(sizes.length > 0 ? sizes : [1000]), null, 2));
}
