import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseObject, type ParseOutcome } from '#domain/input/parse-object';

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
