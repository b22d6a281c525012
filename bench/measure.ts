// Throughput of one workload over one corpus: warm up, then several timed runs, and the median.
import { performance } from 'node:perf_hooks';

/** Long enough per run that timer resolution and a stray GC pause stay around 1 % of it. */
export const MIN_RUN_MS = 400;
/** Runs per measurement; the median of five shrugs off one run disturbed by another process. */
export const RUNS = 5;
/** Warm-up rounds before timing, so the JIT has compiled the hot paths (and the median compares
 *  steady states, not interpreters). */
const MIN_WARMUP_MS = 150;

export interface Throughput {
  readonly megabytesPerSecond: number;
  readonly documentsPerSecond: number;
}

export interface Corpus<T> {
  readonly name: string;
  readonly items: readonly T[];
  /** UTF-8 bytes of one round over the items (the text each workload is charged for). */
  readonly bytes: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounds over the whole corpus until `minMs` passed; returns rounds and milliseconds. */
function runRounds<T>(items: readonly T[], work: (item: T) => unknown, minMs: number): [number, number] {
  let rounds = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const item of items) work(item);
    rounds++;
    elapsed = performance.now() - started;
  }
  return [rounds, elapsed];
}

/** Median MB/s and documents/s of `work` over the corpus. */
export function measureThroughput<T>(corpus: Corpus<T>, work: (item: T) => unknown): Throughput {
  runRounds(corpus.items, work, MIN_WARMUP_MS);
  const megabytes: number[] = [];
  const documents: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const [rounds, elapsedMs] = runRounds(corpus.items, work, MIN_RUN_MS);
    const seconds = elapsedMs / 1000;
    megabytes.push((corpus.bytes * rounds) / 1_000_000 / seconds);
    documents.push((corpus.items.length * rounds) / seconds);
  }
  return { megabytesPerSecond: median(megabytes), documentsPerSecond: median(documents) };
}

export { median };
