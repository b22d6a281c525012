// The JSON envelope a crawler may upload instead of plain text (one per .json, one per .jsonl line).
import * as z from 'zod/mini';
import { en } from 'zod/locales';

/** Long enough for any real headline or URL; longer values are crawler bugs, not articles. */
const MAX_SHORT_FIELD_CHARS = 2048;

const shortText = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_SHORT_FIELD_CHARS)));

export const ENVELOPE_SCHEMA = z.object({
  url: z.optional(z.url().check(z.maxLength(MAX_SHORT_FIELD_CHARS))),
  text: z.optional(z.string()),
  html: z.optional(z.string()),
  title: shortText,
  publishedAt: shortText,
  crawledAt: shortText,
  source: shortText,
});

/**
 * zod/mini (chosen for the Lambda bundle size, issue #9) loads no locale, so its issues would all read
 * "Invalid input"; the English messages are passed per parse rather than configured globally.
 */
const ENGLISH_MESSAGES = en().localeError;

export type EnvelopeParseResult = ReturnType<typeof ENVELOPE_SCHEMA.safeParse>;

/** Validates a parsed JSON value as an envelope, with zod's English issue messages. */
export function validateEnvelope(value: unknown): EnvelopeParseResult {
  return ENVELOPE_SCHEMA.safeParse(value, { error: ENGLISH_MESSAGES });
}

export type Envelope = z.infer<typeof ENVELOPE_SCHEMA>;

/** Names the first problem in words a crawler author can act on, not zod's full dump. */
export function describeEnvelopeIssues(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'envelope is not valid';
  const path = issue.path.length > 0 ? issue.path.join('.') : 'envelope';
  return `${path}: ${issue.message}`;
}
