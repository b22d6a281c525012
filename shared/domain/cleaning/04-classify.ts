// Stage 04: jusText-style block classification (Pomikálek 2011) with the Vietnamese stop-word list:
// each line is good, near-good, short or bad by length and stop-word density, then short and
// near-good lines take the class their context gives them. Widget lines count as bad context.
import type { RemovalReason } from '#domain/article/types';
import {
  FALLBACK_MIN_SENTENCE_WORDS,
  LENGTH_HIGH,
  LENGTH_LOW,
  STOPWORDS_HIGH,
  STOPWORDS_LOW,
} from './thresholds.ts';
import type { BlockClass, CleaningLine, CleaningState } from './types.ts';

function classifyInitially(line: CleaningLine): BlockClass {
  if (line.widget !== null) return 'bad';
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

function reasonForDropped(initial: BlockClass): RemovalReason {
  return initial === 'bad' ? 'low-stopword-density' : 'short-fragment';
}

/** Classifies the non-widget lines; good ones stay body, the others are removed with a reason. */
export function classifyBlocksStage(state: CleaningState): CleaningState {
  const initial = state.lines.map(classifyInitially);
  let final = smoothClasses(initial);
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
