import { describe, expect, it } from 'vitest';
import { readJsonLdArticle } from '#domain/html/json-ld';
import { readMetaTags } from '#domain/html/meta-tags';
import { parseHtml } from '#domain/html/parse-html';

const page = (head: string): string => `<html><head>${head}</head><body><p>Nội dung</p></body></html>`;
const ldScript = (value: unknown): string =>
  `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;

describe('readJsonLdArticle', () => {
  it('finds a NewsArticle inside @graph and reads headline, date, person authors and publisher', () => {
    const document = parseHtml(
      page(
        ldScript({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'BreadcrumbList', name: 'Thời sự' },
            {
              '@type': ['NewsArticle'],
              headline: 'Hà Giang mở lại &quot;con đường hạnh phúc&quot; sau sạt lở',
              datePublished: '2024-09-20T06:30:00+07:00',
              author: [
                { '@type': 'Person', name: 'Vàng Thị Dí' },
                { '@type': 'Person', name: 'Lù Văn Páo' },
                { '@type': 'Organization', name: 'Ban Biên tập' },
              ],
              publisher: { '@type': 'Organization', name: 'Báo Hà Giang' },
            },
          ],
        }),
      ),
    );
    expect(readJsonLdArticle(document)).toEqual({
      headline: 'Hà Giang mở lại "con đường hạnh phúc" sau sạt lở',
      datePublished: '2024-09-20T06:30:00+07:00',
      author: 'Vàng Thị Dí, Lù Văn Páo',
      publisher: 'Báo Hà Giang',
    });
  });

  it('reads an article from a top-level array and tolerates raw line breaks inside strings', () => {
    const document = parseHtml(
      page(
        ldScript(
          '[{"@type": "WebSite", "name": "X"}, {"@type": "Article", "headline": "Mưa lớn\nở Bắc Kạn", "author": "Hoàng Lan"}]',
        ),
      ),
    );
    expect(readJsonLdArticle(document)).toEqual({ headline: 'Mưa lớn ở Bắc Kạn', author: 'Hoàng Lan' });
  });

  it('returns nothing for broken JSON or a page without an article block', () => {
    expect(readJsonLdArticle(parseHtml(page(ldScript('{"@type": "NewsArticle", "headline": '))))).toEqual({});
    expect(readJsonLdArticle(parseHtml(page(ldScript({ '@type': 'Organization', name: 'Báo' }))))).toEqual(
      {},
    );
  });
});

describe('readMetaTags', () => {
  it('reads Open Graph, article time, author and the canonical link', () => {
    const document = parseHtml(
      page(
        '<meta property="og:title" content="Cà Mau đón tàu cá về bến">' +
          '<meta property="og:site_name" content="Báo Cà Mau">' +
          '<meta property="og:url" content="https://baocamau.example.vn/og.html">' +
          '<meta property="article:published_time" content="2022-03-01T09:00:00+07:00">' +
          '<meta name="author" content="Trần Út">' +
          '<link rel="canonical" href="https://baocamau.example.vn/tau-ca.html">',
      ),
    );
    expect(readMetaTags(document)).toEqual({
      title: 'Cà Mau đón tàu cá về bến',
      siteName: 'Báo Cà Mau',
      publishedAt: '2022-03-01T09:00:00+07:00',
      author: 'Trần Út',
      canonicalUrl: 'https://baocamau.example.vn/tau-ca.html',
      openGraphUrl: 'https://baocamau.example.vn/og.html',
    });
  });

  it('ignores an article:author that is a profile URL', () => {
    const document = parseHtml(page('<meta property="article:author" content="https://facebook.com/bao">'));
    expect(readMetaTags(document).author).toBeUndefined();
  });
});
