// Stage 04: jusText-style block classification (Pomikálek 2011) with the Vietnamese stop-word list:
// each line is good, near-good, short or bad by length and stop-word density, then short and
// near-good lines take the class their context gives them. Widget lines count as bad context.
import type { RemovalReason } from '#domain/article/types';
import { isDateLine } from '#domain/metadata/published-at';
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
import type { BlockClass, CleaningLine, CleaningState } from './types.ts';
import { isTableRow } from './regions.ts';
import { INLINE_WIDGET_FAMILIES } from './widget-families.ts';

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
  if (line.widget !== null && INLINE_WIDGET_FAMILIES.has(line.widget)) return 'short';
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

/** The class of the nearest neighbour in a direction, skipping short (and optionally near-good) ones. */
function findNeighbourClass(
  classes: readonly BlockClass[],
  from: number,
  step: 1 | -1,
  ignoreNearGood: boolean,
): BlockClass {
  for (let i = from + step; i >= 0 && i < classes.length; i += step) {
    const blockClass = classes[i];
    if (blockClass === 'short' || (ignoreNearGood && blockClass === 'near-good')) continue;
    if (blockClass) return blockClass;
  }
  // The page edges are boilerplate territory, as in jusText.
  return 'bad';
}

function reviseShort(classes: readonly BlockClass[], i: number): BlockClass {
  const previous = findNeighbourClass(classes, i, -1, true);
  const next = findNeighbourClass(classes, i, 1, true);
  if (previous === 'good' && next === 'good') return 'good';
  if (previous === 'bad' && next === 'bad') return 'bad';
  if (
    (previous === 'bad' && findNeighbourClass(classes, i, -1, false) === 'near-good') ||
    (next === 'bad' && findNeighbourClass(classes, i, 1, false) === 'near-good')
  ) {
    return 'good';
  }
  return 'bad';
}

function reviseNearGood(classes: readonly BlockClass[], i: number): BlockClass {
  const previous = findNeighbourClass(classes, i, -1, true);
  const next = findNeighbourClass(classes, i, 1, true);
  return previous === 'bad' && next === 'bad' ? 'bad' : 'good';
}

function smoothClasses(initial: readonly BlockClass[]): BlockClass[] {
  const afterShort = initial.map((blockClass, i) =>
    blockClass === 'short' ? reviseShort(initial, i) : blockClass,
  );
  // jusText settles short blocks first, then near-good ones against the classes that result.
  return afterShort.map((blockClass, i) =>
    blockClass === 'near-good' ? reviseNearGood(afterShort, i) : blockClass,
  );
}

/**
 * A short line that is a whole sentence right after a good paragraph continues the text ("Nhiều người
 * dân tỏ ra đồng tình.") even when what follows is boilerplate: jusText would drop it for its bad
 * right-hand neighbour, but widgets and menus never end with a full stop after a real paragraph.
 */
function keepShortSentences(lines: readonly CleaningLine[], classes: readonly BlockClass[]): BlockClass[] {
  const result = [...classes];
  lines.forEach((line, i) => {
    const { endsWithSentencePunctuation, wordCount, stopwordDensity } = line.segment.features;
    if (
      result[i] === 'bad' &&
      line.widget === null &&
      endsWithSentencePunctuation &&
      wordCount >= SHORT_SENTENCE_MIN_WORDS &&
      stopwordDensity >= STOPWORDS_LOW &&
      ((result[i - 1] === 'good' && lines[i - 1]?.widget === null) || opensArticle(lines, result, i))
    )
      result[i] = 'good';
  });
  return result;
}

/**
 * A short sentence right under the date line and above a good paragraph opens the article ("Thời tiết
 * hôm ấy nắng đẹp."): the head's lines above it are no paragraphs, but the date line says where the
 * article starts.
 */
function opensArticle(lines: readonly CleaningLine[], classes: readonly BlockClass[], i: number): boolean {
  const previous = lines[i - 1];
  if (classes[i + 1] !== 'good' || lines[i + 1]?.widget !== null || !previous) return false;
  return isDateLine(previous.segment.text, undefined, previous.segment.folded);
}

function reasonForDropped(initial: BlockClass): RemovalReason {
  return initial === 'bad' ? 'low-stopword-density' : 'short-fragment';
}

/** Classifies the non-widget lines; good ones stay body, the others are removed with a reason. */
export function classifyBlocksStage(state: CleaningState): CleaningState {
  const initial = state.lines.map(classifyInitially);
  let final = keepShortSentences(state.lines, smoothClasses(initial));
  if (!final.some((blockClass, i) => blockClass === 'good' && state.lines[i]?.widget === null)) {
    // Nothing reached "good" (a very short article): keep whole sentences rather than return nothing.
    final = state.lines.map((line) => {
      const { endsWithSentencePunctuation, wordCount } = line.segment.features;
      return line.widget === null && endsWithSentencePunctuation && wordCount >= FALLBACK_MIN_SENTENCE_WORDS
        ? 'good'
        : 'bad';
    });
  }
  const lines = state.lines.map((line, i): CleaningLine => {
    if (line.widget !== null) return line;
    const blockClass = final[i] ?? 'bad';
    if (blockClass === 'good') return { ...line, blockClass, role: 'body', reason: null };
    return { ...line, blockClass, role: 'removed', reason: reasonForDropped(initial[i] ?? 'bad') };
  });
  return { ...state, lines };
}
