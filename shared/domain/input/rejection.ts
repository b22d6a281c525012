// Why an object (or one line of a batch) was not turned into an article. A closed list, so the API,
// the CLI and the metrics can group by it; a rejection is recorded, never retried.
export const REJECTION_REASONS = [
  'empty',
  'binary',
  'undecodable',
  'legacy-encoding', // TCVN3/VNI text: readable only after a conversion we do not guess at
  'too-large',
  'too-large-decompressed', // a .gz whose content exceeds the cap (a gzip bomb, or just too big)
  'malformed-json',
  'invalid-envelope',
  'missing-text',
  'unsupported-type',
  'not-found',
  'outside-prefix',
  'no-article-text', // cleaning left nothing that reads like an article
  'not-article', // the page reads as a listing, a shell, too little prose, or not Vietnamese
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export interface Rejection {
  readonly reason: RejectionReason;
  readonly message: string;
  /** 1-based line of a JSONL batch, when the rejection concerns one line only. */
  readonly line?: number;
}

export function createRejection(reason: RejectionReason, message: string, line?: number): Rejection {
  return line === undefined ? { reason, message } : { reason, message, line };
}
