// Turns one uploaded object into the documents it holds, or the reasons it holds none. Each JSONL line
// stands on its own: a bad line is rejected with its number while the good ones go on. Batches are read
// one line at a time (readObjectUnits): a .jsonl.gz is inflated as it is read, never held inflated.
import { createGunzip, gunzipSync } from 'node:zlib';
import { DEFAULT_MAX_OBJECT_BYTES } from '#config/resources';
import type { RawDocument } from '#domain/article/types';
import { extractHtmlDocument } from '#domain/html/extract-html-document';
import { sniffDeclaredCharset } from '#domain/html/html-charset';
import { decodeBytes } from '#domain/text/decode';
import { describeEnvelopeIssues, validateEnvelope, type Envelope } from './envelope.ts';
import { LineCounter, splitLines, splitLinesSync, type PhysicalLine } from './line-splitter.ts';
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
  /** Cap on one line of a JSONL batch (DEFAULT_MAX_LINE_BYTES). */
  readonly maxLineBytes?: number;
  /** Cap on the non-empty lines of one JSONL batch (DEFAULT_MAX_BATCH_LINES). */
  readonly maxBatchLines?: number;
  /**
   * Lines of a batch that already have their outcome (an earlier delivery stored them): they are split
   * off but not decoded or parsed, and nothing is yielded for them, so a delivery that continues a long
   * batch reaches its first new line in milliseconds.
   */
  readonly skipLine?: (line: number) => boolean;
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

/**
 * A line of a batch is one envelope, as large as a .json object may be; a longer line is rejected as
 * too large with its number, without being buffered past the cap, decoded or parsed.
 */
export const DEFAULT_MAX_LINE_BYTES = DEFAULT_MAX_OBJECT_BYTES;

/**
 * Non-empty lines a batch may hold. Each line becomes its own outcome record, and every delivery of the
 * message reads the batch's outcomes back to skip the lines already done, so the count is bounded; 20,000
 * envelopes of a kilobyte fill the decompressed cap. A batch with more lines is rejected whole, before any
 * line is read.
 */
export const DEFAULT_MAX_BATCH_LINES = 20_000;

interface BatchLimits {
  readonly maxDecompressedBytes: number;
  readonly maxLineBytes: number;
  readonly maxBatchLines: number;
  readonly skipLine: (line: number) => boolean;
}

const SKIP_NONE = (): boolean => false;

function limitsOf(options: ParseOptions): BatchLimits {
  return {
    maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
    maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
    maxBatchLines: options.maxBatchLines ?? DEFAULT_MAX_BATCH_LINES,
    skipLine: options.skipLine ?? SKIP_NONE,
  };
}

/** How many leading bytes tell whether a batch can be split on the LF byte. */
const HEAD_BYTES = 8192;

/**
 * UTF-8 (the JSON Lines encoding) and the 8-bit encodings can be split on the LF byte and decoded line by
 * line. UTF-16 cannot (its LF is two bytes, and a zero byte never occurs in the others): such a batch,
 * named by its byte-order mark or by zero bytes, is decoded whole (it is within the caps) and split as text.
 */
function needsWholeDecoding(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  return head.subarray(0, HEAD_BYTES).includes(0);
}

const tooManyLines = (lines: number, max: number): ParseOutcome =>
  reject(
    createRejection('too-large', `the batch holds ${lines} lines; a batch may hold at most ${max} lines`),
  );

const lineTooLong = (line: number, bytes: number, max: number): ParseOutcome =>
  reject(createRejection('too-large', `the line has ${bytes} bytes; a line may hold at most ${max}`, line));

const NO_LINES = (): ParseOutcome => reject(createRejection('empty', 'the batch holds no lines'));

/** One physical line as bytes: decoded on its own, so a badly encoded line fails alone. Null: blank. */
function parseLineBytes(line: PhysicalLine, origin: string, maxLineBytes: number): ParseOutcome | null {
  if (line.bytes === undefined) return lineTooLong(line.number, line.byteLength, maxLineBytes);
  const decoded = decodeBytes(line.bytes);
  // Blank lines (a trailing newline, spacing) are layout, not documents; numbering stays physical.
  if (!decoded.ok) {
    if (decoded.reason === 'empty') return null;
    return reject(createRejection(decoded.reason, decoded.message, line.number));
  }
  if (decoded.text.trim() === '') return null;
  return parseEnvelope(decoded.text, origin, line.number);
}

/** One physical line of a batch: `seen` when it counts as a line of the batch (done by an earlier
 *  delivery, or not blank), and its outcome unless it was done before or is blank. */
function readBatchLine(
  line: PhysicalLine,
  origin: string,
  limits: BatchLimits,
): { seen: boolean; outcome: ParseOutcome | null } {
  if (limits.skipLine(line.number)) return { seen: true, outcome: null };
  const outcome = parseLineBytes(line, origin, limits.maxLineBytes);
  return { seen: outcome !== null, outcome };
}

/** The lines of decoded text, one at a time. */
function* splitText(text: string): Generator<{ number: number; content: string }> {
  let start = 0;
  for (let number = 1; start <= text.length; number++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
    yield { number, content };
    if (newline === -1) return;
    start = newline + 1;
  }
}

/** A batch decoded whole (UTF-16): split as text, each line parsed on its own. */
function* parseDecodedLines(text: string, origin: string, limits: BatchLimits): Generator<ParseOutcome> {
  let lines = 0;
  for (const { content } of splitText(text)) if (content !== '') lines++;
  if (lines > limits.maxBatchLines) {
    yield tooManyLines(lines, limits.maxBatchLines);
    return;
  }
  let any = false;
  for (const { number, content } of splitText(text)) {
    if (content.trim() === '') continue;
    any = true;
    if (limits.skipLine(number)) continue;
    const bytes = Buffer.byteLength(content, 'utf8');
    yield bytes > limits.maxLineBytes
      ? lineTooLong(number, bytes, limits.maxLineBytes)
      : parseEnvelope(content, origin, number);
  }
  if (!any) yield NO_LINES();
}

/** A batch already in memory (plain .jsonl, or a .gz inflated whole), read one line at a time. */
function* parseBatchBytes(bytes: Uint8Array, origin: string, limits: BatchLimits): Generator<ParseOutcome> {
  if (needsWholeDecoding(bytes)) {
    const decoded = decodeToText(bytes);
    if (decoded.ok) yield* parseDecodedLines(decoded.text, origin, limits);
    else yield decoded.outcome;
    return;
  }
  const counter = new LineCounter();
  counter.push(bytes);
  if (counter.lines > limits.maxBatchLines) {
    yield tooManyLines(counter.lines, limits.maxBatchLines);
    return;
  }
  let any = false;
  for (const line of splitLinesSync(bytes, limits.maxLineBytes)) {
    const { seen, outcome } = readBatchLine(line, origin, limits);
    any ||= seen;
    if (outcome) yield outcome;
  }
  if (!any) yield NO_LINES();
}

function decodeToText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; outcome: ParseOutcome } {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, outcome: reject(createRejection(decoded.reason, decoded.message)) };
  return { ok: true, text: decoded.text };
}

const decompressedTooLarge = (maxBytes: number): ParseOutcome =>
  reject(createRejection('too-large-decompressed', `decompressed content exceeds ${maxBytes} bytes`));

const notGzip = (error: unknown): ParseOutcome =>
  reject(createRejection('undecodable', `not valid gzip: ${(error as Error).message}`));

function gunzip(
  bytes: Uint8Array,
  maxBytes: number,
): { ok: true; bytes: Uint8Array } | { ok: false; outcome: ParseOutcome } {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      return { ok: false, outcome: decompressedTooLarge(maxBytes) };
    }
    return { ok: false, outcome: notGzip(error) };
  }
}

/** Inflates as the consumer reads: zlib works one chunk (16 KB) ahead of the reader, no further. */
async function* inflate(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  const stream = createGunzip();
  stream.end(bytes);
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } finally {
    stream.destroy();
  }
}

type GzipSurvey =
  | { readonly ok: true; readonly lines: number; readonly head: Uint8Array }
  | { readonly ok: false; readonly outcome: ParseOutcome };

/**
 * The first pass over a .gz: inflated and thrown away chunk by chunk, it finds a bomb, a corrupt stream
 * and an over-long batch before any line is processed, so such an object is rejected whole, as before
 * streaming. Inflating twice costs tens of milliseconds on a batch at the cap; keeping it inflated would
 * cost its whole size in memory.
 */
async function surveyGzip(bytes: Uint8Array, maxBytes: number): Promise<GzipSurvey> {
  const counter = new LineCounter();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let total = 0;
  try {
    for await (const chunk of inflate(bytes)) {
      total += chunk.length;
      if (total > maxBytes) return { ok: false, outcome: decompressedTooLarge(maxBytes) };
      if (headBytes < HEAD_BYTES) {
        head.push(chunk.slice(0, HEAD_BYTES - headBytes));
        headBytes += Math.min(chunk.length, HEAD_BYTES - headBytes);
      }
      counter.push(chunk);
    }
  } catch (error) {
    return { ok: false, outcome: notGzip(error) };
  }
  return { ok: true, lines: counter.lines, head: Buffer.concat(head) };
}

/** A .jsonl.gz batch, streamed: inflated and split as it is read, one line in memory at a time. */
async function* streamGzipBatch(
  bytes: Uint8Array,
  origin: string,
  limits: BatchLimits,
): AsyncGenerator<ParseOutcome> {
  const survey = await surveyGzip(bytes, limits.maxDecompressedBytes);
  if (!survey.ok) {
    yield survey.outcome;
    return;
  }
  if (needsWholeDecoding(survey.head)) {
    // UTF-16: rare, and within the cap the survey just checked.
    const inflated = gunzip(bytes, limits.maxDecompressedBytes);
    if (inflated.ok) yield* parseBatchBytes(inflated.bytes, origin, limits);
    else yield inflated.outcome;
    return;
  }
  if (survey.lines > limits.maxBatchLines) {
    yield tooManyLines(survey.lines, limits.maxBatchLines);
    return;
  }
  let any = false;
  for await (const line of splitLines(inflate(bytes), limits.maxLineBytes)) {
    const { seen, outcome } = readBatchLine(line, origin, limits);
    any ||= seen;
    if (outcome) yield outcome;
  }
  if (!any) yield NO_LINES();
}

const UNSUPPORTED_TYPE = (): ParseOutcome =>
  reject(createRejection('unsupported-type', 'expected .txt, .html, .htm, .json, .jsonl or .jsonl.gz'));

/**
 * The documents an object holds, all at once. Fine for a command line reading a few files; ingest uses
 * readObjectUnits, which holds one line of a batch at a time.
 */
export function parseObject(object: UploadedObject, options: ParseOptions = {}): ParseOutcome[] {
  const type = detectObjectType(object.key);
  switch (type) {
    case 'text':
      return [parsePlainText(object)];
    case 'json': {
      const decoded = decodeToText(object.bytes);
      return decoded.ok ? [parseEnvelope(decoded.text, object.key)] : [decoded.outcome];
    }
    case 'jsonl':
      return [...parseBatchBytes(object.bytes, object.key, limitsOf(options))];
    case 'jsonl-gzip': {
      if (object.bytes.length === 0) return [reject(createRejection('empty', 'the object is empty'))];
      const limits = limitsOf(options);
      const inflated = gunzip(object.bytes, limits.maxDecompressedBytes);
      return inflated.ok ? [...parseBatchBytes(inflated.bytes, object.key, limits)] : [inflated.outcome];
    }
    case 'html':
      return [parseHtmlPage(object)];
    case 'unknown':
      return [UNSUPPORTED_TYPE()];
  }
}

/**
 * The documents an object holds, one at a time, in order: a JSONL batch is decoded and parsed line by
 * line as the consumer asks for the next one, and a .jsonl.gz is inflated as it is read, so memory holds
 * the object's bytes and one line, whatever the batch's size. Same outcomes as parseObject.
 */
export async function* readObjectUnits(
  object: UploadedObject,
  options: ParseOptions = {},
): AsyncGenerator<ParseOutcome> {
  const type = detectObjectType(object.key);
  if (type === 'jsonl') {
    yield* parseBatchBytes(object.bytes, object.key, limitsOf(options));
  } else if (type === 'jsonl-gzip') {
    if (object.bytes.length === 0) yield reject(createRejection('empty', 'the object is empty'));
    else yield* streamGzipBatch(object.bytes, object.key, limitsOf(options));
  } else {
    yield* parseObject(object, options);
  }
}
