import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BATCH_LINES,
  parseObject,
  readObjectUnits,
  type ParseOptions,
  type ParseOutcome,
  type UploadedObject,
} from '#domain/input/parse-object';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const PAGE_TEXT = [
  'Đà Lạt mở rộng không gian đi bộ quanh hồ Xuân Hương',
  'Thành phố Đà Lạt, tỉnh Lâm Đồng vừa thí điểm tổ chức không gian đi bộ vào các tối cuối tuần.',
].join('\n');

function expectDoc(outcome: ParseOutcome | undefined) {
  if (!outcome?.ok) throw new Error(`expected a document, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function expectRejection(outcome: ParseOutcome | undefined) {
  if (!outcome || outcome.ok) throw new Error(`expected a rejection, got ${JSON.stringify(outcome)}`);
  return outcome.rejection;
}

describe('parseObject: plain text', () => {
  it('decodes a .txt object into one document and takes url and crawl time from S3 metadata', () => {
    const outcomes = parseObject({
      key: 'incoming/2024/da-lat.txt',
      bytes: encode(PAGE_TEXT),
      metadata: {
        'source-url': 'https://baolamdong.example.vn/di-bo.html',
        'crawled-at': '2024-06-01T10:00:00Z',
      },
    });
    expect(outcomes).toHaveLength(1);
    const { doc } = expectDoc(outcomes[0]);
    expect(doc.text).toBe(PAGE_TEXT);
    expect(doc.url).toBe('https://baolamdong.example.vn/di-bo.html');
    expect(doc.crawledAt).toBe('2024-06-01T10:00:00Z');
    expect(doc.origin).toBe('incoming/2024/da-lat.txt');
  });

  it('ignores a source-url that is not an http(s) URL', () => {
    const { doc } = expectDoc(
      parseObject({
        key: 'incoming/a.txt',
        bytes: encode(PAGE_TEXT),
        metadata: { 'source-url': 'javascript:alert(1)' },
      })[0],
    );
    expect(doc.url).toBeUndefined();
  });

  it('rejects an empty object and binary bytes with the decoder reason', () => {
    expect(
      expectRejection(parseObject({ key: 'incoming/empty.txt', bytes: new Uint8Array() })[0]).reason,
    ).toBe('empty');
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 32);
    expect(expectRejection(parseObject({ key: 'incoming/image.txt', bytes: binary })[0]).reason).toBe(
      'binary',
    );
  });

  it('rejects a whitespace-only text as empty', () => {
    expect(
      expectRejection(parseObject({ key: 'incoming/blank.txt', bytes: encode(' \n\t\n') })[0]).reason,
    ).toBe('empty');
  });
});

describe('parseObject: JSON envelope', () => {
  it('builds a document from the envelope fields', () => {
    const envelope = {
      url: 'https://tin.example.vn/a-1.html',
      text: PAGE_TEXT,
      title: 'Tiêu đề gợi ý',
      source: 'Báo Lâm Đồng',
    };
    const { doc } = expectDoc(
      parseObject({ key: 'incoming/a.json', bytes: encode(JSON.stringify(envelope)) })[0],
    );
    expect(doc).toMatchObject({
      url: envelope.url,
      text: PAGE_TEXT,
      title: 'Tiêu đề gợi ý',
      source: 'Báo Lâm Đồng',
    });
  });

  it('rejects malformed JSON, a wrong field type, and an envelope without text', () => {
    expect(
      expectRejection(parseObject({ key: 'incoming/a.json', bytes: encode('{"text": ') })[0]).reason,
    ).toBe('malformed-json');
    const wrongType = expectRejection(
      parseObject({ key: 'incoming/b.json', bytes: encode('{"text": 42}') })[0],
    );
    expect(wrongType.reason).toBe('invalid-envelope');
    expect(wrongType.message).toContain('text');
    expect(
      expectRejection(
        parseObject({ key: 'incoming/c.json', bytes: encode('{"title": "Chỉ có tiêu đề"}') })[0],
      ).reason,
    ).toBe('missing-text');
  });

  it('extracts the text of an envelope carrying only html, and lets the envelope fields win', () => {
    const envelope = {
      html: '<html><head><meta property="og:title" content="Tiêu đề trang"></head><body><p>Xin chào Đà Lạt.</p></body></html>',
      title: 'Tiêu đề gợi ý',
      url: 'https://tin.example.vn/d.html',
    };
    const { doc } = expectDoc(
      parseObject({ key: 'incoming/d.json', bytes: encode(JSON.stringify(envelope)) })[0],
    );
    expect(doc).toMatchObject({ title: 'Tiêu đề gợi ý', url: envelope.url, origin: 'incoming/d.json' });
    expect(doc.text).toContain('Xin chào Đà Lạt.');
    expect(doc.text).not.toContain('<p>');
  });

  it('rejects an envelope whose html holds no text, and one with neither text nor html', () => {
    const blank = expectRejection(
      parseObject({ key: 'incoming/e.json', bytes: encode('{"html": "<script>var a = 1;</script>"}') })[0],
    );
    expect(blank.reason).toBe('no-article-text');
    expect(
      expectRejection(parseObject({ key: 'incoming/f.json', bytes: encode('{"html": " ", "text": ""}') })[0])
        .reason,
    ).toBe('missing-text');
  });
});

describe('parseObject: JSONL batches', () => {
  const lines = [
    JSON.stringify({ text: PAGE_TEXT, url: 'https://tin.example.vn/1.html' }),
    '{"text": "thiếu ngoặc',
    '',
    JSON.stringify({ text: 'Tin thứ hai về mùa lúa ở tỉnh An Giang.' }),
  ].join('\n');

  it('processes each line on its own and numbers rejections by physical line', () => {
    const outcomes = parseObject({ key: 'incoming/batch.jsonl', bytes: encode(lines) });
    expect(outcomes).toHaveLength(3);
    expect(expectDoc(outcomes[0]).line).toBe(1);
    const bad = expectRejection(outcomes[1]);
    expect(bad).toMatchObject({ reason: 'malformed-json', line: 2 });
    expect(outcomes[1]?.line).toBe(2);
    expect(expectDoc(outcomes[2]).line).toBe(4);
    expect(expectDoc(outcomes[2]).doc.origin).toBe('incoming/batch.jsonl#L4');
  });

  it('reads a gzip-compressed batch', () => {
    const outcomes = parseObject({ key: 'incoming/batch.jsonl.gz', bytes: gzipSync(encode(lines)) });
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(2);
  });

  it('rejects a gzip bomb instead of inflating it', () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
    const outcomes = parseObject(
      { key: 'incoming/bomb.jsonl.gz', bytes: bomb },
      { maxDecompressedBytes: 1024 * 1024 },
    );
    expect(outcomes).toHaveLength(1);
    expect(expectRejection(outcomes[0]).reason).toBe('too-large-decompressed');
  });

  it('rejects bytes that are not gzip at all', () => {
    expect(
      expectRejection(parseObject({ key: 'incoming/x.jsonl.gz', bytes: encode('không phải gzip') })[0])
        .reason,
    ).toBe('undecodable');
  });
});

describe('parseObject: other types', () => {
  it('rejects unknown extensions', () => {
    expect(expectRejection(parseObject({ key: 'incoming/photo.jpg', bytes: encode('x') })[0]).reason).toBe(
      'unsupported-type',
    );
  });
});

async function readAll(object: UploadedObject, options?: ParseOptions): Promise<ParseOutcome[]> {
  const outcomes: ParseOutcome[] = [];
  for await (const outcome of readObjectUnits(object, options)) outcomes.push(outcome);
  return outcomes;
}

const summary = (outcomes: readonly ParseOutcome[]) =>
  outcomes.map((outcome) =>
    outcome.ok
      ? { line: outcome.line, text: outcome.doc.text, origin: outcome.doc.origin }
      : { line: outcome.line, reason: outcome.rejection.reason },
  );

function envelopeLine(i: number): string {
  return JSON.stringify({
    url: `https://tin.example.vn/bai-${i}.html`,
    text: `Bài số ${i}: mùa lúa chín vàng trên cánh đồng ở tỉnh An Giang.`,
  });
}

describe('readObjectUnits: batches line by line', () => {
  const mixed = [
    envelopeLine(1),
    '{"text": "thiếu ngoặc',
    '',
    '   ',
    envelopeLine(5),
    '{"title": "Chỉ có tiêu đề"}',
    envelopeLine(7),
  ].join('\r\n');

  it('gives the outcomes parseObject gives, for .jsonl and .jsonl.gz alike', async () => {
    const plain = { key: 'incoming/lo.jsonl', bytes: encode(mixed) };
    const gzipped = { key: 'incoming/lo.jsonl.gz', bytes: gzipSync(encode(mixed)) };
    const expected = [
      { line: 1, text: expect.stringContaining('Bài số 1'), origin: 'incoming/lo.jsonl#L1' },
      { line: 2, reason: 'malformed-json' },
      { line: 5, text: expect.stringContaining('Bài số 5'), origin: 'incoming/lo.jsonl#L5' },
      { line: 6, reason: 'missing-text' },
      { line: 7, text: expect.stringContaining('Bài số 7'), origin: 'incoming/lo.jsonl#L7' },
    ];
    expect(summary(await readAll(plain))).toEqual(expected);
    expect(summary(parseObject(plain))).toEqual(expected);
    const fromGzip = expected.map((entry) =>
      entry.origin === undefined
        ? entry
        : { ...entry, origin: entry.origin.replace('.jsonl#', '.jsonl.gz#') },
    );
    expect(summary(await readAll(gzipped))).toEqual(fromGzip);
    expect(summary(parseObject(gzipped))).toEqual(fromGzip);
  });

  it('streams a batch of many chunks and keeps every line in order', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => envelopeLine(i + 1));
    const outcomes = await readAll({
      key: 'incoming/lon.jsonl.gz',
      bytes: gzipSync(encode(lines.join('\n') + '\n')),
    });
    expect(outcomes).toHaveLength(3000);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(outcomes.map((outcome) => outcome.line)).toEqual(lines.map((_, i) => i + 1));
    expect(expectDoc(outcomes[2999]).doc.text).toContain('Bài số 3000:');
  });

  it('rejects a line over the line cap as too-large with its number; its neighbours go on', async () => {
    const long = JSON.stringify({ text: `Rất dài ${'chữ '.repeat(400)}` });
    const body = [envelopeLine(1), long, envelopeLine(3)].join('\n');
    for (const object of [
      { key: 'incoming/dai.jsonl', bytes: encode(body) },
      { key: 'incoming/dai.jsonl.gz', bytes: gzipSync(encode(body)) },
    ]) {
      const outcomes = await readAll(object, { maxLineBytes: 1000 });
      expect(summary(outcomes).map((entry) => ('reason' in entry ? entry.reason : 'doc'))).toEqual([
        'doc',
        'too-large',
        'doc',
      ]);
      const rejection = expectRejection(outcomes[1]);
      expect(rejection.line).toBe(2);
      expect(rejection.message).toContain('at most 1000');
    }
  });

  it('rejects a batch with more lines than the cap whole, before reading any line', async () => {
    const body = Array.from({ length: 12 }, (_, i) => envelopeLine(i)).join('\n');
    for (const object of [
      { key: 'incoming/nhieu.jsonl', bytes: encode(body) },
      { key: 'incoming/nhieu.jsonl.gz', bytes: gzipSync(encode(body)) },
    ]) {
      const outcomes = await readAll(object, { maxBatchLines: 10 });
      expect(outcomes).toHaveLength(1);
      const rejection = expectRejection(outcomes[0]);
      expect(rejection).toMatchObject({ reason: 'too-large' });
      expect(rejection.line).toBeUndefined();
      expect(rejection.message).toContain('12 lines');
      expect(await readAll(object, { maxBatchLines: 12 })).toHaveLength(12);
    }
    expect(DEFAULT_MAX_BATCH_LINES).toBeGreaterThanOrEqual(10_000);
  });

  it('rejects a gzip bomb, a stream that is no gzip and a truncated one whole, with no line read', async () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
    const tooBig = await readAll(
      { key: 'incoming/bomb.jsonl.gz', bytes: bomb },
      { maxDecompressedBytes: 1024 * 1024 },
    );
    expect(summary(tooBig)).toEqual([{ line: undefined, reason: 'too-large-decompressed' }]);
    const notGzip = await readAll({ key: 'incoming/x.jsonl.gz', bytes: encode('không phải gzip') });
    expect(summary(notGzip)).toEqual([{ line: undefined, reason: 'undecodable' }]);
    const whole = gzipSync(encode(Array.from({ length: 200 }, (_, i) => envelopeLine(i)).join('\n')));
    const truncated = await readAll({
      key: 'incoming/cut.jsonl.gz',
      bytes: whole.subarray(0, Math.floor(whole.length * 0.8)),
    });
    expect(summary(truncated)).toEqual([{ line: undefined, reason: 'undecodable' }]);
  });

  it('rejects only the line that is binary, with its number', async () => {
    const body = [envelopeLine(1), '\u0001\u0002\u0003\u0004\u0005', envelopeLine(3)].join('\n');
    const outcomes = await readAll({ key: 'incoming/nhi-phan.jsonl.gz', bytes: gzipSync(encode(body)) });
    expect(summary(outcomes).map((entry) => entry.line)).toEqual([1, 2, 3]);
    expect(expectRejection(outcomes[1]).reason).toBe('binary');
    expect(outcomes[0]?.ok && outcomes[2]?.ok).toBe(true);
  });

  it('reads a UTF-16 batch with a byte-order mark, whose line breaks are two bytes', async () => {
    const body = [envelopeLine(1), envelopeLine(2)].join('\r\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    const outcomes = await readAll({ key: 'incoming/utf16.jsonl.gz', bytes: gzipSync(utf16) });
    expect(outcomes.map((outcome) => outcome.line)).toEqual([1, 2]);
    expect(expectDoc(outcomes[1]).doc.text).toContain('Bài số 2: mùa lúa chín vàng');
  });

  it('rejects a batch of blank lines as empty', async () => {
    const outcomes = await readAll({ key: 'incoming/trong.jsonl.gz', bytes: gzipSync(encode('\n  \n\r\n')) });
    expect(summary(outcomes)).toEqual([{ line: undefined, reason: 'empty' }]);
  });

  it('neither parses nor yields the lines it is told are done, and a batch all done is not empty', async () => {
    const body = [envelopeLine(1), '{"text": "hỏng', envelopeLine(3)].join('\n');
    const gzipped = { key: 'incoming/tiep.jsonl.gz', bytes: gzipSync(encode(body)) };
    const plain = { key: 'incoming/tiep.jsonl', bytes: encode(body) };
    for (const object of [gzipped, plain]) {
      const rest = await readAll(object, { skipLine: (line) => line === 2 });
      expect(summary(rest).map((entry) => entry.line)).toEqual([1, 3]);
      expect(rest.every((outcome) => outcome.ok)).toBe(true);
      expect(await readAll(object, { skipLine: () => true })).toEqual([]);
    }
  });

  it('hands out the next line only when asked, so a consumer can stop in the middle', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => envelopeLine(i + 1));
    const units = readObjectUnits({
      key: 'incoming/dung.jsonl.gz',
      bytes: gzipSync(encode(lines.join('\n'))),
    });
    const first = await units.next();
    expect(first.done).toBe(false);
    expect((first.value as ParseOutcome).line).toBe(1);
    expect((await units.return(undefined)).done).toBe(true);
    expect((await units.next()).done).toBe(true);
  });
});
