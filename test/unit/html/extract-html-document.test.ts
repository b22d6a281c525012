import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtmlDocument, type HtmlExtraction } from '#domain/html/extract-html-document';

const readFixture = (name: string): string =>
  readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

function expectDoc(extraction: HtmlExtraction) {
  if (!extraction.ok) throw new Error(`expected a document, got ${extraction.message}`);
  return extraction;
}

describe('extractHtmlDocument: a provincial paper article page', () => {
  const extraction = expectDoc(extractHtmlDocument(readFixture('bao-tinh-article.html')));
  const lines = extraction.doc.text.split('\n');

  it('finds the article with Readability and starts with the headline, once', () => {
    expect(extraction.method).toBe('readability');
    expect(lines[0]).toBe('Nông dân Đồng Tháp thu hoạch sen sớm nhờ thời tiết thuận lợi');
    expect(lines.filter((line) => line === lines[0])).toHaveLength(1);
  });

  it('keeps paragraphs, the <br> split, the caption, list items and the quote as separate lines', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'Giá hạt sen tươi tại ruộng hiện dao động từ 45.000 đến 50.000 đồng mỗi ký.',
        'Nông dân xã Mỹ Hòa thu hoạch gương sen vào sáng sớm. Ảnh: Minh Thư',
        'Ngó sen được đóng gói hút chân không và bán cho các siêu thị.',
        'Chúng tôi mong có thêm kho lạnh để bảo quản hạt sen lâu hơn, bán được giá cao hơn.',
      ]),
    );
    expect(
      lines.some((line) => line.startsWith('Theo ông Nguyễn Văn Bảy') && line.endsWith('mọi năm.')),
    ).toBe(true);
  });

  it('leaks no script, style, hidden text, form control or handler code', () => {
    const text = extraction.doc.text;
    for (const leak of [
      'Mã độc',
      'dataLayer',
      'font-family',
      'Đoạn script',
      'Dòng ẩn',
      'chiaSe',
      'Nhập bình luận',
    ]) {
      expect(text).not.toContain(leak);
    }
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('leaves the menu, related list and footer behind', () => {
    for (const boilerplate of ['Trang chủ', 'Tin liên quan', 'Giá lúa tăng nhẹ', 'Bản quyền', 'Thời tiết']) {
      expect(extraction.doc.text).not.toContain(boilerplate);
    }
  });

  it('takes the declared facts as hints: JSON-LD date and person author, site name, canonical URL', () => {
    expect(extraction.doc).toMatchObject({
      title: 'Nông dân Đồng Tháp thu hoạch sen sớm nhờ thời tiết thuận lợi',
      publishedAt: '2023-06-10T08:15:00+07:00',
      author: 'Minh Thư',
      siteName: 'Báo Đồng Tháp Online',
      url: 'https://baodongthap.example.vn/kinh-te/thu-hoach-sen-123.html?utm_source=fb',
    });
  });

  it('prefers the URL the crawler fetched over the canonical link', () => {
    const fetched = 'https://m.baodongthap.example.vn/sen-123.html';
    const doc = expectDoc(extractHtmlDocument(readFixture('bao-tinh-article.html'), { url: fetched })).doc;
    expect(doc.url).toBe(fetched);
  });
});

describe('extractHtmlDocument: an old table-layout portal without metadata', () => {
  const extraction = expectDoc(extractHtmlDocument(readFixture('cong-thong-tin-short.html')));
  const lines = extraction.doc.text.split('\n');

  it('finds the article cell and keeps its heading, date line and <br>-separated sentences', () => {
    expect(lines).toEqual([
      'Huyện Mường Ví Dụ tổ chức lễ ra quân làm đường giao thông nông thôn',
      'Cập nhật: 05/03/2021 07:30',
      'Sáng 4/3, huyện Mường Ví Dụ, tỉnh Lai Châu ra quân làm đường giao thông nông thôn năm 2021.',
      'Bà con các bản góp hơn 2.000 ngày công.',
    ]);
  });

  it('does not take the portal name in <title> for a headline, and invents no hints', () => {
    expect(extraction.doc.title).toBeUndefined();
    expect(extraction.doc.publishedAt).toBeUndefined();
    expect(extraction.doc.author).toBeUndefined();
    expect(extraction.doc.url).toBeUndefined();
  });
});

describe('extractHtmlDocument: edge cases', () => {
  it('reads a bare fragment, as an envelope "html" field carries it', () => {
    const doc = expectDoc(
      extractHtmlDocument('<p>Mưa lớn gây ngập nhiều tuyến phố ở Huế.</p><p>Đoạn hai.</p>'),
    ).doc;
    expect(doc.text).toBe('Mưa lớn gây ngập nhiều tuyến phố ở Huế.\nĐoạn hai.');
  });

  it('puts the visible date line back under the headline when no date is declared', () => {
    const body = 'Người dân phấn khởi khi con đường mới được thông xe sau hai năm thi công. '.repeat(5);
    const html =
      '<html><body><article><h1>Thông xe tuyến đường liên xã ở Hậu Giang</h1>' +
      `<div class="post-date">Thứ hai, 02/01/2023 09:10</div><p>${body}</p></article></body></html>`;
    const lines = expectDoc(extractHtmlDocument(html)).doc.text.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Thông xe tuyến đường liên xã ở Hậu Giang',
      'Thứ hai, 02/01/2023 09:10',
    ]);
  });

  it('puts back a lead printed as a heading beside the container of the body, under the headline', () => {
    const body =
      '<p>Tuyến đường dài 12 km nối ba xã, được đầu tư hơn 90 tỷ đồng từ ngân sách tỉnh.</p>'.repeat(4);
    const html =
      '<html><body><article><h1>Thông xe tuyến đường liên xã ở Hậu Giang</h1>' +
      '<h2 class="detail-sapo">Sau hai năm thi công, tuyến đường liên xã đã được thông xe, rút ngắn đường đến trung tâm huyện.</h2>' +
      `<div class="detail-content">${body}</div></article></body></html>`;
    const lines = expectDoc(extractHtmlDocument(html)).doc.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Thông xe tuyến đường liên xã ở Hậu Giang',
      'Sau hai năm thi công, tuyến đường liên xã đã được thông xe, rút ngắn đường đến trung tâm huyện.',
      'Tuyến đường dài 12 km nối ba xã, được đầu tư hơn 90 tỷ đồng từ ngân sách tỉnh.',
    ]);
  });

  it('renders the byline element Readability took, one line per block, rather than its glued text', () => {
    const body = '<p>Người dân phấn khởi khi con đường mới được thông xe sau hai năm thi công.</p>'.repeat(4);
    const html =
      '<html><body><article><h1>Thông xe tuyến đường liên xã ở Hậu Giang</h1>' +
      '<div class="author-wrap"><div class="author-name">Minh Tâm</div><time>02/01/2023 09:10</time></div>' +
      `<div class="content">${body}</div></article></body></html>`;
    const lines = expectDoc(extractHtmlDocument(html)).doc.text.split('\n');
    expect(lines).toContain('Minh Tâm');
    expect(lines.some((line) => line.includes('Minh Tâm02'))).toBe(false);
  });

  it('takes the <title> for the headline when an element with a title class shows it', () => {
    const body = '<p>Người dân phấn khởi khi con đường mới được thông xe sau hai năm thi công.</p>'.repeat(4);
    const html =
      '<html><head><title>Thông xe tuyến đường liên xã ở Hậu Giang</title></head><body>' +
      '<table><tr><td class="menu"><a href="/">Trang chủ</a></td><td class="noi-dung">' +
      `<div class="news-title">Thông xe tuyến đường liên xã ở Hậu Giang</div><div class="news-content">${body}</div>` +
      '</td></tr></table></body></html>';
    const doc = expectDoc(extractHtmlDocument(html)).doc;
    expect(doc.title).toBe('Thông xe tuyến đường liên xã ở Hậu Giang');
    expect(doc.text.split('\n')[0]).toBe('Thông xe tuyến đường liên xã ở Hậu Giang');
  });

  it('renders the whole page when Readability finds too little to be an article', () => {
    const html =
      '<html><body><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>' +
      '<div class="tin"><p>Kon Tum có mưa rào vào chiều tối.</p></div><div class="cuoi">Liên hệ tòa soạn</div></body></html>';
    const extraction = expectDoc(extractHtmlDocument(html));
    expect(extraction.method).toBe('whole-page');
    expect(extraction.doc.text.split('\n')).toEqual([
      'Trang chủ Tin tức',
      'Kon Tum có mưa rào vào chiều tối.',
      'Liên hệ tòa soạn',
    ]);
  });

  it('renders a pathologically deep page whole instead of letting Readability crawl through it', () => {
    const depth = 5_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Tin ở tầng sâu nhất.</p>${'</div>'.repeat(depth)}</body></html>`;
    const extraction = expectDoc(extractHtmlDocument(html));
    expect(extraction.method).toBe('whole-page');
    expect(extraction.doc.text).toBe('Tin ở tầng sâu nhất.');
  });

  it('rejects a page with no readable text as no-article-text', () => {
    const extraction = extractHtmlDocument(
      '<html><head><style>p{}</style><script>var a = 1;</script></head><body><img src="a.jpg"> </body></html>',
    );
    expect(extraction).toMatchObject({ ok: false, reason: 'no-article-text' });
  });

  it('ignores a canonical link that is relative or not http(s)', () => {
    const html =
      '<html><head><link rel="canonical" href="/bai-viet.html"></head><body><p>Tin ngắn ở Kon Tum.</p></body></html>';
    expect(expectDoc(extractHtmlDocument(html)).doc.url).toBeUndefined();
    const script =
      '<html><head><meta property="og:url" content="javascript:alert(1)"></head><body><p>Tin ngắn.</p></body></html>';
    expect(expectDoc(extractHtmlDocument(script)).doc.url).toBeUndefined();
  });
});
