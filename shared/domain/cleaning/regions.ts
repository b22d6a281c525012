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
