import { describe, expect, it } from 'vitest';
import { reconcileOutcomes, type RecordedOutcome } from '../../../bench/soak/reconcile-outcomes.ts';
import type { ExpectedUnit } from '../../../bench/soak/soak-corpus.ts';

const EXPECTED: ExpectedUnit[] = [
  { key: 'a.txt', kind: 'stored', contentGroup: 'a.txt' },
  { key: 'b.txt', kind: 'duplicate', contentGroup: 'a.txt' },
  { key: 'c.jsonl', line: 1, kind: 'stored', contentGroup: 'c.jsonl#1' },
  { key: 'c.jsonl', line: 2, kind: 'rejected', reasons: ['malformed-json'] },
  { key: 'd.txt', kind: 'rejected', reasons: ['not-article', 'no-article-text'] },
];

const ALL_RIGHT: RecordedOutcome[] = [
  { key: 'a.txt', kind: 'stored' },
  { key: 'b.txt', kind: 'duplicate' },
  { key: 'c.jsonl', line: 1, kind: 'stored' },
  { key: 'c.jsonl', line: 2, kind: 'rejected', reason: 'malformed-json' },
  { key: 'd.txt', kind: 'rejected', reason: 'no-article-text' },
];

describe('reconcileOutcomes', () => {
  it('accounts for every unit and counts outcomes by kind and reason', () => {
    const result = reconcileOutcomes(EXPECTED, ALL_RIGHT);
    expect(result.discrepancies).toEqual([]);
    expect(result.byKind).toEqual({ stored: 2, duplicate: 1, rejected: 2 });
    expect(result.byReason).toEqual([
      ['malformed-json', 1],
      ['no-article-text', 1],
    ]);
    expect([result.expectedUnits, result.recordedUnits]).toEqual([5, 5]);
  });

  it('accepts the copy stored and the original reported as its duplicate', () => {
    const swapped = ALL_RIGHT.map((outcome) =>
      outcome.key === 'a.txt'
        ? { ...outcome, kind: 'duplicate' as const }
        : outcome.key === 'b.txt'
          ? { ...outcome, kind: 'stored' as const }
          : outcome,
    );
    expect(reconcileOutcomes(EXPECTED, swapped).discrepancies).toEqual([]);
  });

  it('reports a unit with no outcome as lost', () => {
    const result = reconcileOutcomes(
      EXPECTED,
      ALL_RIGHT.filter((outcome) => outcome.line !== 2),
    );
    expect(result.discrepancies).toEqual([{ unit: 'c.jsonl#2', problem: 'no outcome (expected rejected)' }]);
  });

  it('reports the wrong rejection reason, a good unit rejected, and content stored twice', () => {
    const wrong: RecordedOutcome[] = [
      { key: 'a.txt', kind: 'stored' },
      { key: 'b.txt', kind: 'stored' },
      { key: 'c.jsonl', line: 1, kind: 'rejected', reason: 'not-article' },
      { key: 'c.jsonl', line: 2, kind: 'rejected', reason: 'malformed-json' },
      { key: 'd.txt', kind: 'rejected', reason: 'binary' },
    ];
    expect(reconcileOutcomes(EXPECTED, wrong).discrepancies.map((found) => found.unit)).toEqual([
      'c.jsonl#1',
      'd.txt',
      'a.txt',
    ]);
  });

  it('reports outcomes for units that were never uploaded and two outcomes for one unit', () => {
    const extra = [
      ...ALL_RIGHT,
      { key: 'z.txt', kind: 'stored' as const },
      { key: 'd.txt', kind: 'rejected' as const, reason: 'empty' },
    ];
    expect(reconcileOutcomes(EXPECTED, extra).discrepancies).toEqual([
      { unit: 'd.txt', problem: '2 outcomes for one unit' },
      { unit: 'z.txt', problem: 'outcome for a unit that was never uploaded' },
    ]);
  });
});
