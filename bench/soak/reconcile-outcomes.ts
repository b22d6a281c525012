// Counted in = counted out: every expected delivery unit must have exactly one recorded outcome of the
// right kind (and, for a rejection, an acceptable reason). Pure, so the rule itself is unit-tested.
import type { ExpectedUnit, SoakOutcomeKind } from './soak-corpus.ts';

/** One outcome as the table records it (the receipt of a delivery unit). */
export interface RecordedOutcome {
  readonly key: string;
  readonly line?: number | null;
  readonly kind: SoakOutcomeKind;
  readonly reason?: string | null;
}

export interface Discrepancy {
  readonly unit: string;
  readonly problem: string;
}

export interface Reconciliation {
  readonly expectedUnits: number;
  readonly recordedUnits: number;
  readonly byKind: Readonly<Record<SoakOutcomeKind, number>>;
  /** Rejections per reason, most frequent first. */
  readonly byReason: readonly (readonly [reason: string, count: number])[];
  readonly discrepancies: readonly Discrepancy[];
}

const unitId = (key: string, line: number | null | undefined): string => (line ? `${key}#${line}` : key);

export function reconcileOutcomes(
  expected: readonly ExpectedUnit[],
  recorded: readonly RecordedOutcome[],
): Reconciliation {
  const byKind: Record<SoakOutcomeKind, number> = { stored: 0, duplicate: 0, rejected: 0 };
  const reasons = new Map<string, number>();
  const recordedById = new Map<string, RecordedOutcome[]>();
  for (const outcome of recorded) {
    byKind[outcome.kind] += 1;
    if (outcome.kind === 'rejected') {
      const reason = outcome.reason ?? 'no reason given';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    const id = unitId(outcome.key, outcome.line);
    recordedById.set(id, [...(recordedById.get(id) ?? []), outcome]);
  }

  const discrepancies: Discrepancy[] = [];
  const expectedIds = new Set<string>();
  /** Stored outcomes per content group: exactly one copy of each content is stored. */
  const storedPerGroup = new Map<string, number>();
  for (const unit of expected) {
    const id = unitId(unit.key, unit.line);
    expectedIds.add(id);
    const outcomes = recordedById.get(id) ?? [];
    if (outcomes.length === 0) {
      discrepancies.push({ unit: id, problem: `no outcome (expected ${unit.kind})` });
      continue;
    }
    if (outcomes.length > 1)
      discrepancies.push({ unit: id, problem: `${outcomes.length} outcomes for one unit` });
    const outcome = outcomes[0] as RecordedOutcome;
    if (unit.kind === 'rejected') {
      if (outcome.kind !== 'rejected')
        discrepancies.push({ unit: id, problem: `${outcome.kind}, expected rejected` });
      else if (unit.reasons && !unit.reasons.includes(outcome.reason ?? ''))
        discrepancies.push({
          unit: id,
          problem: `rejected as ${outcome.reason}, expected ${unit.reasons.join(' or ')}`,
        });
      continue;
    }
    // Copies race their original through the queue: which one is stored does not matter, only that one is.
    if (outcome.kind === 'rejected') {
      discrepancies.push({ unit: id, problem: `rejected as ${outcome.reason}, expected ${unit.kind}` });
      continue;
    }
    const group = unit.contentGroup ?? id;
    if (outcome.kind === 'stored') storedPerGroup.set(group, (storedPerGroup.get(group) ?? 0) + 1);
    else storedPerGroup.set(group, storedPerGroup.get(group) ?? 0);
  }
  for (const [group, stored] of storedPerGroup) {
    if (stored !== 1)
      discrepancies.push({ unit: group, problem: `content stored ${stored} times, expected once` });
  }
  for (const id of recordedById.keys()) {
    if (!expectedIds.has(id))
      discrepancies.push({ unit: id, problem: 'outcome for a unit that was never uploaded' });
  }

  return {
    expectedUnits: expected.length,
    recordedUnits: recorded.length,
    byKind,
    byReason: [...reasons].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    discrepancies,
  };
}
