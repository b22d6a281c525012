import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processDocument } from '#domain/article/process-document';
import { parseObject, type ParseOutcome } from '#domain/input/parse-object';

const ARTICLE_PAGE = readFileSync(new URL('../html/fixtures/bao-tinh-article.html', import.meta.url));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1Bytes = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

function expectDoc(outcome: ParseOutcome | undefined) {
  if (!outcome?.ok) throw new Error(`expected a document, got ${JSON.stringify(outcome)}`);
  return outcome.doc;
}

describe('parseObject: .html pages', () => {
  it('extracts an .html object into one document with the page hints and the crawler metadata', () => {
    const outcomes = parseObject({
      key: 'incoming/2023/sen.html',
      bytes: ARTICLE_PAGE,
      metadata: {
        'source-url': 'https://baodongthap.example.vn/sen.html',
        'crawled-at': '2023-06-10T02:00:00Z',
      },
    });
    expect(outcomes).toHaveLength(1);
    expect(expectDoc(outcomes[0])).toMatchObject({
      origin: 'incoming/2023/sen.html',
      url: 'https://baodongthap.example.vn/sen.html',
      crawledAt: '2023-06-10T02:00:00Z',
      title: 'Nông dân Đồng Tháp thu hoạch sen sớm nhờ thời tiết thuận lợi',
      publishedAt: '2023-06-10T08:15:00+07:00',
    });
  });

  it('accepts .htm too and rejects a page with no text as no-article-text', () => {
    expect(
      expectDoc(parseObject({ key: 'incoming/a.HTM', bytes: encode('<p>Tin ngắn ở Bến Tre.</p>') })[0]).text,
    ).toBe('Tin ngắn ở Bến Tre.');
    const [outcome] = parseObject({
      key: 'incoming/b.html',
      bytes: encode('<html><body><img src="x.png"></body></html>'),
    });
    expect(outcome).toMatchObject({ ok: false, rejection: { reason: 'no-article-text' } });
  });

  it('decodes a page as the windows-1258 its meta tag declares', () => {
    // "Tết" in Windows-1258 (ê = EA, then the acute accent EC) among English words: one Vietnamese word is
    // too little for the decoder to guess Windows-1258 on its own, the declaration settles it.
    const page = (head: string) =>
      Uint8Array.from([
        ...latin1Bytes(`<html><head>${head}</head><body><p>Happy new year, welcome to T`),
        0xea,
        0xec,
        ...latin1Bytes('t in the city of Hue with the whole team</p></body></html>'),
      ]);
    const declared = parseObject({ key: 'incoming/tet.html', bytes: page('<meta charset="windows-1258">') });
    expect(expectDoc(declared[0]).text).toBe(
      'Happy new year, welcome to Tết in the city of Hue with the whole team',
    );
    const undeclared = parseObject({ key: 'incoming/tet.html', bytes: page('<title>Tet</title>') });
    expect(undeclared[0]).toMatchObject({ ok: false, rejection: { reason: 'undecodable' } });
  });

  it('decodes a UTF-16 page with a byte-order mark', () => {
    const html = '<html><body><p>Lũ trên sông Hồng đã rút.</p></body></html>';
    const bytes = new Uint8Array(2 + html.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, true);
    Array.from(html).forEach((char, i) => view.setUint16(2 + i * 2, char.charCodeAt(0), true));
    expect(expectDoc(parseObject({ key: 'incoming/lu.html', bytes })[0]).text).toBe(
      'Lũ trên sông Hồng đã rút.',
    );
  });

  it('converts an old page typed in TCVN3 fonts', () => {
    // "Người dân và cán bộ của xã đã có một năm được mùa" in TCVN3 as Windows-1252 shows it.
    const page =
      '<html><head><meta charset="iso-8859-1"></head><body><p>Ng­êi d©n vµ c¸n bé cña x· ®· cã mét n¨m ®­îc mïa.</p></body></html>';
    expect(expectDoc(parseObject({ key: 'incoming/cu.html', bytes: latin1Bytes(page) })[0]).text).toBe(
      'Người dân và cán bộ của xã đã có một năm được mùa.',
    );
  });

  it('extracts html lines of a JSONL batch, each on its own', () => {
    const lines = [
      JSON.stringify({ html: '<p>Tin thứ nhất về Sóc Trăng.</p>' }),
      JSON.stringify({ html: '<div></div>' }),
      JSON.stringify({ text: 'Tin thứ ba về Bạc Liêu.' }),
    ].join('\n');
    const outcomes = parseObject({ key: 'incoming/lo.jsonl', bytes: encode(lines) });
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.doc.text : outcome.rejection.reason))).toEqual([
      'Tin thứ nhất về Sóc Trăng.',
      'no-article-text',
      'Tin thứ ba về Bạc Liêu.',
    ]);
    expect(outcomes[1]).toMatchObject({ line: 2, rejection: { line: 2 } });
  });
});

describe('HTML end to end: parseObject then processDocument', () => {
  const article = processDocument(
    expectDoc(parseObject({ key: 'incoming/sen.html', bytes: ARTICLE_PAGE })[0]),
  );

  it('yields the title and the declared publication time', () => {
    expect(article.title).toBe('Nông dân Đồng Tháp thu hoạch sen sớm nhờ thời tiết thuận lợi');
    expect(article.publishedAt).toBe('2023-06-10T08:15:00+07:00');
  });

  it('keeps the article paragraphs in the body and none of the page furniture', () => {
    expect(article.body).toContain(
      'Phòng Nông nghiệp huyện Tháp Mười cho biết toàn huyện hiện có khoảng 1.200 héc ta sen',
    );
    expect(article.body).toContain(
      'Giá hạt sen tươi tại ruộng hiện dao động từ 45.000 đến 50.000 đồng mỗi ký.',
    );
    for (const boilerplate of [
      'Trang chủ',
      'Chia sẻ',
      'In bài',
      'Tin liên quan',
      'Bình luận',
      'Bản quyền',
      'Thời tiết',
      'Mã độc',
    ]) {
      expect(article.body).not.toContain(boilerplate);
    }
    expect(article.body.split('\n')[0]).not.toBe(article.title);
  });

  it('classifies the province from the cleaned page', () => {
    expect(article.province?.name).toBe('Đồng Tháp');
  });
});
