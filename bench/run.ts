// `npm run bench`: throughput on one core of the full pipeline, the cleaner alone, the province
// classifier alone and a jusText-style baseline, on the project's samples and on long documents;
// peak memory; bundle sizes and cold-start import times. Prints a summary and regenerates
// docs/benchmarks.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'prettier';
import { processDocument } from '#domain/article/process-document';
import { cleanText } from '#domain/cleaning/index';
import { classifyProvince, type ProvinceInput } from '#domain/provinces/classify';
import { decodeBytes } from '#domain/text/decode';
import { INGEST_BUDGET_BYTES, SEARCH_BUDGET_BYTES } from './bundle-budgets.ts';
import { measureColdStarts } from './cold-start.ts';
import { extractBodyJustext } from './justext-baseline.ts';
import { MIN_RUN_MS, RUNS, measureThroughputs, type Corpus } from './measure.ts';
import { formatConsole, formatMarkdown, type CorpusResult, type Machine } from './report.ts';

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

const plans: readonly CorpusPlan[] = [
  {
    name: 'samples',
    description: 'the project samples (samples/*.txt), scraped-page text with site boilerplate',
    texts: sampleTexts,
    provinceInputs: sampleInputs,
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

const { ESM_REQUIRE_BANNER } = await import('../infra/constructs/pipeline-function.ts');
const { INGEST_ENTRY, SEARCH_ENTRY } = await import('../infra/stacks/tinsach-stack.ts');
const coldStarts = await measureColdStarts(
  projectRoot,
  [
    { name: 'ingest', entry: INGEST_ENTRY, budgetBytes: INGEST_BUDGET_BYTES },
    { name: 'search', entry: SEARCH_ENTRY, budgetBytes: SEARCH_BUDGET_BYTES },
    { name: 'domain pipeline', entry: 'shared/domain/article/process-document.ts', budgetBytes: null },
  ],
  ESM_REQUIRE_BANNER,
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
// Formatted like every other file, so `npm run lint` (prettier --check) accepts the generated page.
writeFileSync(
  join(projectRoot, 'docs', 'benchmarks.md'),
  await format(formatMarkdown(report), { parser: 'markdown' }),
);
console.log('\nwrote docs/benchmarks.md');
