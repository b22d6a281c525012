import { describe, expect, it } from 'vitest';
import { CLEANING_STAGES, cleanText, finishCleaning, runCleaningStages } from '#domain/cleaning/index';
import { measureStageTimes } from '../../../bench/stage-times.ts';
import { generateNewsPages } from '../../../bench/news-pages.ts';

describe('measureStageTimes (where the cleaner spends its time)', () => {
  const pages = generateNewsPages(3, 5);

  it('times normalisation, every stage of the cascade in order and the outputs', () => {
    let baselineCalls = 0;
    const breakdown = measureStageTimes(pages, () => baselineCalls++, 20, 20);
    expect(breakdown.stages.map((entry) => entry.stage)).toEqual([
      'normalize',
      ...CLEANING_STAGES.map((stage) => stage.name),
      'outputs and quality gate',
    ]);
    for (const entry of breakdown.stages) expect(entry.msPerRound).toBeGreaterThanOrEqual(0);
    const sum = breakdown.stages.reduce((total, entry) => total + entry.msPerRound, 0);
    expect(breakdown.cleanerMsPerRound).toBeCloseTo(sum, 9);
    expect(breakdown.cleanerMsPerRound).toBeGreaterThan(0);
    // The baseline ran on its own, whole rounds over every page.
    expect(baselineCalls % pages.length).toBe(0);
    expect(baselineCalls).toBeGreaterThan(0);
    expect(breakdown.baselineMsPerRound).toBeGreaterThan(0);
  });

  it('times the same cascade cleanText runs', () => {
    for (const page of pages) expect(finishCleaning(runCleaningStages(page))).toEqual(cleanText(page));
  });
});
