import { describe, expect, it } from 'vitest';
import { processDocument } from '#domain/article/process-document';
import { LEAD_BAC_KAN, PAGE_WITH_FOOTER, PAGE_WITHOUT_DATE_LINE } from './cleaning/fixtures/pages.ts';
import { LISTING_PAGE } from './cleaning/fixtures/sites.ts';

describe('processDocument', () => {
  it('returns a complete CleanedArticle from page text', () => {
    const article = processDocument({ text: PAGE_WITH_FOOTER, origin: 'incoming/bai-1.txt' });
    expect(article.title).toBe('Đẩy mạnh trồng rừng gắn với phát triển kinh tế hộ gia đình');
    expect(article.publishedAt).toBe('2024-03-17T09:15:00+07:00');
    expect(article.author).toBe('Ngọc Lan');
    expect(article.body.startsWith(LEAD_BAC_KAN)).toBe(true);
    expect(article.captions).toHaveLength(2);
    expect(article.removed.length).toBeGreaterThan(10);
    expect(article).toHaveProperty('province');
    expect(Array.isArray(article.provincesMentioned)).toBe(true);
  });

  it('lets envelope hints win over extraction', () => {
    const article = processDocument({
      text: PAGE_WITH_FOOTER,
      title: 'Tiêu đề từ phong bì',
      publishedAt: '2024-03-17T01:00:00Z',
      source: 'Báo Bắc Kạn',
    });
    expect(article.title).toBe('Tiêu đề từ phong bì');
    expect(article.publishedAt).toBe('2024-03-17T08:00:00+07:00');
    expect(article.source).toBe('Báo Bắc Kạn');
  });

  it('takes a declared author over the byline, and the site name only when the text credits no source', () => {
    const article = processDocument({
      text: PAGE_WITH_FOOTER,
      author: 'Hoàng Minh',
      siteName: 'Cổng thông tin tỉnh',
    });
    expect(article.author).toBe('Hoàng Minh');
    const credited = processDocument({
      text: PAGE_WITH_FOOTER,
      siteName: 'Cổng thông tin tỉnh',
      source: 'Theo TTXVN',
    });
    expect(credited.source).toBe('Theo TTXVN');
    // This page credits no source in its text, so the site name fills it.
    expect(processDocument({ text: PAGE_WITH_FOOTER }).source).toBeNull();
    expect(processDocument({ text: PAGE_WITH_FOOTER, siteName: 'Cổng thông tin tỉnh' }).source).toBe(
      'Cổng thông tin tỉnh',
    );
    // This one ends with its domain line, which outranks the site name.
    expect(processDocument({ text: PAGE_WITHOUT_DATE_LINE, siteName: 'Cổng thông tin tỉnh' }).source).toBe(
      'baohagiang.vn',
    );
  });

  it('falls back on the URL host for the source', () => {
    const text = PAGE_WITH_FOOTER;
    expect(processDocument({ text, url: 'https://www.baobackan.vn/tin/trong-rung.html' }).source).toBe(
      'baobackan.vn',
    );
    expect(processDocument({ text: PAGE_WITHOUT_DATE_LINE, url: 'https://example.vn/x' }).source).toBe(
      'baohagiang.vn',
    );
  });

  it('passes the article verdict through: articles pass, listing pages are flagged with a reason', () => {
    expect(processDocument({ text: PAGE_WITH_FOOTER }).quality).toEqual({ isArticle: true });
    expect(processDocument({ text: LISTING_PAGE }).quality).toEqual({ isArticle: false, reason: 'listing' });
  });

  it('does not mutate or depend on hidden state: same input, same output', () => {
    const doc = { text: PAGE_WITH_FOOTER };
    expect(processDocument(doc)).toEqual(processDocument(doc));
  });
});
