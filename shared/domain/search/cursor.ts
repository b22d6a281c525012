// Page cursors are opaque to clients: base64url of a small JSON key. Anything that does not decode to
// exactly that shape is rejected with a typed error the API turns into a 400, never a 500.
import * as z from 'zod/mini';

/** Where the next page starts: the storage key of the last item returned, plus an optional bucket. */
export interface PageKey {
  readonly key: Readonly<Record<string, string>>;
  /** For listings that walk several partitions (e.g. one per year), the partition to resume in. */
  readonly bucket?: string;
}

export class InvalidCursorError extends Error {
  constructor(detail: string) {
    super(`invalid cursor: ${detail}`);
    this.name = 'InvalidCursorError';
  }
}

/** Storage keys are a handful of short strings; a longer cursor is forged or corrupted. */
const MAX_CURSOR_CHARS = 2048;
const CURSOR_VERSION = 1;

const CURSOR_SCHEMA = z.strictObject({
  v: z.literal(CURSOR_VERSION),
  k: z.record(z.string(), z.string()).check(z.refine((key) => Object.keys(key).length > 0, 'empty key')),
  b: z.optional(z.string()),
});

export function encodeCursor(page: PageKey): string {
  const json = JSON.stringify({ v: CURSOR_VERSION, k: page.key, ...(page.bucket ? { b: page.bucket } : {}) });
  return Buffer.from(json, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): PageKey {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_CHARS) throw new InvalidCursorError('bad length');
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursorError('not base64url');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('not JSON');
  }
  const parsed = CURSOR_SCHEMA.safeParse(value);
  if (!parsed.success) throw new InvalidCursorError('unexpected shape');
  return parsed.data.b === undefined ? { key: parsed.data.k } : { key: parsed.data.k, bucket: parsed.data.b };
}
