import { describe, expect, it } from 'vitest';
import { formatMarkdown, type BenchReport, type CorpusResult } from '../../../bench/report.ts';

const throughput = (megabytesPerSecond: number) => ({ megabytesPerSecond, documentsPerSecond: 1 });

const corpus: CorpusResult = {
  corpus: 'samples',
  description: 'test pages',
  documents: 2,
  bytes: 2_000,
  throughput: {
    pipeline: throughput(2),
    cleaner: throughput(4),
    classifier: throughput(6),
    baseline: throughput(8),
  },
  stageBreakdown: {
    stages: [
      { stage: 'normalize', msPerRound: 1 },
      { stage: 'segment', msPerRound: 3 },
    ],
    cleanerMsPerRound: 4,
    baselineMsPerRound: 2,
  },
};

function reportWithImport(importMs: number): BenchReport {
  return {
    date: '2026-12-03',
    machine: { cpu: 'test CPU', cores: 2, node: 'v20', platform: 'linux x64' },
    corpora: [corpus],
    coldStarts: [
      {
        name: 'ingest',
        entry: 'functions/ingest/handler.ts',
        bytes: 1_400_000,
        budgetBytes: 1_500_000,
        importTargetMs: 300,
        importMs,
      },
    ],
    peakRssMegabytes: 100,
    runs: 5,
    minRunMs: 400,
    targetMegabytesPerSecond: 5,
  };
}

describe('formatMarkdown', () => {
  it("shows each stage's time as a multiple of the baseline's, and the total", () => {
    const markdown = formatMarkdown(reportWithImport(250));
    expect(markdown).toContain("## Where the cleaner's time goes");
    expect(markdown).toMatch(/\| segment \| 1\.50 \|/);
    expect(markdown).toMatch(/\| \*\*total\*\* \| \*\*2\.00\*\* \|/);
    expect(markdown).toContain('**Gap.**');
  });

  it('explains the import time only when a handler misses its target', () => {
    expect(formatMarkdown(reportWithImport(250))).not.toContain('**Import gap.**');
    const slow = formatMarkdown(reportWithImport(420));
    expect(slow).toContain('**Import gap.**');
    expect(slow).toMatch(/\| 420 ms \| 300 ms \|/);
  });
});
