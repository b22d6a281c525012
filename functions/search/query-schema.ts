// Validation of the search API's query strings; the messages are shown to API clients as they are.
import * as z from 'zod';
import { MAX_QUERY_CHARS } from '#domain/search/parse-query';
import { SEARCH_SORTS } from '#use-cases/search-keywords';

export const DEFAULT_PAGE_SIZE = 20;
/** Large enough for a result page, small enough that one request stays a few DynamoDB reads. */
export const MAX_PAGE_SIZE = 100;

/** Province codes are two digits (both before and after 2025-07-01). */
const PROVINCE_CODE = z.string().regex(/^\d{2}$/, 'must be a two-digit province code');
/** A date (YYYY-MM-DD) or an ISO 8601 date-time with offset. */
const DATE_OR_DATETIME = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be an ISO 8601 date (YYYY-MM-DD) or date-time',
});
/** Source names are short mastheads ("Báo Sơn La"); the cap stops keys built from pasted text. */
const MAX_SOURCE_CHARS = 200;

export const LIST_ARTICLES_QUERY = z.strictObject({
  province: PROVINCE_CODE.optional(),
  newProvince: PROVINCE_CODE.optional(),
  source: z.string().trim().min(1).max(MAX_SOURCE_CHARS).optional(),
  from: DATE_OR_DATETIME.optional(),
  to: DATE_OR_DATETIME.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().min(1).optional(),
  /** Keywords with or without diacritics; "double quotes" make a phrase; every word is required. */
  q: z.string().trim().max(MAX_QUERY_CHARS, `must be at most ${MAX_QUERY_CHARS} characters`).optional(),
  sort: z.enum(SEARCH_SORTS, { error: `must be one of ${SEARCH_SORTS.join(', ')}` }).optional(),
});

/** Routes that take no parameters still refuse unknown ones, so a typo is an error, not ignored. */
export const NO_PARAMETERS_QUERY = z.strictObject({});

export const LIST_REJECTIONS_QUERY = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().min(1).optional(),
});

export function describeQueryIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
