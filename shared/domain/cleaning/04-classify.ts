// Stage 04: jusText-style block classification (Pomikálek 2011) with the Vietnamese stop-word list:
// each line is good, near-good, short or bad by length and stop-word density, then short and
// near-good lines take the class their context gives them. Widget lines count as bad context.
import type { RemovalReason } from '#domain/article/types';
import { parseBylineLine } from '#domain/metadata/author';
import { hasPhotoCredit } from '#domain/metadata/caption';
import { isDateLine } from '#domain/metadata/published-at';
import { parseSourceLine } from '#domain/metadata/source';
import {
  CAPITALS_HEADING_RATIO,
  FALLBACK_MIN_SENTENCE_WORDS,
  NON_PROSE_DIGIT_RATIO,
  NON_PROSE_MIN_WORDS,
  NON_PROSE_PUNCTUATION_RATIO,
  SHORT_SENTENCE_MIN_WORDS,
  TITLE_CASE_MENU_MIN_WORDS,
  TITLE_CASE_MENU_RATIO,
  LENGTH_HIGH,
  LENGTH_LOW,
  STOPWORDS_HIGH,
  STOPWORDS_LOW,
} from './thresholds.ts';
import { changeLine, withLines, type BlockClass, type CleaningLine, type CleaningState } from './types.ts';
import { endsLikeParagraph, isTableRow } from './regions.ts';
import { isInlineWidget } from './widget-families.ts';

/**
 * Shapes no prose line has, whatever its stop words: mostly figures (price and score tables), mostly
 * punctuation (separators, icons), or every word capitalised without being a capitals heading (menus
 * of section names without separators: "Thời Sự Kinh Tế Văn Hóa Thể Thao").
 */
function hasNonProseShape(line: CleaningLine): boolean {
  const { digitRatio, punctuationRatio, capitalisedRatio, upperCaseRatio, wordCount } = line.segment.features;
  // Short lines ("(Ảnh: TTXVN)", "Tỷ số 2-1") are left to context smoothing.
  return (
    (wordCount >= NON_PROSE_MIN_WORDS &&
      (digitRatio > NON_PROSE_DIGIT_RATIO || punctuationRatio > NON_PROSE_PUNCTUATION_RATIO)) ||
    (capitalisedRatio >= TITLE_CASE_MENU_RATIO &&
      upperCaseRatio < CAPITALS_HEADING_RATIO &&
      wordCount >= TITLE_CASE_MENU_MIN_WORDS)
  );
}

function classifyInitially(line: CleaningLine): BlockClass {
  // An inline widget ("Xem thêm: …") sits inside the text: context smoothing looks past it, as past
  // a short line. It stays removed all the same (widget lines keep their role).
  if (line.widget !== null && isInlineWidget(line.widget)) return 'short';
  if (line.widget !== null) return 'bad';
  // A table row between paragraphs is as transparent to context as a short line: its figures are the
  // article's, and its neighbours decide.
  if (isTableRow(line.segment.text)) return 'short';
  if (hasNonProseShape(line)) return 'bad';
  const { charCount, stopwordDensity } = line.segment.features;
  if (charCount < LENGTH_LOW) return 'short';
  if (stopwordDensity >= STOPWORDS_HIGH) return charCount > LENGTH_HIGH ? 'good' : 'near-good';
  if (stopwordDensity >= STOPWORDS_LOW) return 'near-good';
  return 'bad';
}

/**
 * What lies past the first and the last line. On a whole page the edges are boilerplate territory, as in
 * jusText (menus above, footers below). Text already cut out as the page's main content (an HTML page
 * through Readability) starts and ends with the article, and its edges are neutral: on an article of
 * middling paragraphs, none long enough to be good, jusText would otherwise judge each against the
 * "bad" edges and drop them all.
 */
type EdgeClass = Extract<BlockClass, 'bad' | 'near-good'>;

/** The class of the nearest neighbour in a direction, skipping short (and optionally near-good) ones. */
function findNeighbourClass(
  classes: readonly BlockClass[],
  from: number,
  step: 1 | -1,
  ignoreNearGood: boolean,
  edge: EdgeClass,
): BlockClass {
  for (let i = from + step; i >= 0 && i < classes.length; i += step) {
    const blockClass = classes[i];
    if (blockClass === 'short' || (ignoreNearGood && blockClass === 'near-good')) continue;
    if (blockClass) return blockClass;
  }
  return edge;
}

function reviseShort(classes: readonly BlockClass[], i: number, edge: EdgeClass): BlockClass {
  const previous = findNeighbourClass(classes, i, -1, true, edge);
  const next = findNeighbourClass(classes, i, 1, true, edge);
  if (previous === 'good' && next === 'good') return 'good';
  if (previous === 'bad' && next === 'bad') return 'bad';
  if (
    (previous === 'bad' && findNeighbourClass(classes, i, -1, false, edge) === 'near-good') ||
    (next === 'bad' && findNeighbourClass(classes, i, 1, false, edge) === 'near-good')
  ) {
    return 'good';
  }
  return 'bad';
}

function reviseNearGood(classes: readonly BlockClass[], i: number, edge: EdgeClass): BlockClass {
  const previous = findNeighbourClass(classes, i, -1, true, edge);
  const next = findNeighbourClass(classes, i, 1, true, edge);
  return previous === 'bad' && next === 'bad' ? 'bad' : 'good';
}

function smoothClasses(initial: readonly BlockClass[], mainContent: boolean): BlockClass[] {
  const edge: EdgeClass = mainContent ? 'near-good' : 'bad';
  const afterShort = initial.map((blockClass, i) =>
    blockClass === 'short' ? reviseShort(initial, i, edge) : blockClass,
  );
  // jusText settles short blocks first, then near-good ones against the classes that result. In main
  // content a short line that found no good neighbour (a table row, a list item, the byline) is no
  // boilerplate wall either: near-good paragraphs there are judged against the lines that were bad to
  // begin with (widgets, non-prose shapes) only.
  const context = mainContent ? initial : afterShort;
  return afterShort.map((blockClass, i) =>
    blockClass === 'near-good' ? reviseNearGood(context, i, edge) : blockClass,
  );
}

/**
 * A short line that is a whole sentence right after a good paragraph continues the text ("Nhiều người
 * dân tỏ ra đồng tình.", "An táng tại quê nhà.") even when what follows is boilerplate: jusText would
 * drop it for its bad right-hand neighbour, but widgets and menus never end with a full stop after a
 * real paragraph. A sentence of five syllables needs no density of stop words (one is enough: a list
 * of names has none); metadata lines ending with a period (a source, a byline, a photo credit) are
 * left to their stages.
 */
function isShortWholeSentence(line: CleaningLine): boolean {
  const { endsWithSentencePunctuation, wordCount, stopwordCount } = line.segment.features;
  if (line.widget !== null || !endsWithSentencePunctuation || wordCount < SHORT_SENTENCE_MIN_WORDS)
    return false;
  if (stopwordCount === 0) return false;
  const { text, folded } = line.segment;
  return (
    !hasPhotoCredit(text, folded) &&
    parseSourceLine(text, folded) === null &&
    parseBylineLine(text, folded) === null &&
    !isDateLine(text, undefined, folded)
  );
}

// A letter or notice signs off on a short line of its own after its last paragraph: "Thay mặt gia
// đình: …", "TM. Ban tổ chức", "Kính thư". Widgets and menus never open with these formulas.
const SIGN_OFF = /^(?:thay mat|tm\.|kinh thu|kinh but)(?:\s|$)/;

function isSignOff(line: CleaningLine): boolean {
  return line.widget === null && SIGN_OFF.test(line.segment.folded);
}

function keepShortSentences(lines: readonly CleaningLine[], classes: readonly BlockClass[]): BlockClass[] {
  const result = [...classes];
  // The lead comes before the article's first good paragraph; under a date line further down stands
  // the teaser of a related article.
  const firstGood = classes.indexOf('good');
  lines.forEach((line, i) => {
    if (result[i] !== 'bad') return;
    // The context first: the sentence tests parse the line for metadata.
    // i > 0 first: reading index -1 is a named-property look-up, and turns the reads megamorphic.
    const afterGood = i > 0 && result[i - 1] === 'good' && lines[i - 1]!.widget === null;
    if (
      ((afterGood ||
        (line.segment.features.endsWithSentencePunctuation && opensArticle(lines, result, i, firstGood))) &&
        isShortWholeSentence(line)) ||
      (afterGood && isSignOff(line)) ||
      ((firstGood < 0 || i < firstGood) && isLeadUnderDateLine(lines, i)) ||
      (i < firstGood && isLeadAboveDateLine(lines, result, i))
    )
      result[i] = 'good';
  });
  return result;
}

/**
 * A prose paragraph right under the date line is the lead, whatever follows it: on a page of middling
 * paragraphs, or one whose lead introduces a list ("… như sau:" over "Điều 1. …"), context smoothing
 * finds only bad neighbours around it.
 */
function isLeadUnderDateLine(lines: readonly CleaningLine[], i: number): boolean {
  const previous = i > 0 ? lines[i - 1] : undefined;
  return (
    previous !== undefined &&
    isProseLine(lines[i]!) &&
    isDateLine(previous.segment.text, undefined, previous.segment.folded)
  );
}

/**
 * Some sites print the date line under the sapo: a prose paragraph right above the date line, when the
 * article goes on right under that line, is the lead. Context smoothing sees the head's lines above it
 * and the date line's figures below it, both bad.
 */
function isLeadAboveDateLine(
  lines: readonly CleaningLine[],
  classes: readonly BlockClass[],
  i: number,
): boolean {
  const next = lines[i + 1];
  if (next === undefined || classes[i + 2] !== 'good' || lines[i + 2]?.widget !== null) return false;
  return isProseLine(lines[i]!) && isDateLine(next.segment.text, undefined, next.segment.folded);
}

/** A line of prose as long as a paragraph and ending like one, outside any widget. */
function isProseLine(line: CleaningLine): boolean {
  const { charCount, stopwordDensity } = line.segment.features;
  return (
    line.widget === null &&
    charCount >= LENGTH_LOW &&
    stopwordDensity >= STOPWORDS_LOW &&
    endsLikeParagraph(line.segment)
  );
}

/**
 * Short lines between two paragraphs the smoothing judged good stay when they are whole sentences: the
 * turns of a dialogue, one-sentence quotes. jusText settles short blocks against the initial classes,
 * where the middling paragraphs around them were only near-good and the page edges bad. Related links
 * and captions between the paragraphs end without a period and are not taken.
 */
function keepSentencesBetweenGood(
  lines: readonly CleaningLine[],
  initial: readonly BlockClass[],
  classes: readonly BlockClass[],
): BlockClass[] {
  const result = [...classes];
  // The final class of the nearest line above each line that was not short to begin with.
  const above: BlockClass[] = [];
  let last: BlockClass = 'bad';
  for (let i = 0; i < lines.length; i++) {
    above.push(last);
    if (initial[i] !== 'short') last = classes[i] ?? 'bad';
  }
  last = 'bad';
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (
      initial[i] === 'short' &&
      result[i] === 'bad' &&
      last === 'good' &&
      above[i] === 'good' &&
      line.widget === null &&
      line.segment.features.endsWithSentencePunctuation &&
      line.segment.features.stopwordCount > 0
    )
      result[i] = 'good';
    if (initial[i] !== 'short') last = classes[i] ?? 'bad';
  }
  return result;
}

/**
 * A short sentence right under the date line and above a good paragraph opens the article ("Thời tiết
 * hôm ấy nắng đẹp."): the head's lines above it are no paragraphs, but the date line says where the
 * article starts. So does the first good paragraph, right under the short sentence.
 */
function opensArticle(
  lines: readonly CleaningLine[],
  classes: readonly BlockClass[],
  i: number,
  firstGood: number,
): boolean {
  const previous = lines[i - 1];
  if (!previous) return false;
  if (isGoodParagraph(lines, classes, i + 1)) {
    // Right above the article's first good paragraph, under the title, there is nothing else it can be.
    if (i + 1 === firstGood) return true;
    return isDateLine(previous.segment.text, undefined, previous.segment.folded);
  }
  // A digest opens with a sentence over its first item's heading ("Những tin đáng chú ý sáng nay." /
  // "Khởi công cầu vượt sông Cái" / the item's paragraph): under the date line, it opens the article.
  return (
    isHeadingShaped(lines[i + 1]) &&
    isGoodParagraph(lines, classes, i + 2) &&
    isDateLine(previous.segment.text, undefined, previous.segment.folded)
  );
}

function isGoodParagraph(lines: readonly CleaningLine[], classes: readonly BlockClass[], i: number): boolean {
  return classes[i] === 'good' && lines[i]?.widget === null;
}

// A sub-heading is a few words without final punctuation (as in body-structure.ts).
const HEADING_MIN_WORDS = 2;
const HEADING_MAX_WORDS = 10;

function isHeadingShaped(line: CleaningLine | undefined): boolean {
  if (line === undefined || line.widget !== null) return false;
  const { wordCount, endsWithSentencePunctuation, endsWithColon } = line.segment.features;
  return (
    !endsWithSentencePunctuation &&
    !endsWithColon &&
    wordCount >= HEADING_MIN_WORDS &&
    wordCount <= HEADING_MAX_WORDS
  );
}

function reasonForDropped(initial: BlockClass): RemovalReason {
  return initial === 'bad' ? 'low-stopword-density' : 'short-fragment';
}

/** Classifies the non-widget lines; good ones stay body, the others are removed with a reason. */
export function classifyBlocksStage(state: CleaningState): CleaningState {
  const initial = state.lines.map(classifyInitially);
  let smoothed = smoothClasses(initial, state.hints.mainContent === true);
  if (!smoothed.some((blockClass, i) => blockClass === 'good' && state.lines[i]?.widget === null)) {
    // Nothing reached "good" (a very short article): keep whole sentences rather than return nothing,
    // a reader's question signed in brackets after its last sentence among them (endsLikeParagraph; its
    // lead-ins ending with ":" are left to the structure stage, which reads the list under them).
    smoothed = state.lines.map((line) => {
      const { wordCount, endsWithColon } = line.segment.features;
      return line.widget === null &&
        wordCount >= FALLBACK_MIN_SENTENCE_WORDS &&
        !endsWithColon &&
        endsLikeParagraph(line.segment)
        ? 'good'
        : 'bad';
    });
  }
  const final = keepShortSentences(state.lines, keepSentencesBetweenGood(state.lines, initial, smoothed));
  const lines = state.lines.map((line, i): CleaningLine => {
    if (line.widget !== null) return line;
    const blockClass = final[i] ?? 'bad';
    if (blockClass === 'good') return changeLine(line, { blockClass, role: 'body', reason: null });
    return changeLine(line, { blockClass, role: 'removed', reason: reasonForDropped(initial[i] ?? 'bad') });
  });
  return withLines(state, lines);
}
