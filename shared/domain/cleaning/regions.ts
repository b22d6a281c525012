// Where the article body probably is, before and after classification.
import type { SegmentFeatures } from '#domain/text/segment';
import { LENGTH_LOW, STOPWORDS_LOW, SUBSTANTIAL_MIN_CHARS } from './thresholds.ts';
import type { CleaningLine } from './types.ts';

/** A long prose paragraph ending like a sentence: no widget, menu or table looks like this. */
export function isSubstantialParagraph(features: SegmentFeatures): boolean {
  return (
    features.charCount >= SUBSTANTIAL_MIN_CHARS &&
    features.endsWithSentencePunctuation &&
    features.stopwordDensity >= STOPWORDS_LOW
  );
}

/**
 * A prose paragraph of any article, short news briefs included: a sentence past jusText's short
 * length with its share of stop words. Long-prose tests (isSubstantialParagraph) find no paragraph at
 * all on pages whose paragraphs are all one or two sentences.
 */
export function isProseParagraph(features: SegmentFeatures): boolean {
  return (
    features.charCount >= LENGTH_LOW &&
    features.endsWithSentencePunctuation &&
    features.stopwordDensity >= STOPWORDS_LOW
  );
}

// A table row as scrapers flatten it: cells between "|" or tabs, a label first and figures after it
// ("Thuế, phí | 2.950 | 3.310", "Khoản thu | 6 tháng 2023 | 6 tháng 2024"). Menus of section names carry
// no figures in their items.
const TABLE_CELL_SEPARATOR = /\s*[|\t]\s*/;
const TABLE_MIN_CELLS = 2;

/** Whether a line is a row of a table: a label cell, then at least as many cells with figures as without. */
export function isTableRow(text: string): boolean {
  if (!text.includes('|') && !text.includes('\t')) return false;
  const cells = text.split(TABLE_CELL_SEPARATOR).filter(Boolean);
  if (cells.length < TABLE_MIN_CELLS || !/^\p{L}/u.test(cells[0] ?? '')) return false;
  const rest = cells.slice(1);
  const withFigures = rest.filter((cell) => /\d/.test(cell)).length;
  return withFigures > 0 && withFigures * 2 >= rest.length;
}

export interface BodyRegion {
  /** First body line that ends like a sentence: the lead. */
  readonly start: number;
  /** Last body line. */
  readonly end: number;
}

/** The span from the lead to the last body line after classification, or null without a body. */
export function findBodyRegion(lines: readonly CleaningLine[]): BodyRegion | null {
  const start = lines.findIndex(
    (line) => line.role === 'body' && line.segment.features.endsWithSentencePunctuation,
  );
  if (start < 0) return null;
  const end = lines.findLastIndex((line) => line.role === 'body');
  return { start, end: Math.max(start, end) };
}
