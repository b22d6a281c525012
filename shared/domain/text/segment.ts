// Splits normalised text into lines with the measurements the cleaner decides on.
import {
  CHARACTER_CLASS,
  CLASS_TABLE,
  CLASS_TABLE_SIZE,
  NOT_IN_CLASS_TABLE,
  readCharacterClass,
} from './character-classes.ts';
import { findRunOnLines, joinWrappedLines } from './hard-wrap.ts';
import { looksLikeMarkdown, renderMarkdownLine, withoutListBullet } from './markdown.ts';
import { CAPITAL_SIGMA, FOLD_TABLE, FOLDS_TO_NOTHING, foldCodePoint, foldDiacritics } from './normalize.ts';
import { VIETNAMESE_STOPWORDS } from './stopwords.ts';
import { NO_WORD, wordSetAutomaton, type WordSetAutomaton } from './word-set-automaton.ts';
import { codeUnitAt } from './code-units.ts';

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
  /** Runs of letters (\p{L}+), and how many of them hold a letter only Vietnamese writes: counts of
   *  several lines add up to those of the lines joined by spaces (see judgeVietnameseShare). */
  readonly letterRunCount: number;
  readonly vietnameseLetterRunCount: number;
  /** Holds white space other than one plain space between two other characters, or a combining mark
   *  (which folding drops, leaving its neighbours' spaces side by side): \s other than " ", "  ", a
   *  space at either end, \p{M}. */
  readonly unevenSpacing: boolean;
}

export interface Segment {
  /** Position among the non-empty lines, from 0. */
  readonly index: number;
  /** Line number in the normalised text, from 0. */
  readonly lineNumber: number;
  /** The line as it reads: on a markdown page, what it renders ("# Tiêu đề" reads "Tiêu đề"). */
  readonly text: string;
  /** The line as the page delivered it, which the body gives back: `text` itself but on a markdown
   *  page (text/markdown.ts), and the lines of a hard-wrapped paragraph as printed, joined by "\n"
   *  where `text` joins them by a space (text/hard-wrap.ts). */
  readonly delivered: string;
  /**
   * The text folded once for every matcher (foldDiacritics: lower case, no diacritics, đ→d), its white
   * space runs made one space and its ends trimmed, as the matchers' vocabulary is written: the
   * cleaning stages and metadata parsers match folded text, and folding each line again in every
   * stage was a large share of the cleaner's time. On a markdown page a list item's bullet is left out
   * of it, so that a menu or a box printed as a list is known by its words (text/markdown.ts).
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
  vietnameseLetter: VIETNAMESE_LETTER,
  mark: MARK,
} = CHARACTER_CLASS;
const PLAIN_SPACE = 0x20;
const WORD_CHARACTER = LETTER | NUMBER;
// Each class is one bit: shifted down, it adds 0 or 1 to its counter.
const UPPER_CASE_SHIFT = Math.log2(UPPER_CASE);
const NUMBER_SHIFT = Math.log2(NUMBER);
const PUNCTUATION_SHIFT = Math.log2(PUNCTUATION);
const SPACE_SHIFT = Math.log2(SPACE);
if (LETTER !== 1) throw new Error('the letter count adds the letter bit as it is');
/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const SENTENCE_CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

/** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
function endsLikeSentence(text: string): boolean {
  // The step back runs on every call, not only past a closing quote: V8 inlines this into measureLine,
  // and a decrement it has never seen run is compiled as a deoptimisation. The first line ending in a
  // quote then threw measureLine's optimised code away, and in about one process in three V8 never
  // compiled it again but through on-stack replacement, leaving segmentation twice as slow for good.
  let index = text.length;
  do index--;
  while (index >= 0 && SENTENCE_CLOSERS.has(text[index]!));
  return index >= 0 && SENTENCE_ENDS.has(text[index]!);
}

// A code unit's character class and its letter in a word-set automaton's alphabet, in one table read:
// the class in the low byte (NOT_IN_CLASS_TABLE as in CLASS_TABLE), the letter + 1 above it (0 where
// lower-casing gives several units and the automaton's own step reads them).
const LETTER_SHIFT = 8;
const CLASS_MASK = (1 << LETTER_SHIFT) - 1;
const classAndLetterTables = new WeakMap<WordSetAutomaton, Int32Array>();
let lastStopwords: ReadonlySet<string> | null = null;
let lastAutomaton: WordSetAutomaton | null = null;
let lastClassAndLetter: Int32Array | null = null;

function classAndLetterTable(automaton: WordSetAutomaton): Int32Array {
  let table = classAndLetterTables.get(automaton);
  if (!table) {
    table = new Int32Array(CLASS_TABLE_SIZE);
    for (let code = 0; code < CLASS_TABLE_SIZE; code++)
      table[code] = CLASS_TABLE[code]! | ((automaton.letterOfCode[code]! + 1) << LETTER_SHIFT);
    classAndLetterTables.set(automaton, table);
  }
  return table;
}

const LINE_BREAK = 0x0a;

/** Writes the folded form of a code point the table does not hold; returns the units written so far. */
function writeFolded(sink: FoldSink, folded: Uint16Array, written: number, codePoint: number): number {
  const form = foldCodePoint(codePoint);
  // One or two units read fold to at most FOLD_GROWTH each: beyond, the line is folded on its own.
  if (written + form.length >= folded.length) {
    sink.failed = true;
    return written;
  }
  for (let offset = 0; offset < form.length; offset++) folded[written++] = codeUnitAt(form, offset);
  return written;
}

/**
 * Measures one line; `stopwords` defaults to the jusText Vietnamese list. One pass over the code
 * points with table look-ups; the counts are those of the regular expressions the fields document
 * (words are runs of \p{L}\p{N}, letters \p{L}, capitals \p{Lu}, digits \p{N}, punctuation
 * [\p{P}\p{S}], non-space characters counted in UTF-16 units). A word is a stop word when, lower-cased,
 * it is in `stopwords`; it is looked up while it is read (see WordSetAutomaton). The class counters
 * are plain additions of the flag bits: segmentation reads every character of every page, and
 * branches per class cost several times more.
 */
export function measureLine(
  text: string,
  stopwords: ReadonlySet<string> = VIETNAMESE_STOPWORDS,
): SegmentFeatures {
  SCRATCH_SINK.written = 0;
  return measureAndFold(text, stopwords, SCRATCH_SINK);
}

/**
 * Where the segmentation writes the folded lines of a page (foldDiacritics of each), one after the
 * other, each ended by a line break: folding while measuring reads every character once instead of
 * twice, and the page's folded lines are then one string to split.
 */
interface FoldSink {
  buffer: Uint16Array;
  bytes: Buffer;
  written: number;
  /** A line held what the table cannot fold alone (a capital sigma, a lone surrogate). */
  failed: boolean;
}

function makeFoldSink(units: number): FoldSink {
  const buffer = new Uint16Array(units);
  return { buffer, bytes: Buffer.from(buffer.buffer), written: 0, failed: false };
}

/** Room for `units` more folded units (a character outside the table may fold to two). */
function reserve(sink: FoldSink, units: number): void {
  const needed = sink.written + units;
  if (needed <= sink.buffer.length) return;
  const grown = new Uint16Array(Math.max(needed, sink.buffer.length * 2));
  grown.set(sink.buffer.subarray(0, sink.written));
  sink.buffer = grown;
  sink.bytes = Buffer.from(grown.buffer);
}

const SCRATCH_SINK = makeFoldSink(4096);
const PAGE_SINK = makeFoldSink(1 << 16);
// A folded code point is at most this many units per unit read (checked as it is written).
const FOLD_GROWTH = 2;

/** measureLine, writing the folded line to `sink` as it reads it (see FoldSink). */
function measureAndFold(text: string, stopwords: ReadonlySet<string>, sink: FoldSink): SegmentFeatures {
  // Lines come by the hundred with the same list: its tables are remembered, not looked up each time.
  if (stopwords !== lastStopwords) {
    lastAutomaton = wordSetAutomaton(stopwords);
    lastClassAndLetter = classAndLetterTable(lastAutomaton);
    lastStopwords = stopwords;
  }
  const automaton = lastAutomaton!;
  const classAndLetter = lastClassAndLetter!;
  const { transitions, accepting, start } = automaton;
  let letters = 0;
  let upperCase = 0;
  let digits = 0;
  let punctuation = 0;
  let nonSpaceUnits = 0;
  let wordCount = 0;
  let stopwordCount = 0;
  let letterWords = 0;
  let capitalisedWords = 0;
  let inWord = false;
  let wordState = NO_WORD;
  let wordHasLetter = false;
  let wordCapitalised = false;
  let letterRuns = 0;
  let vietnameseLetterRuns = 0;
  let inLetterRun = false;
  let letterRunIsVietnamese = false;
  // A space at the start counts as uneven: it is as if a space came before it.
  let previousWasSpace = true;
  let unevenSpacing = false;
  const length = text.length;
  reserve(sink, length * FOLD_GROWTH + 1);
  const folded = sink.buffer;
  let written = sink.written;
  for (let index = 0; index < length; index++) {
    let codePoint = codeUnitAt(text, index);
    let entry = codePoint < CLASS_TABLE_SIZE ? classAndLetter[codePoint]! : NOT_IN_CLASS_TABLE;
    let flags = entry & CLASS_MASK;
    if (flags !== NOT_IN_CLASS_TABLE) {
      // The class table's ranges are the fold table's.
      const unit = FOLD_TABLE[codePoint]!;
      if (unit >= 0) folded[written++] = unit;
      else if (unit !== FOLDS_TO_NOTHING) written = writeFolded(sink, folded, written, codePoint);
    } else {
      let width = 1;
      if (codePoint >= 0xd800 && codePoint <= 0xdbff && index + 1 < length) {
        const low = codeUnitAt(text, index + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = (codePoint - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      flags = readCharacterClass(codePoint);
      // No letter in the table: the automaton steps on the code point itself.
      entry = flags;
      // JavaScript lower-cases a capital sigma by its neighbours, and a lone surrogate is no character:
      // such a line is folded on its own, as a whole (see segmentText).
      if (codePoint === CAPITAL_SIGMA || (codePoint >= 0xd800 && codePoint <= 0xdfff)) sink.failed = true;
      else written = writeFolded(sink, folded, written, codePoint);
      // A non-space surrogate pair is two code units.
      if ((flags & SPACE) === 0) nonSpaceUnits += width - 1;
      index += width - 1;
    }
    letters += flags & LETTER;
    upperCase += (flags & UPPER_CASE) >> UPPER_CASE_SHIFT;
    digits += (flags & NUMBER) >> NUMBER_SHIFT;
    punctuation += (flags & PUNCTUATION) >> PUNCTUATION_SHIFT;
    nonSpaceUnits += 1 - ((flags & SPACE) >> SPACE_SHIFT);
    // Most characters are neither: one test.
    if ((flags & (SPACE | MARK)) !== 0) {
      if ((flags & MARK) !== 0 || codePoint !== PLAIN_SPACE || previousWasSpace) unevenSpacing = true;
      previousWasSpace = (flags & SPACE) !== 0;
    } else {
      previousWasSpace = false;
    }
    if (flags & LETTER) {
      if (!inLetterRun) {
        inLetterRun = true;
        letterRunIsVietnamese = false;
        letterRuns++;
      }
      if (!letterRunIsVietnamese && flags & VIETNAMESE_LETTER) {
        letterRunIsVietnamese = true;
        vietnameseLetterRuns++;
      }
    } else {
      inLetterRun = false;
    }
    if (flags & WORD_CHARACTER) {
      if (!inWord) {
        inWord = true;
        wordState = start;
        wordHasLetter = false;
        wordCapitalised = (flags & UPPER_CASE) !== 0;
      }
      if (flags & LETTER) wordHasLetter = true;
      if (wordState !== NO_WORD) {
        const letterPlusOne = entry >> LETTER_SHIFT;
        wordState =
          letterPlusOne > 0
            ? transitions[wordState + letterPlusOne - 1]!
            : automaton.step(wordState, codePoint);
      }
    } else if (inWord) {
      wordCount++;
      if (wordHasLetter) {
        letterWords++;
        if (wordCapitalised) capitalisedWords++;
      }
      stopwordCount += accepting[wordState]!;
      inWord = false;
    }
  }
  folded[written++] = LINE_BREAK;
  sink.written = written;
  // The line's end ends its last word (the same counting, written out: a closure per line costs more).
  if (inWord) {
    wordCount++;
    if (wordHasLetter) {
      letterWords++;
      if (wordCapitalised) capitalisedWords++;
    }
    stopwordCount += accepting[wordState]!;
  }
  return {
    charCount: length,
    wordCount,
    stopwordCount,
    stopwordDensity: wordCount ? stopwordCount / wordCount : 0,
    punctuationRatio: nonSpaceUnits ? punctuation / nonSpaceUnits : 0,
    digitRatio: nonSpaceUnits ? digits / nonSpaceUnits : 0,
    capitalisedRatio: letterWords ? capitalisedWords / letterWords : 0,
    upperCaseRatio: letters ? upperCase / letters : 0,
    endsWithSentencePunctuation: endsLikeSentence(text),
    endsWithColon: text.endsWith(':'),
    letterRunCount: letterRuns,
    vietnameseLetterRunCount: vietnameseLetterRuns,
    // A space at the end (length > 0: an empty line has no spaces at all).
    unevenSpacing: unevenSpacing || (length > 0 && previousWasSpace),
  };
}

function collapseSpaces(folded: string): string {
  return folded.replace(/\s+/g, ' ').trim();
}

/** The folded form of a markdown list item, its bullet left out (see withoutListBullet); undefined
 *  for other lines, which fold as they read. */
function foldedWithoutBullet(line: string): string | undefined {
  const item = withoutListBullet(line);
  return item === null ? undefined : foldDiacritics(item);
}

/**
 * Non-empty lines of already normalised text, in order, with their features. On a hard-wrapped page
 * the lines of a paragraph make one segment, read as one line and given back as delivered.
 */
export function segmentText(text: string, stopwords: ReadonlySet<string> = VIETNAMESE_STOPWORDS): Segment[] {
  const sink = PAGE_SINK;
  sink.written = 0;
  sink.failed = false;
  const rawLines = text.split('\n');
  const markdown = looksLikeMarkdown(text);
  const runOn = findRunOnLines(rawLines);
  // Each segment's parts, the line measured (and folded into the sink) as it is found.
  const lines: string[] = [];
  const deliveredLines: string[] = [];
  const lineNumbers: number[] = [];
  const blanksBefore: number[] = [];
  const measured: SegmentFeatures[] = [];
  const addLine = (lineNumber: number, delivered: string, line: string, blankLinesBefore: number) => {
    // The sink holds one folded line per segment: a line break inside one would shift the rest.
    if (line.includes('\n')) sink.failed = true;
    measured.push(measureAndFold(line, stopwords, sink));
    lines.push(line);
    deliveredLines.push(delivered);
    lineNumbers.push(lineNumber);
    blanksBefore.push(blankLinesBefore);
  };
  let blankLinesBefore = 0;
  // The lines of a wrapped paragraph met so far, and where it starts.
  let wrapped: string[] = [];
  let wrappedFrom = 0;
  for (let lineNumber = 0; lineNumber < rawLines.length; lineNumber++) {
    const delivered = rawLines[lineNumber]!.trim();
    if (runOn?.[lineNumber] && delivered) {
      if (wrapped.length === 0) wrappedFrom = lineNumber;
      wrapped.push(delivered);
      continue;
    }
    if (wrapped.length > 0) {
      wrapped.push(delivered);
      const joined = joinWrappedLines(wrapped);
      addLine(
        wrappedFrom,
        wrapped.join('\n'),
        markdown ? renderMarkdownLine(joined) : joined,
        blankLinesBefore,
      );
      wrapped = [];
      blankLinesBefore = 0;
      continue;
    }
    // A markdown line is measured and matched as the text it renders; an image alone renders none.
    const line = markdown ? renderMarkdownLine(delivered) : delivered;
    if (!line) {
      blankLinesBefore++;
      continue;
    }
    addLine(lineNumber, delivered, line, blankLinesBefore);
    blankLinesBefore = 0;
  }
  // The folded lines, in the order measured; a page with a line the table could not fold is folded
  // line by line by the definition's path.
  const foldedLines = sink.failed ? null : sink.bytes.toString('utf16le', 0, sink.written * 2).split('\n');
  const segments: Segment[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const features = measured[k]!;
    let folded =
      (markdown ? foldedWithoutBullet(line) : undefined) ??
      (foldedLines === null ? foldDiacritics(line) : foldedLines[k]!);
    if (features.unevenSpacing) folded = collapseSpaces(folded);
    segments.push(
      makeSegment(k, lineNumbers[k]!, deliveredLines[k]!, line, folded, blanksBefore[k]!, features),
    );
  }
  return segments;
}

/** One line of the page, or the lines of a hard-wrapped paragraph joined (see text/hard-wrap.ts). */
function makeSegment(
  index: number,
  lineNumber: number,
  delivered: string,
  text: string,
  folded: string,
  blankLinesBefore: number,
  features: SegmentFeatures,
): Segment {
  return { index, lineNumber, text, delivered, folded, blankLinesBefore, features };
}
