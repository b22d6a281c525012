// Where the cleaner's time goes: each stage of the cascade timed on its own over a corpus, next to the
// jusText-style baseline's time for the same texts. The throughput table says how far the cleaner is
// from the baseline; this says which stages make up the distance.
import { performance } from 'node:perf_hooks';
import { CLEANING_STAGES, finishCleaning, normalizeStage } from '#domain/cleaning/index';
import { runRounds, warmUp } from './measure.ts';

/** Stages outside CLEANING_STAGES: the first state from the text, and the outputs from the last. */
const NORMALIZE = 'normalize';
const FINISH = 'outputs and quality gate';

export interface StageTime {
  readonly stage: string;
  /** Milliseconds per round over the corpus. */
  readonly msPerRound: number;
}

export interface StageBreakdown {
  readonly stages: readonly StageTime[];
  readonly cleanerMsPerRound: number;
  readonly baselineMsPerRound: number;
}

/**
 * Rounds over the texts for at least `minMs`, each side warmed up first until steady (at most
 * `warmUpMaxMs`, see warmUp); the stage times are the sums.
 */
export function measureStageTimes(
  texts: readonly string[],
  baseline: (text: string) => unknown,
  minMs: number,
  warmUpMaxMs?: number,
): StageBreakdown {
  const names = [NORMALIZE, ...CLEANING_STAGES.map((stage) => stage.name), FINISH];
  const runPage = (text: string, totals: Float64Array) => {
    let started = performance.now();
    let state = normalizeStage(text, {});
    let now = performance.now();
    totals[0]! += now - started;
    CLEANING_STAGES.forEach((stage, index) => {
      started = now;
      state = stage.run(state);
      now = performance.now();
      totals[index + 1]! += now - started;
    });
    finishCleaning(state);
    totals[names.length - 1]! += performance.now() - now;
  };
  const warmUpTotals = new Float64Array(names.length);
  warmUp(texts, (text) => runPage(text, warmUpTotals), warmUpMaxMs);
  warmUp(texts, baseline, warmUpMaxMs);
  const totals = new Float64Array(names.length);
  const [rounds] = runRounds(texts, (text) => runPage(text, totals), minMs);
  // The baseline on its own, not between the stages: it would otherwise pay for the cleaner's garbage.
  const [baselineRounds, baselineMs] = runRounds(texts, baseline, minMs);
  const stages = names.map((stage, index) => ({ stage, msPerRound: totals[index]! / rounds }));
  return {
    stages,
    cleanerMsPerRound: stages.reduce((sum, stage) => sum + stage.msPerRound, 0),
    baselineMsPerRound: baselineMs / baselineRounds,
  };
}
