// Formats the benchmark results for the console and for docs/benchmarks.md.
import type { ColdStart } from './cold-start.ts';
import type { Throughput } from './measure.ts';
import type { StageBreakdown } from './stage-times.ts';

export const WORKLOADS = {
  pipeline: 'full pipeline (processDocument)',
  cleaner: 'cleaning only (cleanText)',
  classifier: 'province classification only (classifyProvince)',
  baseline: 'jusText-style baseline',
} as const;
export type Workload = keyof typeof WORKLOADS;

export interface CorpusResult {
  readonly corpus: string;
  readonly description: string;
  readonly documents: number;
  readonly bytes: number;
  readonly throughput: Readonly<Record<Workload, Throughput>>;
  readonly stageBreakdown: StageBreakdown;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly platform: string;
}

export interface BenchReport {
  readonly date: string;
  readonly machine: Machine;
  readonly corpora: readonly CorpusResult[];
  readonly coldStarts: readonly ColdStart[];
  readonly peakRssMegabytes: number;
  readonly runs: number;
  readonly minRunMs: number;
  /** Target MB/s for the full pipeline. */
  readonly targetMegabytesPerSecond: number;
}

const fixed = (value: number, digits: number) => value.toFixed(digits);

/** Printed while the cleaner is slower than the baseline: where the time goes and what comes next. */
const BASELINE_GAP_PLAN =
  '**Gap.** The cleaner is slower than the baseline on at least one corpus; the breakdown below ("Where ' +
  'the cleaner\'s time goes") shows where. The figures compare steady states: V8 needs seconds to ' +
  "compile the cleaner's hundreds of functions and expressions (its first half-second runs four to five " +
  'times slower than its tenth), so each workload is warmed up until it stops getting faster. The gap is widest on the short samples, two-thirds ' +
  "boilerplate, where every short line takes the widget matcher's full path and the metadata parsers, " +
  'and where the baseline, with little to revise on a small page, is at its fastest; on long pages of ' +
  'prose most lines leave every stage at its first cheap test, and the cleaner comes close to the ' +
  'baseline or passes it. Segmentation alone, the same word split and stop-word look-up the baseline ' +
  'does plus the character-class counts every later stage decides on, takes a large share of the time ' +
  'the baseline needs for the whole page. Done: widget patterns screened by their required literals in ' +
  'one Aho–Corasick pass and widget families by one bit set per line; a topical family asked about ' +
  "looked for in the page's prose by its own expression; stop words read by an automaton while a line " +
  'is measured; the page normalised in one pass (one plain space between two kept characters in one ' +
  'step) and each line folded while it is measured; cheap screens before the costly expressions (a photo credit needs "ảnh" and ' +
  'what a credit puts after it, a comment header a name before its time, a byline no lower-case second ' +
  'word, a dateline its first word and dash); expressions with the u flag compiled once instead of on ' +
  'every call; no closures, spread copies or array-building iterators per page or per line; repeated ' +
  'lines looked up among earlier lines of the same length; the province classifier reads syllables by ' +
  'table and skips its patterns on one-space gaps. Tried without gain: rewrites of the line measurement ' +
  '(packed counters, branch-free letter runs, a word-at-a-time loop), folding to one-byte strings, ' +
  'caching parse results per line, screening topical families by plain substring search. Found since: ' +
  'a line ending in a closing quote deoptimised the line measurement, and in about one process in three ' +
  'V8 then ran it only through on-stack replacement, twice as slow for good (fixed: no step that runs ' +
  'only on rare lines inside it); and two costs that only a process that has cleaned pages of many shapes ' +
  'pays, as a Lambda container does and as the benchmark does once the samples have run: the ' +
  "cascade's line objects took a dozen hidden classes from spread copies, one per place that copied a " +
  'line, so that every read of a line field went megamorphic (fixed: one constructor per kind of object, ' +
  'cleaning/types.ts, and a lint rule against spreads), and the character loops read `text.charCodeAt(i)`, ' +
  'a call site that goes megamorphic once it has met strings of more than four representations (flat, ' +
  'sliced, concatenated, one- or two-byte) and then reads every character six times slower (fixed: ' +
  'text/code-units.ts calls String.prototype.charCodeAt itself). Together with folding each line while ' +
  'it is measured, they made the cleaner a fifth faster on the news pages. On short pages the cascade ' +
  'costs more than its parts: each stage timed ' +
  'alone in a tight loop over the samples adds up to about 1.6 times the baseline, the cascade run page ' +
  'by page to about 2.6 times, while over the hundred different news pages the two agree. A tight loop ' +
  "over the same eight pages lets the processor's branch predictors learn them, so the stage times " +
  'above are taken inside the cascade; there, running a stage a second time right after its first costs ' +
  'about two-thirds of the first (widgets 0.6 of the baseline against 1.0, metadata 0.3 against 0.4): ' +
  'the rest is caches and predictors starting cold on every stage, and running the cascade stage by ' +
  'stage over a batch of pages changed the ratio by under 3 %. No single hot spot is left: the widget ' +
  "matcher alone costs about 0.3 of the baseline over the samples' lines, and taking the site-notice " +
  'checks out altogether moved the ratio less than its run-to-run spread. The gap is the sum of ' +
  "fourteen stages' rules on every short line; meeting the baseline on the samples needs the work per " +
  'line cut to about a third. Next, a different design of the line-level rules rather than more tuning ' +
  'of these: (1) each line read once into word identifiers (folded syllables interned in a table), ' +
  'and the widget, date, byline, source, comment-header and caption vocabularies compiled into one ' +
  'automaton over them, so that one pass per line says which rules can apply at all; (2) normalising ' +
  'a page in the same pass that measures and folds it; (3) line objects built once, the stages writing ' +
  'roles and reasons into arrays instead of copying the lines. Tried since, without gain: a ' +
  'branch-free line measurement (the automaton read on every character cost more than the branches it ' +
  'saved), and finding the lines that need their spaces tidied with a character-class scan and ' +
  'indexOf before the character pass (the scans cost more than the pass).';

/** Printed while a handler imports slower than its target: where the time goes and what comes next. */
const IMPORT_GAP_PLAN =
  '**Import gap.** The ingest handler imports slower than its target. A CPU profile of the import puts ' +
  'about a fifth of it in compiling the 1.4 MB bundle, about a fifth in building the place index from ' +
  'the gazetteer (tens of thousands of names read into a syllable trie; capitalisation and code lists ' +
  'are now shared, about a quarter less CPU time), an eighth in garbage collection, and the rest in the ' +
  'AWS SDK, Powertools and the widget prefilter. Next: (1) the HTML stack (linkedom and Readability, ' +
  'about 450 KB) loaded by a dynamic import on the first HTML object, as a chunk of its own, so text and ' +
  'JSON batches neither compile nor initialise it; (2) the place index stored by the gazetteer build in ' +
  'the packed form it is searched in (syllable ids and flat arrays) instead of rebuilt from names at ' +
  'every cold start.';

function ratio(report: CorpusResult, workload: Workload): string {
  return fixed(
    report.throughput[workload].megabytesPerSecond / report.throughput.baseline.megabytesPerSecond,
    2,
  );
}

export function formatMarkdown(report: BenchReport): string {
  const lines: string[] = [
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` (bench/run.ts); do not edit by hand, run it again. -->',
    '',
    `Generated ${report.date} on ${report.machine.cpu}, ${report.machine.cores} cores ` +
      `(measured on one), Node.js ${report.machine.node}, ${report.machine.platform}.`,
    '',
    `Each figure is the median of ${report.runs} runs of at least ${report.minRunMs} ms, after each ` +
      'workload was warmed up until its time per round stopped improving (V8 takes seconds to compile ' +
      "the cleaner's hot paths, the baseline's at once); " +
      'the runs of the four workloads are interleaved, so a busy moment on the machine slows one run of ' +
      'each rather than all runs of one. The pipeline, the cleaner and the baseline get the same texts. ' +
      'MB/s counts the UTF-8 bytes of the input text (for the classifier: of its title, body and captions). ' +
      `Target for the full pipeline: at least ${report.targetMegabytesPerSecond} MB/s and at least the ` +
      'speed of the jusText-style baseline (bench/justext-baseline.ts) run in the same process.',
    '',
    '## Throughput',
    '',
    '| corpus | workload | MB/s | docs/s |',
    '|---|---|---:|---:|',
  ];
  for (const corpus of report.corpora) {
    for (const workload of Object.keys(WORKLOADS) as Workload[]) {
      const { megabytesPerSecond, documentsPerSecond } = corpus.throughput[workload];
      lines.push(
        `| ${corpus.corpus} | ${WORKLOADS[workload]} | ${fixed(megabytesPerSecond, 2)} | ${fixed(documentsPerSecond, 1)} |`,
      );
    }
  }
  lines.push(
    '',
    '## Against the baseline',
    '',
    '| corpus | pipeline / baseline | cleaner / baseline |',
    '|---|---:|---:|',
  );
  for (const corpus of report.corpora)
    lines.push(`| ${corpus.corpus} | ${ratio(corpus, 'pipeline')} | ${ratio(corpus, 'cleaner')} |`);
  const behind = report.corpora.filter(
    (corpus) => corpus.throughput.cleaner.megabytesPerSecond < corpus.throughput.baseline.megabytesPerSecond,
  );
  if (behind.length > 0) lines.push('', BASELINE_GAP_PLAN);
  lines.push(...formatStageBreakdown(report.corpora));
  lines.push('', '## Corpora', '');
  for (const corpus of report.corpora)
    lines.push(
      `- **${corpus.corpus}**: ${corpus.description} (${corpus.documents} document(s), ` +
        `${fixed(corpus.bytes / 1000, 1)} KB per round).`,
    );
  lines.push(
    '',
    '## Cold start and bundle size',
    '',
    'Each entry bundled as the stack bundles it (esbuild, minified ESM in UTF-8, platform node, AWS SDK inside; ' +
      "target set to this machine's Node.js), then imported by a fresh `node` process with the " +
      'environment the handler reads; median of several processes.',
    '',
    '| bundle | entry | size | budget | import | import target |',
    '|---|---|---:|---:|---:|---:|',
  );
  for (const start of report.coldStarts) {
    const budget = start.budgetBytes === null ? '—' : `${fixed(start.budgetBytes / 1_000_000, 2)} MB`;
    const target = start.importTargetMs === null ? '—' : `${fixed(start.importTargetMs, 0)} ms`;
    lines.push(
      `| ${start.name} | \`${start.entry}\` | ${fixed(start.bytes / 1_000_000, 2)} MB | ${budget} | ` +
        `${fixed(start.importMs, 0)} ms | ${target} |`,
    );
  }
  const slowImports = report.coldStarts.filter(
    (start) => start.importTargetMs !== null && start.importMs > start.importTargetMs,
  );
  if (slowImports.length > 0) lines.push('', IMPORT_GAP_PLAN);
  lines.push('', `Peak resident memory of the throughput runs: ${fixed(report.peakRssMegabytes, 0)} MB.`, '');
  return lines.join('\n');
}

/** Each stage's time as a multiple of the baseline's time for the whole page, per corpus. */
function formatStageBreakdown(corpora: readonly CorpusResult[]): string[] {
  const first = corpora[0];
  if (!first) return [];
  const lines = [
    '',
    "## Where the cleaner's time goes",
    '',
    'Each stage of the cascade timed on its own over the same corpora, as a multiple of the time the ' +
      'baseline takes for the whole page (measured separately, so that it does not pay for the ' +
      "cleaner's garbage collection). The total is the cleaner's time over the baseline's: the inverse " +
      'of the cleaner / baseline ratio above, give or take the timing of separate runs.',
    '',
    `| stage | ${corpora.map((corpus) => corpus.corpus).join(' | ')} |`,
    `|---|${corpora.map(() => '---:').join('|')}|`,
  ];
  first.stageBreakdown.stages.forEach(({ stage }, index) => {
    const cells = corpora.map((corpus) => {
      const { stages, baselineMsPerRound } = corpus.stageBreakdown;
      return fixed((stages[index]?.msPerRound ?? 0) / baselineMsPerRound, 2);
    });
    lines.push(`| ${stage} | ${cells.join(' | ')} |`);
  });
  const totals = corpora.map((corpus) =>
    fixed(corpus.stageBreakdown.cleanerMsPerRound / corpus.stageBreakdown.baselineMsPerRound, 2),
  );
  lines.push(`| **total** | ${totals.map((total) => `**${total}**`).join(' | ')} |`);
  return lines;
}

export function formatConsole(report: BenchReport): string {
  const lines = [
    `tinsach bench — ${report.machine.cpu}, ${report.machine.cores} cores (one used), node ${report.machine.node}`,
  ];
  for (const corpus of report.corpora) {
    lines.push(
      '',
      `${corpus.corpus} (${corpus.documents} doc(s), ${fixed(corpus.bytes / 1000, 1)} KB/round)`,
    );
    for (const workload of Object.keys(WORKLOADS) as Workload[]) {
      const { megabytesPerSecond, documentsPerSecond } = corpus.throughput[workload];
      lines.push(
        `  ${WORKLOADS[workload].padEnd(48)} ${fixed(megabytesPerSecond, 2).padStart(7)} MB/s ` +
          `${fixed(documentsPerSecond, 1).padStart(9)} docs/s`,
      );
    }
    lines.push(
      `  pipeline/baseline ${ratio(corpus, 'pipeline')}   cleaner/baseline ${ratio(corpus, 'cleaner')}`,
    );
    const { stages, baselineMsPerRound } = corpus.stageBreakdown;
    const heaviest = [...stages].sort((a, b) => b.msPerRound - a.msPerRound).slice(0, 4);
    lines.push(
      `  heaviest stages (× baseline time): ` +
        heaviest
          .map(({ stage, msPerRound }) => `${stage} ${fixed(msPerRound / baselineMsPerRound, 2)}`)
          .join(', '),
    );
  }
  lines.push('', 'cold start');
  for (const start of report.coldStarts)
    lines.push(
      `  ${start.name.padEnd(16)} ${fixed(start.bytes / 1_000_000, 2)} MB  import ${fixed(start.importMs, 0)} ms`,
    );
  lines.push('', `peak resident memory: ${fixed(report.peakRssMegabytes, 0)} MB`);
  return lines.join('\n');
}
