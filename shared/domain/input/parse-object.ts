// Turns one uploaded object into the documents it holds, or the reasons it holds none. Each JSONL line
// stands on its own: a bad line is rejected with its number while the good ones go on.
import { gunzipSync } from 'node:zlib';
import { DEFAULT_MAX_OBJECT_BYTES } from '#config/resources';
import type { RawDocument } from '#domain/article/types';
import { extractHtmlDocument } from '#domain/html/extract-html-document';
import { sniffDeclaredCharset } from '#domain/html/html-charset';
import { decodeBytes } from '#domain/text/decode';
import { describeEnvelopeIssues, validateEnvelope, type Envelope } from './envelope.ts';
import { createRejection, type Rejection } from './rejection.ts';

export interface UploadedObject {
  readonly key: string;
  readonly bytes: Uint8Array;
  /** S3 user metadata (lower-case names without the x-amz-meta- prefix). */
  readonly metadata?: Readonly<Record<string, string>>;
}

export type ParseOutcome =
  | { readonly ok: true; readonly doc: RawDocument; readonly line?: number }
  | { readonly ok: false; readonly rejection: Rejection; readonly line?: number };

export interface ParseOptions {
  /** Cap on a decompressed .gz; above it the object is rejected rather than inflated into memory. */
  readonly maxDecompressedBytes?: number;
}

/**
 * A crawl batch of news text compresses about 4-8x; four times the raw-object cap admits honest batches
 * up to that cap and still stops a gzip bomb long before it can exhaust a 1 GB function.
 */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 4 * DEFAULT_MAX_OBJECT_BYTES;

/** S3 user-metadata names a crawler may set on plain files. */
export const OBJECT_METADATA = { sourceUrl: 'source-url', crawledAt: 'crawled-at' } as const;

type ObjectType = 'text' | 'json' | 'jsonl' | 'jsonl-gzip' | 'html' | 'unknown';

function detectObjectType(key: string): ObjectType {
  const name = key.toLowerCase();
  if (name.endsWith('.jsonl.gz')) return 'jsonl-gzip';
  if (name.endsWith('.jsonl')) return 'jsonl';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.txt')) return 'text';
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  return 'unknown';
}

const reject = (rejection: Rejection): ParseOutcome =>
  rejection.line === undefined ? { ok: false, rejection } : { ok: false, rejection, line: rejection.line };

function isHttpUrl(value: string): boolean {
  try {
    const protocol = new URL(value).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The crawler's hints from S3 metadata; a malformed URL is dropped rather than trusted. */
function readObjectHints(object: UploadedObject): { url?: string; crawledAt?: string } {
  const sourceUrl = object.metadata?.[OBJECT_METADATA.sourceUrl];
  const crawledAt = object.metadata?.[OBJECT_METADATA.crawledAt];
  return {
    ...(sourceUrl && isHttpUrl(sourceUrl) ? { url: sourceUrl } : {}),
    ...(crawledAt ? { crawledAt } : {}),
  };
}

function parsePlainText(object: UploadedObject): ParseOutcome {
  const decoded = decodeBytes(object.bytes);
  if (!decoded.ok) return reject(createRejection(decoded.reason, decoded.message));
  if (decoded.text.trim() === '')
    return reject(createRejection('empty', 'the object holds only white space'));
  const doc: RawDocument = { text: decoded.text, origin: object.key, ...readObjectHints(object) };
  return { ok: true, doc };
}

/** An HTML page: decoded as its meta charset says (a BOM and valid UTF-8 still win), then extracted. */
function parseHtmlPage(object: UploadedObject): ParseOutcome {
  const declaredCharset = sniffDeclaredCharset(object.bytes);
  const decoded = decodeBytes(object.bytes, declaredCharset ? { declaredCharset } : {});
  if (!decoded.ok) return reject(createRejection(decoded.reason, decoded.message));
  const hints = readObjectHints(object);
  const extracted = extractHtmlDocument(decoded.text, hints.url ? { url: hints.url } : {});
  if (!extracted.ok) return reject(createRejection(extracted.reason, extracted.message));
  return { ok: true, doc: { ...extracted.doc, origin: object.key, ...hints } };
}

/** The text of an envelope: "text" when it has some, else the main text of its "html". */
function readEnvelopeBody(
  envelope: Envelope,
  line?: number,
): { ok: true; doc: Omit<RawDocument, 'origin'> } | { ok: false; outcome: ParseOutcome } {
  if (envelope.text !== undefined && envelope.text.trim() !== '')
    return { ok: true, doc: { text: envelope.text } };
  if (envelope.html === undefined || envelope.html.trim() === '') {
    return {
      ok: false,
      outcome: reject(createRejection('missing-text', 'the envelope has no "text" or "html"', line)),
    };
  }
  const extracted = extractHtmlDocument(envelope.html, envelope.url ? { url: envelope.url } : {});
  if (!extracted.ok)
    return { ok: false, outcome: reject(createRejection(extracted.reason, extracted.message, line)) };
  return { ok: true, doc: extracted.doc };
}

function buildDocumentFromEnvelope(envelope: Envelope, origin: string, line?: number): ParseOutcome {
  const body = readEnvelopeBody(envelope, line);
  if (!body.ok) return body.outcome;
  // What the crawler states in the envelope wins over what the page declares about itself.
  const doc: RawDocument = {
    ...body.doc,
    origin: line === undefined ? origin : `${origin}#L${line}`,
    ...(envelope.url ? { url: envelope.url } : {}),
    ...(envelope.title ? { title: envelope.title } : {}),
    ...(envelope.publishedAt ? { publishedAt: envelope.publishedAt } : {}),
    ...(envelope.crawledAt ? { crawledAt: envelope.crawledAt } : {}),
    ...(envelope.source ? { source: envelope.source } : {}),
  };
  return line === undefined ? { ok: true, doc } : { ok: true, doc, line };
}

function parseEnvelope(json: string, origin: string, line?: number): ParseOutcome {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return reject(createRejection('malformed-json', `not valid JSON: ${(error as Error).message}`, line));
  }
  const parsed = validateEnvelope(value);
  if (!parsed.success) {
    return reject(createRejection('invalid-envelope', describeEnvelopeIssues(parsed.error), line));
  }
  return buildDocumentFromEnvelope(parsed.data, origin, line);
}

function parseJsonLines(text: string, origin: string): ParseOutcome[] {
  const outcomes: ParseOutcome[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    // Blank lines (a trailing newline, spacing) are layout, not documents; numbering stays physical.
    if (content.trim() !== '') outcomes.push(parseEnvelope(content, origin, index + 1));
  });
  if (outcomes.length === 0) return [reject(createRejection('empty', 'the batch holds no lines'))];
  return outcomes;
}

function decodeToText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; outcome: ParseOutcome } {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, outcome: reject(createRejection(decoded.reason, decoded.message)) };
  return { ok: true, text: decoded.text };
}

function gunzip(
  bytes: Uint8Array,
  maxBytes: number,
): { ok: true; bytes: Uint8Array } | { ok: false; outcome: ParseOutcome } {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      const message = `decompressed content exceeds ${maxBytes} bytes`;
      return { ok: false, outcome: reject(createRejection('too-large-decompressed', message)) };
    }
    const message = `not valid gzip: ${(error as Error).message}`;
    return { ok: false, outcome: reject(createRejection('undecodable', message)) };
  }
}

export function parseObject(object: UploadedObject, options: ParseOptions = {}): ParseOutcome[] {
  const type = detectObjectType(object.key);
  switch (type) {
    case 'text':
      return [parsePlainText(object)];
    case 'json': {
      const decoded = decodeToText(object.bytes);
      return decoded.ok ? [parseEnvelope(decoded.text, object.key)] : [decoded.outcome];
    }
    case 'jsonl': {
      const decoded = decodeToText(object.bytes);
      return decoded.ok ? parseJsonLines(decoded.text, object.key) : [decoded.outcome];
    }
    case 'jsonl-gzip': {
      if (object.bytes.length === 0) return [reject(createRejection('empty', 'the object is empty'))];
      const inflated = gunzip(object.bytes, options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES);
      if (!inflated.ok) return [inflated.outcome];
      const decoded = decodeToText(inflated.bytes);
      return decoded.ok ? parseJsonLines(decoded.text, object.key) : [decoded.outcome];
    }
    case 'html':
      return [parseHtmlPage(object)];
    case 'unknown':
      return [
        reject(createRejection('unsupported-type', 'expected .txt, .html, .htm, .json, .jsonl or .jsonl.gz')),
      ];
  }
}
