// Splits normalised text into lines with the measurements the cleaner decides on.
import { VIETNAMESE_STOPWORDS } from './stopwords.ts';

export interface SegmentFeatures {
  /** Characters of the trimmed line. */
  readonly charCount: number;
  /** Word tokens (runs of letters or digits; Vietnamese words are syllables). */
  readonly wordCount: number;
  readonly stopwordCount: number;
  /** Stop-word tokens / word tokens, 0 for a line without words. */
  readonly stopwordDensity: number;
  /** Punctuation and symbol characters / non-space characters. */
  readonly punctuationRatio: number;
  /** Digits / non-space characters. */
  readonly digitRatio: number;
  /** Words starting with a capital letter / words with letters. */
  readonly capitalisedRatio: number;
  /** Upper-case letters / letters. */
  readonly upperCaseRatio: number;
  /** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
  readonly endsWithSentencePunctuation: boolean;
  readonly endsWithColon: boolean;
}

export interface Segment {
  /** Position among the non-empty lines, from 0. */
  readonly index: number;
  /** Line number in the normalised text, from 0. */
  readonly lineNumber: number;
  readonly text: string;
  /** Empty lines right before this one: a paragraph break when the site marks them with blank lines. */
  readonly blankLinesBefore: number;
  readonly features: SegmentFeatures;
}

const WORD = /[\p{L}\p{N}]+/gu;
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const SENTENCE_END = /(?:[.!?…]|\.\.\.)["'”’»)\]]*$/u;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Measures one line; `stopwords` defaults to the jusText Vietnamese list. */
export function measureLine(
  text: string,
  stopwords: ReadonlySet<string> = VIETNAMESE_STOPWORDS,
): SegmentFeatures {
  const words = text.match(WORD) ?? [];
  const letterWords = words.filter((word) => /\p{L}/u.test(word));
  const nonSpace = text.replace(/\s/g, '').length;
  const letters = countMatches(text, /\p{L}/gu);
  const stopwordCount = words.filter((word) => stopwords.has(word.toLowerCase())).length;
  return {
    charCount: text.length,
    wordCount: words.length,
    stopwordCount,
    stopwordDensity: words.length ? stopwordCount / words.length : 0,
    punctuationRatio: nonSpace ? countMatches(text, PUNCTUATION) / nonSpace : 0,
    digitRatio: nonSpace ? countMatches(text, /\p{N}/gu) / nonSpace : 0,
    capitalisedRatio: letterWords.length
      ? letterWords.filter((word) => /^\p{Lu}/u.test(word)).length / letterWords.length
      : 0,
    upperCaseRatio: letters ? countMatches(text, /\p{Lu}/gu) / letters : 0,
    endsWithSentencePunctuation: SENTENCE_END.test(text),
    endsWithColon: /:$/.test(text),
  };
}

/** Non-empty lines of already normalised text, in order, with their features. */
export function segmentText(text: string, stopwords: ReadonlySet<string> = VIETNAMESE_STOPWORDS): Segment[] {
  const segments: Segment[] = [];
  let blankLinesBefore = 0;
  text.split('\n').forEach((rawLine, lineNumber) => {
    const line = rawLine.trim();
    if (!line) {
      blankLinesBefore++;
      return;
    }
    segments.push({
      index: segments.length,
      lineNumber,
      text: line,
      blankLinesBefore,
      features: measureLine(line, stopwords),
    });
    blankLinesBefore = 0;
  });
  return segments;
}
