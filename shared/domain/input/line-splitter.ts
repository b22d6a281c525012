// Splits a stream of byte chunks into physical lines (LF, or CR LF) as the chunks arrive, so a JSONL
// batch is read one line at a time: at most one line (capped) and one chunk are held, never the whole
// batch. Numbering is physical and 1-based, blank lines included, as rejections report it.

const LF = 0x0a;
const CR = 0x0d;

export interface PhysicalLine {
  /** 1-based physical line number. */
  readonly number: number;
  /** The line's bytes without its line break; absent when the line is longer than the cap. */
  readonly bytes?: Uint8Array;
  /** Length of the line in bytes, without its line break (also for a line over the cap). */
  readonly byteLength: number;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * Incremental splitter: push chunks, take the lines they complete, end() for the last one. A line over
 * `maxLineBytes` is not buffered past the cap: it is reported with its length and no bytes.
 */
export class LineSplitter {
  private parts: Uint8Array[] = [];
  private length = 0;
  private overLong = false;
  private nextNumber = 1;

  constructor(private readonly maxLineBytes: number) {}

  /** The lines this chunk completes, in order. */
  push(chunk: Uint8Array): PhysicalLine[] {
    const lines: PhysicalLine[] = [];
    let start = 0;
    for (let newline = chunk.indexOf(LF, start); newline !== -1; newline = chunk.indexOf(LF, start)) {
      this.append(chunk.subarray(start, newline), true);
      lines.push(this.takeLine());
      start = newline + 1;
    }
    if (start < chunk.length) this.append(chunk.subarray(start), false);
    return lines;
  }

  /** The last line, when the stream does not end with a line break. */
  end(): PhysicalLine[] {
    return this.length > 0 ? [this.takeLine()] : [];
  }

  private append(segment: Uint8Array, completesLine: boolean): void {
    this.length += segment.length;
    if (this.overLong) return;
    // The CR of a CR LF may be the last byte under the cap: allow for it before calling the line long.
    const limit = this.maxLineBytes + 1;
    if (this.length > limit) {
      this.overLong = true;
      this.parts = [];
      return;
    }
    if (segment.length === 0) return;
    // A line completed inside this chunk can point into it; a partial one outlives the chunk, so copy it
    // rather than pin the whole chunk.
    this.parts.push(completesLine ? segment : segment.slice());
  }

  private takeLine(): PhysicalLine {
    const number = this.nextNumber++;
    let byteLength = this.length;
    let line: PhysicalLine;
    if (this.overLong) {
      line = { number, byteLength };
    } else {
      let bytes = concat(this.parts, this.length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === CR) {
        bytes = bytes.subarray(0, bytes.length - 1);
        byteLength -= 1;
      }
      line = byteLength > this.maxLineBytes ? { number, byteLength } : { number, bytes, byteLength };
    }
    this.parts = [];
    this.length = 0;
    this.overLong = false;
    return line;
  }
}

/** The lines of chunks that arrive one after another (a stream being inflated, for instance). */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<PhysicalLine> {
  const splitter = new LineSplitter(maxLineBytes);
  for await (const chunk of chunks) yield* splitter.push(chunk);
  yield* splitter.end();
}

/** The same, for bytes already in memory. */
export function* splitLinesSync(bytes: Uint8Array, maxLineBytes: number): Generator<PhysicalLine> {
  const splitter = new LineSplitter(maxLineBytes);
  yield* splitter.push(bytes);
  yield* splitter.end();
}

/** Counts the non-empty lines of a stream without keeping any of them (a batch's size, before it is read). */
export class LineCounter {
  private current = 0;
  private lastByte = -1;
  private counted = 0;

  push(chunk: Uint8Array): void {
    let start = 0;
    for (let newline = chunk.indexOf(LF, start); newline !== -1; newline = chunk.indexOf(LF, start)) {
      const length = this.current + newline - start;
      const lastByte = newline > start ? chunk[newline - 1] : this.lastByte;
      // A lone CR before the LF is a blank line written on Windows.
      if (length > 1 || (length === 1 && lastByte !== CR)) this.counted++;
      this.current = 0;
      this.lastByte = -1;
      start = newline + 1;
    }
    if (start < chunk.length) {
      this.current += chunk.length - start;
      this.lastByte = chunk[chunk.length - 1]!;
    }
  }

  /** Lines counted so far, the unterminated last one included. */
  get lines(): number {
    return this.counted + (this.current > 1 || (this.current === 1 && this.lastByte !== CR) ? 1 : 0);
  }
}
