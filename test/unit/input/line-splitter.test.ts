import { describe, expect, it } from 'vitest';
import {
  LineCounter,
  LineSplitter,
  splitLines,
  splitLinesSync,
  type PhysicalLine,
} from '#domain/input/line-splitter';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined): string | undefined =>
  bytes === undefined ? undefined : new TextDecoder().decode(bytes);

/** Every way of cutting the bytes into chunks of `size`. */
function chunksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size));
  return chunks;
}

function view(lines: readonly PhysicalLine[]) {
  return lines.map((line) => ({ number: line.number, text: decode(line.bytes), length: line.byteLength }));
}

async function collect(chunks: Uint8Array[], maxLineBytes: number): Promise<PhysicalLine[]> {
  const lines: PhysicalLine[] = [];
  for await (const line of splitLines(chunks, maxLineBytes)) lines.push(line);
  return lines;
}

describe('LineSplitter', () => {
  const text = 'một\r\nhai\n\nbốn dòng\r\n\r\nsáu';
  const expected = [
    { number: 1, text: 'một', length: encode('một').length },
    { number: 2, text: 'hai', length: 3 },
    { number: 3, text: '', length: 0 },
    { number: 4, text: 'bốn dòng', length: encode('bốn dòng').length },
    { number: 5, text: '', length: 0 },
    { number: 6, text: 'sáu', length: encode('sáu').length },
  ];

  it('numbers physical lines from 1, blank ones included, and drops CR before LF', () => {
    expect(view([...splitLinesSync(encode(text), 1000)])).toEqual(expected);
  });

  it('gives the same lines however the bytes are cut into chunks, inside letters and CR LF too', async () => {
    const bytes = encode(text);
    for (let size = 1; size <= bytes.length; size++) {
      expect(view(await collect(chunksOf(bytes, size), 1000)), `chunks of ${size}`).toEqual(expected);
    }
  });

  it('has no last line when the bytes end with a line break, and one when they do not', () => {
    expect([...splitLinesSync(encode('a\nb\n'), 10)].map((line) => line.number)).toEqual([1, 2]);
    expect([...splitLinesSync(encode('a\nb'), 10)].map((line) => line.number)).toEqual([1, 2]);
    expect([...splitLinesSync(new Uint8Array(), 10)]).toEqual([]);
  });

  it('reports a line over the cap by its length, without its bytes, and goes on with the next', async () => {
    const long = 'x'.repeat(25);
    const bytes = encode(`ngắn\n${long}\r\nsau\n`);
    for (const size of [1, 4, 7, bytes.length]) {
      const lines = await collect(chunksOf(bytes, size), 10);
      expect(view(lines)).toEqual([
        { number: 1, text: 'ngắn', length: encode('ngắn').length },
        { number: 2, text: undefined, length: expect.any(Number) },
        { number: 3, text: 'sau', length: 3 },
      ]);
      expect(lines[1]!.byteLength).toBeGreaterThanOrEqual(25);
    }
  });

  it('keeps a line exactly at the cap, its CR LF included', () => {
    const lines = [...splitLinesSync(encode('abcde\r\nabcdef\n'), 5)];
    expect(view(lines)).toEqual([
      { number: 1, text: 'abcde', length: 5 },
      { number: 2, text: undefined, length: 6 },
    ]);
  });

  it('does not hold on to the chunk a partial line came from', () => {
    const splitter = new LineSplitter(100);
    const chunk = encode('đầu dòng');
    expect(splitter.push(chunk)).toEqual([]);
    chunk.fill(0x41);
    expect(view(splitter.push(encode(' cuối\n')))).toEqual([
      { number: 1, text: 'đầu dòng cuối', length: encode('đầu dòng cuối').length },
    ]);
  });
});

describe('LineCounter', () => {
  it('counts non-empty lines across chunks, the unterminated last one included', () => {
    const bytes = encode('a\n\nb\r\n\r\ncd\ne');
    for (let size = 1; size <= bytes.length; size++) {
      const counter = new LineCounter();
      for (const chunk of chunksOf(bytes, size)) counter.push(chunk);
      expect(counter.lines, `chunks of ${size}`).toBe(4);
    }
  });

  it('counts nothing in an empty stream or one of blank lines', () => {
    const counter = new LineCounter();
    expect(counter.lines).toBe(0);
    counter.push(encode('\n\n\r\n'));
    expect(counter.lines).toBe(0);
  });
});
