// Throughput of one workload over one corpus: warm up, then several timed runs, and the median.
import { performance } from 'node:perf_hooks';

/** Long enough per run that timer resolution and a stray GC pause stay around 1 % of it. */
export const MIN_RUN_MS = 400;
/** Runs per measurement; the median of five shrugs off one run disturbed by another process. */
export const RUNS = 5;
/**
 * Warm-up before timing, so the JIT has compiled the hot paths and the median compares steady states,
 * not interpreters. A fixed short warm-up is not enough: the cleaner's hundreds of functions and
 * expressions take V8 seconds to tier up (the first half-second ran four to five times slower than the
 * tenth), while the baseline's few are compiled at once. So each workload is warmed in short runs until
 * its time per round stops improving, as benchmark harnesses do (JMH's warm-up iterations), within a cap.
 */
const WARMUP_RUN_MS = 250;
/** Runs without a new best (by more than WARMUP_IMPROVEMENT) that count as steady. */
const WARMUP_STEADY_RUNS = 4;
const WARMUP_IMPROVEMENT = 0.03;
const MAX_WARMUP_MS = 20_000;

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
export function runRounds<T>(
  items: readonly T[],
  work: (item: T) => unknown,
  minMs: number,
): [number, number] {
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

/**
 * Runs `work` over the items in WARMUP_RUN_MS runs until WARMUP_STEADY_RUNS runs in a row fail to beat
 * the best time per round by WARMUP_IMPROVEMENT, or `maxMs` passed. Returns the milliseconds spent.
 */
export function warmUp<T>(
  items: readonly T[],
  work: (item: T) => unknown,
  maxMs: number = MAX_WARMUP_MS,
): number {
  const started = performance.now();
  const runMs = Math.min(WARMUP_RUN_MS, maxMs);
  let best = Infinity;
  let runsWithoutGain = 0;
  while (runsWithoutGain < WARMUP_STEADY_RUNS && performance.now() - started < maxMs) {
    const [rounds, elapsedMs] = runRounds(items, work, runMs);
    const msPerRound = elapsedMs / rounds;
    if (msPerRound < best * (1 - WARMUP_IMPROVEMENT)) runsWithoutGain = 0;
    else runsWithoutGain++;
    best = Math.min(best, msPerRound);
  }
  return performance.now() - started;
}

/** One workload to time: what it runs and over which corpus. */
export interface Workload<T> {
  readonly corpus: Corpus<T>;
  readonly work: (item: T) => unknown;
}

/**
 * Median MB/s and documents/s of each workload. The runs are interleaved (run 1 of every workload,
 * then run 2 of every workload, …) rather than one workload after the other: on a machine where other
 * processes come and go, a busy minute then slows one run of each workload instead of every run of
 * one, so the ratios between workloads (the cleaner against the baseline) compare like with like.
 */
export function measureThroughputs<K extends string>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each workload has its own item type
  workloads: Readonly<Record<K, Workload<any>>>,
): Record<K, Throughput> {
  const names = Object.keys(workloads) as K[];
  for (const name of names) warmUp(workloads[name].corpus.items, workloads[name].work);
  const megabytes = new Map<K, number[]>(names.map((name) => [name, []]));
  const documents = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const name of names) {
      const { corpus, work } = workloads[name];
      const [rounds, elapsedMs] = runRounds(corpus.items, work, MIN_RUN_MS);
      const seconds = elapsedMs / 1000;
      megabytes.get(name)!.push((corpus.bytes * rounds) / 1_000_000 / seconds);
      documents.get(name)!.push((corpus.items.length * rounds) / seconds);
    }
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      { megabytesPerSecond: median(megabytes.get(name)!), documentsPerSecond: median(documents.get(name)!) },
    ]),
  ) as Record<K, Throughput>;
}

/** Median MB/s and documents/s of `work` over the corpus. */
export function measureThroughput<T>(corpus: Corpus<T>, work: (item: T) => unknown): Throughput {
  return measureThroughputs({ only: { corpus, work } }).only;
}

export { median };
