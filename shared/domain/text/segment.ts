// Splits normalised text into lines with the measurements the cleaner decides on.
import { CHARACTER_CLASS, readCharacterClass } from './character-classes.ts';
import { foldDiacritics } from './normalize.ts';
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
  /**
   * The text folded once for every matcher (foldDiacritics: lower case, no diacritics, đ→d): the
   * cleaning stages and metadata parsers match folded text, and folding each line again in every
   * stage was a large share of the cleaner's time.
   */
  readonly folded: string;
  /** Empty lines right before this one: a paragraph break when the site marks them with blank lines. */
  readonly blankLinesBefore: number;
  readonly features: SegmentFeatures;
}

const {
  letter: LETTER,
  upperCase: UPPER_CASE,
  number: NUMBER,
  punctuationOrSymbol: PUNCTUATION,
  space: SPACE,
} = CHARACTER_CLASS;
const WORD_CHARACTER = LETTER | NUMBER;
/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const SENTENCE_CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);
const CAPITAL_SIGMA = '\u03a3';

/** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
function endsLikeSentence(text: string): boolean {
  let index = text.length - 1;
  while (index >= 0 && SENTENCE_CLOSERS.has(text[index]!)) index--;
  return index >= 0 && SENTENCE_ENDS.has(text[index]!);
}

/**
 * Measures one line; `stopwords` defaults to the jusText Vietnamese list. One pass over the code
 * points with table look-ups; the counts are those of the regular expressions the fields document
 * (words are runs of \p{L}\p{N}, letters \p{L}, capitals \p{Lu}, digits \p{N}, punctuation
 * [\p{P}\p{S}], non-space characters counted in UTF-16 units).
 */
export function measureLine(
  text: string,
  stopwords: ReadonlySet<string> = VIETNAMESE_STOPWORDS,
): SegmentFeatures {
  // Words are looked up lower-cased: one toLowerCase of the line instead of one per word. A few
  // characters change length when lower-cased (İ → i̇), and then word offsets would not carry over;
  // capital sigma lower-cases by what follows it (σ or final ς), which the line and a lone word may
  // see differently. Lines with either lower-case word by word.
  const wholeLower = text.toLowerCase();
  const lower = wholeLower.length === text.length && !text.includes(CAPITAL_SIGMA) ? wholeLower : null;
  let wordCount = 0;
  let stopwordCount = 0;
  let letterWords = 0;
  let capitalisedWords = 0;
  let nonSpace = 0;
  let letters = 0;
  let upperCase = 0;
  let digits = 0;
  let punctuation = 0;
  let wordStart = -1;
  let wordHasLetter = false;
  let wordCapitalised = false;
  const length = text.length;
  for (let index = 0; index <= length;) {
    let flags = 0;
    let width = 1;
    if (index < length) {
      let codePoint = text.charCodeAt(index);
      if (codePoint >= 0xd800 && codePoint <= 0xdbff && index + 1 < length) {
        const low = text.charCodeAt(index + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = (codePoint - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      flags = readCharacterClass(codePoint);
      if ((flags & SPACE) === 0) nonSpace += width;
      if (flags & LETTER) letters++;
      if (flags & UPPER_CASE) upperCase++;
      if (flags & NUMBER) digits++;
      if (flags & PUNCTUATION) punctuation++;
    }
    if (flags & WORD_CHARACTER) {
      if (wordStart < 0) {
        wordStart = index;
        wordHasLetter = false;
        wordCapitalised = (flags & UPPER_CASE) !== 0;
      }
      if (flags & LETTER) wordHasLetter = true;
    } else if (wordStart >= 0) {
      // The end of a word (or of the line, where flags stay 0).
      wordCount++;
      if (wordHasLetter) {
        letterWords++;
        if (wordCapitalised) capitalisedWords++;
      }
      const word =
        lower === null ? text.slice(wordStart, index).toLowerCase() : lower.slice(wordStart, index);
      if (stopwords.has(word)) stopwordCount++;
      wordStart = -1;
    }
    index += width;
  }
  return {
    charCount: length,
    wordCount,
    stopwordCount,
    stopwordDensity: wordCount ? stopwordCount / wordCount : 0,
    punctuationRatio: nonSpace ? punctuation / nonSpace : 0,
    digitRatio: nonSpace ? digits / nonSpace : 0,
    capitalisedRatio: letterWords ? capitalisedWords / letterWords : 0,
    upperCaseRatio: letters ? upperCase / letters : 0,
    endsWithSentencePunctuation: endsLikeSentence(text),
    endsWithColon: text.endsWith(':'),
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
      folded: foldDiacritics(line),
      blankLinesBefore,
      features: measureLine(line, stopwords),
    });
    blankLinesBefore = 0;
  });
  return segments;
}
