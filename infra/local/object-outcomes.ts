// Waiting for uploaded objects to be processed and describing what became of them, for `npm start`
// (the samples) and `tinsach ingest`. Where outcomes come from (the storage layer) is passed in.

export const OBJECT_OUTCOME_KINDS = ['stored', 'duplicate', 'rejected'] as const;
export type ObjectOutcomeKind = (typeof OBJECT_OUTCOME_KINDS)[number];

/** One article's fate; a JSONL object has one per line. */
export interface ObjectOutcome {
  readonly kind: ObjectOutcomeKind;
  readonly articleId?: string | null;
  readonly title?: string | null;
  /** Display name, e.g. "Quảng Nam → Đà Nẵng", or null when no province was decided. */
  readonly province?: string | null;
  /** Code of the decided province before 2025-07-01, the search API's `province` filter. */
  readonly provinceCode?: string | null;
  readonly reason?: string | null;
  /** 1-based line of a JSONL batch. */
  readonly line?: number | null;
}

export interface UploadedObject {
  readonly key: string;
  readonly eTag: string;
}

/** Outcomes of one object version, or null while it has not been processed. */
export type ObjectOutcomeReader = (object: UploadedObject) => Promise<readonly ObjectOutcome[] | null>;

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly pollIntervalMs?: number;
  readonly onProgress?: (processed: number, total: number) => void;
}

/** Between polls of the table: quick enough to feel immediate, slow enough not to load dynalite. */
const DEFAULT_POLL_INTERVAL_MS = 250;

/**
 * Polls until every object has outcomes or the time is up; objects still unprocessed map to null.
 * A JSONL batch records its lines one by one, so an object counts as done only when two consecutive
 * reads return the same number of outcomes.
 */
export async function waitForObjectOutcomes(
  readOutcomes: ObjectOutcomeReader,
  objects: readonly UploadedObject[],
  options: WaitOptions,
): Promise<Map<string, readonly ObjectOutcome[] | null>> {
  const latest = new Map<string, readonly ObjectOutcome[] | null>(
    objects.map((object) => [object.key, null]),
  );
  const settled = new Set<string>();
  const deadline = Date.now() + options.timeoutMs;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  for (;;) {
    for (const object of objects) {
      if (settled.has(object.key)) continue;
      const previous = latest.get(object.key) ?? null;
      const current = await readOutcomes(object);
      if (current !== null && previous !== null && current.length === previous.length)
        settled.add(object.key);
      latest.set(object.key, current);
    }
    options.onProgress?.(settled.size, objects.length);
    if (settled.size === objects.length || Date.now() >= deadline) return latest;
    await new Promise((resolve) => setTimeout(resolve, Math.min(pollIntervalMs, deadline - Date.now())));
  }
}

function describeOutcome(outcome: ObjectOutcome): string {
  const line = outcome.line ? `line ${outcome.line}: ` : '';
  if (outcome.kind === 'rejected') return `${line}rejected (${outcome.reason ?? 'no reason given'})`;
  const details = [
    outcome.articleId,
    outcome.title ? `"${outcome.title}"` : null,
    outcome.province ?? 'no province',
  ]
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join(', ');
  return `${line}${outcome.kind} (${details})`;
}

/** One line per file; a JSONL batch lists its lines after the file name. */
export function formatObjectOutcomes(label: string, outcomes: readonly ObjectOutcome[] | null): string {
  if (outcomes === null) return `${label}: still pending (no outcome before the timeout)`;
  if (outcomes.length === 0) return `${label}: processed, no articles`;
  if (outcomes.length === 1 && !outcomes[0]?.line)
    return `${label}: ${describeOutcome(outcomes[0] as ObjectOutcome)}`;
  return `${label}:\n${outcomes.map((outcome) => `  ${describeOutcome(outcome)}`).join('\n')}`;
}

/** Exit status rule of `tinsach ingest`: success only if everything was stored or was a duplicate. */
export function isEverythingStored(results: ReadonlyMap<string, readonly ObjectOutcome[] | null>): boolean {
  return [...results.values()].every(
    (outcomes) => outcomes !== null && outcomes.every((outcome) => outcome.kind !== 'rejected'),
  );
}

/** Counts over all files of a run: articles by outcome, rejections by reason, files never processed. */
export interface OutcomeSummary {
  readonly stored: number;
  readonly duplicate: number;
  readonly rejected: number;
  /** Rejections per reason code (the part of the reason before ":"), most frequent first. */
  readonly rejectedByReason: readonly (readonly [reason: string, count: number])[];
  readonly pending: number;
}

/** A reason reads "<code>: <message>"; the code groups rejections in the summary. */
const reasonCodeOf = (reason: string | null | undefined): string =>
  (reason ?? 'no reason given').split(':')[0]?.trim() || 'no reason given';

export function summarizeObjectOutcomes(
  results: ReadonlyMap<string, readonly ObjectOutcome[] | null>,
): OutcomeSummary {
  const counts = { stored: 0, duplicate: 0, rejected: 0, pending: 0 };
  const reasons = new Map<string, number>();
  for (const outcomes of results.values()) {
    if (outcomes === null) {
      counts.pending += 1;
      continue;
    }
    for (const outcome of outcomes) {
      counts[outcome.kind] += 1;
      if (outcome.kind === 'rejected') {
        const code = reasonCodeOf(outcome.reason);
        reasons.set(code, (reasons.get(code) ?? 0) + 1);
      }
    }
  }
  const rejectedByReason = [...reasons].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { ...counts, rejectedByReason };
}

/** The final table of a run: one row per outcome, rejections broken down by reason. */
export function formatOutcomeSummary(summary: OutcomeSummary): string {
  const rows: [string, number][] = [
    ['stored', summary.stored],
    ['duplicate', summary.duplicate],
    ['rejected', summary.rejected],
    ...summary.rejectedByReason.map(([reason, count]): [string, number] => [`  ${reason}`, count]),
    ...(summary.pending > 0 ? [['pending (files)', summary.pending] as [string, number]] : []),
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const countWidth = Math.max(...rows.map(([, count]) => String(count).length));
  return rows
    .map(([label, count]) => `${label.padEnd(labelWidth)}  ${String(count).padStart(countWidth)}`)
    .join('\n');
}
