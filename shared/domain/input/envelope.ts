// The JSON envelope a crawler may upload instead of plain text (one per .json, one per .jsonl line).
import { z } from 'zod';

/** Long enough for any real headline or URL; longer values are crawler bugs, not articles. */
const MAX_SHORT_FIELD_CHARS = 2048;

const shortText = z.string().trim().min(1).max(MAX_SHORT_FIELD_CHARS);

export const ENVELOPE_SCHEMA = z.object({
  url: z.url().max(MAX_SHORT_FIELD_CHARS).optional(),
  text: z.string().optional(),
  html: z.string().optional(),
  title: shortText.optional(),
  publishedAt: shortText.optional(),
  crawledAt: shortText.optional(),
  source: shortText.optional(),
});

export type Envelope = z.infer<typeof ENVELOPE_SCHEMA>;

/** Names the first problem in words a crawler author can act on, not zod's full dump. */
export function describeEnvelopeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'envelope is not valid';
  const path = issue.path.length > 0 ? issue.path.join('.') : 'envelope';
  return `${path}: ${issue.message}`;
}
