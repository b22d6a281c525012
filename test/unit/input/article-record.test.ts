import { describe, expect, it } from 'vitest';
import { buildArticleRecord, computeContentHash, toUtcInstant } from '#domain/article/record';
import { canonicalizeUrl } from '#domain/input/canonical-url';
import { PIPELINE_VERSION } from '#domain/version';
import { buildCleanedArticle, buildProvinceVerdict } from '../../helpers/articles.ts';

const PROVENANCE = { objectKey: 'incoming/a.txt', etag: 'e1', ingestedAt: '2024-06-01T03:00:00.000Z' };

describe('canonicalizeUrl', () => {
  it('lowercases the host, drops the fragment, tracking parameters and a trailing slash', () => {
    expect(
      canonicalizeUrl('http://Tin.Example.VN/thoi-su/bai-viet/?utm_source=fb&id=7&fbclid=x#binh-luan'),
    ).toBe('https://tin.example.vn/thoi-su/bai-viet?id=7');
  });

  it('keeps parameters that address the article', () => {
    expect(canonicalizeUrl('https://tin.example.vn/news.aspx?b=2&a=1')).toBe(
      'https://tin.example.vn/news.aspx?a=1&b=2',
    );
  });

  it('returns null for non-http URLs and garbage', () => {
    expect(canonicalizeUrl('ftp://tin.example.vn/a')).toBeNull();
    expect(canonicalizeUrl('không phải url')).toBeNull();
  });
});

describe('buildArticleRecord', () => {
  const article = buildCleanedArticle({
    body: 'Mưa lớn kéo dài khiến nhiều tuyến đường ở tỉnh Yên Bái bị sạt lở.',
    publishedAt: '2024-09-08T07:30:00+07:00',
    province: buildProvinceVerdict('15', 'Yên Bái', '15', 'Lào Cai'),
  });

  it('gives the same id to the same URL however it was written', () => {
    const a = buildArticleRecord(article, {
      ...PROVENANCE,
      url: 'https://tin.example.vn/sat-lo/?utm_medium=zalo',
    });
    const b = buildArticleRecord(article, { ...PROVENANCE, url: 'http://TIN.example.vn/sat-lo#top' });
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^u[0-9a-f]{32}$/);
    expect(a.canonicalUrl).toBe('https://tin.example.vn/sat-lo');
  });

  it('falls back to the content hash, insensitive to spacing and case', () => {
    const a = buildArticleRecord(article, PROVENANCE);
    const b = buildArticleRecord({ ...article, body: `  ${article.body.toUpperCase()}\n` }, PROVENANCE);
    expect(a.id).toMatch(/^c[0-9a-f]{32}$/);
    expect(a.id).toBe(b.id);
    expect(a.contentHash).toBe(computeContentHash(article.body));
  });

  it('differs for different bodies', () => {
    const other = buildArticleRecord({ ...article, body: 'Một bài viết hoàn toàn khác.' }, PROVENANCE);
    expect(other.id).not.toBe(buildArticleRecord(article, PROVENANCE).id);
  });

  it('keeps provenance, the pipeline version, province codes and a UTC sort instant', () => {
    const record = buildArticleRecord(article, { ...PROVENANCE, line: 3, crawledAt: '2024-09-08T01:00:00Z' });
    expect(record).toMatchObject({
      objectKey: 'incoming/a.txt',
      etag: 'e1',
      line: 3,
      pipelineVersion: PIPELINE_VERSION,
      provinceCode: '15',
      newProvinceCode: '15',
      sortedAt: '2024-09-08T00:30:00.000Z',
      crawledAt: '2024-09-08T01:00:00Z',
    });
  });

  it('sorts by ingestion time when the publication date is unknown', () => {
    const record = buildArticleRecord({ ...article, publishedAt: null, province: null }, PROVENANCE);
    expect(record.sortedAt).toBe(PROVENANCE.ingestedAt);
    expect(record.provinceCode).toBeNull();
  });
});

describe('toUtcInstant', () => {
  it('normalises offsets and rejects invalid dates', () => {
    expect(toUtcInstant('2020-10-15T14:47:00+07:00')).toBe('2020-10-15T07:47:00.000Z');
    expect(toUtcInstant('ngày mai')).toBeNull();
  });
});
