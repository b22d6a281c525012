// Formats the local-stack figures of `npm run bench` (end to end, handler memory, storage units, search
// latency, cost model) for docs/benchmarks.md and the console.
import { PRICES, type CostLine } from './cost-model.ts';
import type { EndToEndFigures } from './end-to-end.ts';
import type { HandlerMemoryFigures } from './handler-memory.ts';
import type { StorageFigures } from './storage.ts';

export interface LocalStackReport {
  readonly endToEnd: EndToEndFigures;
  readonly handlerMemory: readonly HandlerMemoryFigures[];
  readonly storage: StorageFigures;
  readonly costs: readonly CostLine[];
  readonly costArticles: number;
  readonly costSearches: number;
  /** Corpus sizes asked for by the issue that this run did not reach, with the reason. */
  readonly latencyGap: string | null;
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const megabytes = (bytes: number) => `${fixed(bytes / 1024 / 1024)} MB`;

export function formatLocalStackMarkdown(report: LocalStackReport): string {
  const { endToEnd, storage } = report;
  const total = report.costs.reduce((sum, line) => sum + line.dollars, 0);
  return [
    '## End to end on the local stack',
    '',
    `${endToEnd.objects} generated objects (${endToEnd.articles} articles: .txt pages, .json envelopes, .jsonl ` +
      'batches) uploaded to the local S3, announced to SQS by the bucket notification, delivered by the ' +
      `event-source poller to the real ingest handler in batches of ${endToEnd.batchSize}, ` +
      `${endToEnd.concurrency} invocation at a time (one Lambda instance), in one Node.js process with the emulators.`,
    '',
    '| articles | upload → all stored | articles/s | listed by the search API |',
    '| -------: | ------------------: | ---------: | -----------------------: |',
    `| ${endToEnd.articles} | ${fixed(endToEnd.seconds)} s | ${fixed(endToEnd.articlesPerSecond)} | ${endToEnd.searchable} |`,
    '',
    'Stored articles are searchable at once: the keyword index is written with the article.',
    '',
    '## Ingest handler memory on the largest objects',
    '',
    'Each in a fresh process with the local stack; "added" is the process peak after the handler ran minus ' +
      'its peak before the object was announced (emulators and the uploaded body are in the baseline; ' +
      "DynamoDB's emulator keeps its table on disk, so the articles stored are not counted). A batch is " +
      'followed through its hand-overs from one invocation to the next until every line has its outcome.',
    '',
    '| object | size | inflated | baseline RSS | added by the handler | result |',
    '| ------ | ---: | -------: | -----------: | -------------------: | ------ |',
    ...report.handlerMemory.map(
      (figure) =>
        `| ${figure.kind} | ${megabytes(figure.objectBytes)} | ${megabytes(figure.inflatedBytes)} | ` +
        `${fixed(figure.baselineRssMegabytes, 0)} MB | ${fixed(figure.handlerAddedMegabytes, 0)} MB | ${figure.outcome} |`,
    ),
    '',
    '## Storage: capacity units',
    '',
    `Write units per stored article, through the whole ingest path: **${fixed(endToEnd.writeUnitsPerArticle)}** ` +
      '(article record, keyword index entries, listing feeds, content claim, receipts, source profile; as ' +
      'reported by the emulator for each write, which counts the table item, not the copies written to the ' +
      `three indexes). Through the repository alone: ${fixed(storage.writeUnitsPerArticle)}.`,
    '',
    'Read units per search (eventually consistent; the emulator does not report query capacity, so they ' +
      'are computed from the bytes each query returned, rounded up to 4 KB and halved):',
    '',
    '| query | read units |',
    '| ----- | ---------: |',
    ...storage.readUnitsPerSearch.map((entry) => `| ${entry.name} | ${fixed(entry.readUnits)} |`),
    '',
    '## Search latency',
    '',
    `Each query of the mix above timed ${storage.searchRepeats} times (after one untimed round) through ` +
      `the search use case and the repository, on ${storage.emulator}. The corpus: the first ` +
      `${storage.repositoryArticles} articles stored by the repository's own write path (the write units ` +
      'above), the rest by the bulk loader (bench/bulk-load.ts), which writes exactly the items the write ' +
      'path writes for a new article (the same item builders: content claim, article, term entries, feed ' +
      `entry, counter updates) as BatchWriteItem requests of 25 items, ${storage.loadConcurrency} in flight, ` +
      'unprocessed items retried; a test checks that both ways leave the same table and answer searches ' +
      'alike (test/integration/storage/bulk-load.test.ts). Load time includes generating and cleaning ' +
      'the articles and the smaller sizes before it.',
    '',
    '| articles | load time | articles/s | p50 | p95 | p99 |',
    '| -------: | --------: | ---------: | --: | --: | --: |',
    ...storage.latency.map(
      (entry) =>
        `| ${entry.articles} | ${fixed(entry.loadSeconds, 0)} s | ${fixed(entry.articles / entry.loadSeconds, 0)} | ` +
        `${fixed(entry.p50)} ms | ${fixed(entry.p95)} ms | ${fixed(entry.p99)} ms |`,
    ),
    '',
    'Per query (p50 / p95 / p99, ms):',
    '',
    `| query | ${storage.latency.map((entry) => `${entry.articles} articles`).join(' | ')} |`,
    `| ----- | ${storage.latency.map(() => '-----:').join(' | ')} |`,
    ...(storage.latency[0]?.perQuery ?? []).map(
      ({ name }) =>
        `| ${name} | ${storage.latency
          .map((entry) => {
            const query = entry.perQuery.find((candidate) => candidate.name === name);
            return query ? `${fixed(query.p50)} / ${fixed(query.p95)} / ${fixed(query.p99)}` : '—';
          })
          .join(' | ')} |`,
    ),
    '',
    ...(report.latencyGap ? [report.latencyGap, ''] : []),
    `## Cost model: ${report.costArticles.toLocaleString('en')} articles and ${report.costSearches.toLocaleString('en')} searches in a month`,
    '',
    `On-demand prices, ${PRICES.region}, ${PRICES.asOf} (bench/cost-model.ts). Handler time per article is ` +
      "the end-to-end run's, emulators included, so it overstates Lambda's.",
    '',
    '| item | cost |',
    '| ---- | ---: |',
    ...report.costs.map((line) => `| ${line.item} | $${fixed(line.dollars, 2)} |`),
    `| **total** | **$${fixed(total, 2)}** |`,
    '',
  ].join('\n');
}
