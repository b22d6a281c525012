// `npm run bench`: throughput on one core of the full pipeline, the cleaner alone, the province
// classifier alone and a jusText-style baseline, on the project's samples and on long documents;
// peak memory; bundle sizes and cold-start import times; then on the local stack: end-to-end articles
// per second, the ingest handler's memory on the largest objects, capacity units per article and per
// search, search latency at growing corpus sizes and the monthly cost model. Prints a summary and
// regenerates docs/benchmarks.md. `--articles 10000,50000` sets the latency corpus sizes (the default;
// `--articles 10000` skips the long load of the larger one).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format } from 'prettier';
import { processDocument } from '#domain/article/process-document';
import { cleanText } from '#domain/cleaning/index';
import { classifyProvince, type ProvinceInput } from '#domain/provinces/classify';
import { decodeBytes } from '#domain/text/decode';
import { INGEST_BUDGET_BYTES, INGEST_IMPORT_TARGET_MS, SEARCH_BUDGET_BYTES } from './bundle-budgets.ts';
import { measureColdStarts } from './cold-start.ts';
import { extractBodyJustext } from './justext-baseline.ts';
import { MIN_RUN_MS, RUNS, measureThroughputs, type Corpus } from './measure.ts';
import { formatConsole, formatMarkdown, type CorpusResult, type Machine } from './report.ts';
import { INGEST_FUNCTION, INGEST_QUEUE, SEARCH_FUNCTION } from '#config/resources';
import { estimateMonthlyCost } from './cost-model.ts';
import { measureEndToEnd } from './end-to-end.ts';
import { measureHandlerMemory } from './handler-memory.ts';
import { formatLocalStackMarkdown } from './report-storage.ts';
import { measureStorage } from './storage.ts';
import { generateNewsPages } from './news-pages.ts';
import { measureStageTimes } from './stage-times.ts';

const { values: options } = parseArgs({
  options: {
    // Both sizes the issue asks for, so that one run prints every figure. 50,000 articles take 15–40
    // minutes to load on the 2-core machine: `--articles 10000` for a quicker run.
    articles: { type: 'string', default: '10000,50000' },
    'end-to-end-objects': { type: 'string', default: '400' },
  },
});
/** Corpus sizes the issue asks search latency for. */
const ASKED_LATENCY_SIZES = [10_000, 50_000];
const COST_ARTICLES = 1_000_000;
const COST_SEARCHES = 100_000;
const MEGABYTES_PER_GIGABYTE = 1024;

/** Long documents: the samples joined this many times (a few hundred KB, a very long page). */
const LONG_DOCUMENT_REPEAT = 50;
/** The pipeline's target on one core (issue #3). */
const TARGET_MEGABYTES_PER_SECOND = 5;

const projectRoot = resolve(import.meta.dirname, '..');
const samplesDir = join(projectRoot, 'samples');
const sampleTexts = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const decoded = decodeBytes(readFileSync(join(samplesDir, name)));
    if (!decoded.ok) throw new Error(`${name}: ${decoded.message}`);
    return decoded.text;
  });

function toCorpus<T>(name: string, items: readonly T[], bytesOf: (item: T) => number): Corpus<T> {
  return { name, items, bytes: items.reduce((sum, item) => sum + bytesOf(item), 0) };
}

const textBytes = (text: string) => Buffer.byteLength(text);
const inputBytes = (input: ProvinceInput) =>
  Buffer.byteLength(input.title ?? '') +
  Buffer.byteLength(input.body) +
  input.captions.reduce((sum, caption) => sum + Buffer.byteLength(caption), 0);

function toProvinceInput(text: string): ProvinceInput {
  const { title, body, captions, source } = processDocument({ text });
  return { title, body, captions, source };
}

const longDocument = Array.from({ length: LONG_DOCUMENT_REPEAT }, () => sampleTexts.join('\n\n')).join(
  '\n\n',
);
const sampleInputs = sampleTexts.map(toProvinceInput);
// The cleaner drops the long document's repeats as duplicates, so the classifier's long text is built
// from the cleaned bodies directly: as long as the long document, all of it article text.
const longInput: ProvinceInput = {
  title: sampleInputs[0]?.title ?? null,
  body: Array.from({ length: LONG_DOCUMENT_REPEAT }, () =>
    sampleInputs.map((input) => input.body).join('\n'),
  ).join('\n'),
  captions: [],
  source: null,
};

interface CorpusPlan {
  readonly name: string;
  readonly description: string;
  readonly texts: readonly string[];
  readonly provinceInputs: readonly ProvinceInput[];
}

/** Full-length generated pages (bench/news-pages.ts): the size and shape of a regional article. */
const NEWS_PAGE_COUNT = 100;
const newsPages = generateNewsPages(NEWS_PAGE_COUNT);

const plans: readonly CorpusPlan[] = [
  {
    name: 'samples',
    description: 'the project samples (samples/*.txt), scraped-page text with site boilerplate',
    texts: sampleTexts,
    provinceInputs: sampleInputs,
  },
  {
    name: 'news pages',
    description:
      `${NEWS_PAGE_COUNT} generated article pages of five to nine kilobytes (bench/news-pages.ts): site ` +
      'header, title, date line, a dozen paragraphs with a photo caption, byline, related news, footer',
    texts: newsPages,
    provinceInputs: newsPages.map(toProvinceInput),
  },
  {
    name: 'long document',
    description:
      `the samples joined ${LONG_DOCUMENT_REPEAT} times into one page; the classifier gets the cleaned ` +
      `bodies joined ${LONG_DOCUMENT_REPEAT} times (issue #4: classification on long texts)`,
    texts: [longDocument],
    provinceInputs: [longInput],
  },
];

function measureCorpus(plan: CorpusPlan): CorpusResult {
  const texts = toCorpus(plan.name, plan.texts, textBytes);
  const inputs = toCorpus(plan.name, plan.provinceInputs, inputBytes);
  return {
    corpus: plan.name,
    description: plan.description,
    documents: texts.items.length,
    bytes: texts.bytes,
    // Same texts for the pipeline, the cleaner and the baseline, each called the same way and timed
    // by the same interleaved runs.
    throughput: measureThroughputs({
      pipeline: { corpus: texts, work: (text: string) => processDocument({ text }) },
      cleaner: { corpus: texts, work: (text: string) => cleanText(text) },
      classifier: { corpus: inputs, work: (input: ProvinceInput) => classifyProvince(input) },
      baseline: { corpus: texts, work: (text: string) => extractBodyJustext(text) },
    }),
    stageBreakdown: measureStageTimes(plan.texts, (text) => extractBodyJustext(text), MIN_RUN_MS * RUNS),
  };
}

function describeMachine(): Machine {
  const cpuInfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuInfo)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  return {
    cpu: model.trim(),
    cores: cpus().length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

const corpora = plans.map(measureCorpus);
// Read before the cold-start part loads the CDK constants: the figure is the throughput runs' own.
const peakRssMegabytes = process.resourceUsage().maxRSS / 1024;

const { BUNDLE_CHARSET, ESM_REQUIRE_BANNER } = await import('../infra/constructs/pipeline-function.ts');
const { INGEST_ENTRY, SEARCH_ENTRY } = await import('../infra/stacks/tinsach-stack.ts');
const coldStarts = await measureColdStarts(
  projectRoot,
  [
    {
      name: 'ingest',
      entry: INGEST_ENTRY,
      budgetBytes: INGEST_BUDGET_BYTES,
      importTargetMs: INGEST_IMPORT_TARGET_MS,
    },
    { name: 'search', entry: SEARCH_ENTRY, budgetBytes: SEARCH_BUDGET_BYTES },
    { name: 'domain pipeline', entry: 'shared/domain/article/process-document.ts', budgetBytes: null },
  ],
  ESM_REQUIRE_BANNER,
  BUNDLE_CHARSET,
);

const report = {
  date: new Date().toISOString().slice(0, 10),
  machine: describeMachine(),
  corpora,
  coldStarts,
  peakRssMegabytes,
  runs: RUNS,
  minRunMs: MIN_RUN_MS,
  targetMegabytesPerSecond: TARGET_MEGABYTES_PER_SECOND,
};
console.log(formatConsole(report));

const latencySizes = options.articles.split(',').map(Number);
const endToEnd = await measureEndToEnd(Number(options['end-to-end-objects']));
console.log(
  `end to end: ${endToEnd.articles} articles in ${endToEnd.seconds.toFixed(1)} s, ` +
    `${endToEnd.articlesPerSecond.toFixed(1)} articles/s, ${endToEnd.writeUnitsPerArticle.toFixed(1)} write units per article`,
);
const handlerMemory = measureHandlerMemory();
for (const figure of handlerMemory)
  console.log(
    `handler memory, ${figure.kind}: +${figure.handlerAddedMegabytes.toFixed(0)} MB (${figure.outcome})`,
  );
const storage = await measureStorage(latencySizes);
for (const entry of storage.latency)
  console.log(
    `search latency at ${entry.articles} articles: p50 ${entry.p50.toFixed(1)} ms, p95 ${entry.p95.toFixed(1)} ms, p99 ${entry.p99.toFixed(1)} ms`,
  );
const missing = ASKED_LATENCY_SIZES.filter(
  (size) => !storage.latency.some((entry) => entry.articles >= size),
);
const lastLoad = storage.latency.at(-1);
const latencyGap =
  missing.length === 0 || !lastLoad
    ? null
    : `Not measured in this run: ${missing.join(' and ')} articles (\`--articles ${latencySizes.join(',')}\`). ` +
      `The bulk loader stored ${(lastLoad.articles / lastLoad.loadSeconds).toFixed(0)} articles/s here, so ` +
      '50,000 articles add some 15–40 minutes; run `npm run bench -- --articles 10000,50000` to measure them.';
const readUnits = storage.readUnitsPerSearch.map((entry) => entry.readUnits);
const costs = estimateMonthlyCost({
  articles: COST_ARTICLES,
  searches: COST_SEARCHES,
  writeUnitsPerArticle: endToEnd.writeUnitsPerArticle,
  readUnitsPerSearch: readUnits.reduce((sum, units) => sum + units, 0) / readUnits.length,
  ingestSecondsPerArticle: 1 / endToEnd.articlesPerSecond,
  ingestMemoryGigabytes: INGEST_FUNCTION.memoryMb / MEGABYTES_PER_GIGABYTE,
  searchSeconds: (lastLoad?.p50 ?? 0) / 1000,
  searchMemoryGigabytes: SEARCH_FUNCTION.memoryMb / MEGABYTES_PER_GIGABYTE,
  batchSize: INGEST_QUEUE.batchSize,
  objectBytes: 4096,
});
const localStackMarkdown = formatLocalStackMarkdown({
  endToEnd,
  handlerMemory,
  storage,
  costs,
  costArticles: COST_ARTICLES,
  costSearches: COST_SEARCHES,
  latencyGap,
});
// Formatted like every other file, so `npm run lint` (prettier --check) accepts the generated page.
writeFileSync(
  join(projectRoot, 'docs', 'benchmarks.md'),
  await format(`${formatMarkdown(report)}\n${localStackMarkdown}`, { parser: 'markdown' }),
);
console.log('\nwrote docs/benchmarks.md');
