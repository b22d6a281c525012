import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import { generateNewsPages } from '../../../bench/news-pages.ts';

describe('generateNewsPages (the benchmark corpus of full-length pages)', () => {
  const pages = generateNewsPages(20, 3);

  it('gives the same pages for the same seed and other pages for another', () => {
    expect(generateNewsPages(20, 3)).toEqual(pages);
    expect(generateNewsPages(20, 4)).not.toEqual(pages);
  });

  it('writes pages of a regional article length, several kilobytes each', () => {
    for (const page of pages) {
      const bytes = Buffer.byteLength(page);
      expect(bytes).toBeGreaterThan(3_000);
      expect(bytes).toBeLessThan(12_000);
    }
  });

  it('reads as articles whose paragraphs the cleaner keeps and whose site chrome it removes', () => {
    for (const page of pages) {
      const cleaned = cleanText(page);
      const paragraphs = page.split('\n').filter((line) => line.length > 200);
      expect(cleaned.quality.isArticle).toBe(true);
      for (const paragraph of paragraphs) expect(cleaned.body).toContain(paragraph);
      const firstLine = page.split('\n')[0]!;
      expect(cleaned.body).not.toContain(firstLine);
    }
  });
});
