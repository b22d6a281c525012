// Counting words the way /\p{L}+/gu does (and white-space runs the way /\s+/ splits), without
// building arrays of matches or parts: the cleaner counts the words of every line, and those arrays
// were a visible part of its time and allocations.
import { CHARACTER_CLASS, readClassAndWidth } from './character-classes.ts';

/** Runs of one character class, by code point, stopping once the count passes `limit`. */
function countRuns(text: string, flag: number, limit: number): number {
  let runs = 0;
  let inRun = false;
  const length = text.length;
  for (let index = 0; index < length;) {
    const classAndWidth = readClassAndWidth(text, index);
    index += classAndWidth & 3;
    const inClass = ((classAndWidth >> 2) & flag) !== 0;
    if (inClass && !inRun && ++runs > limit) return runs;
    inRun = inClass;
  }
  return runs;
}

/** How many runs of letters (\p{L}+, by code point) the text holds; the same as
 *  `(text.match(/\p{L}+/gu) ?? []).length`. With `limit`, counting stops once the count passes it
 *  (the answer is then limit + 1): "more than N words?" needs no pass over a whole paragraph. */
export function countLetterRuns(text: string, limit: number = Number.POSITIVE_INFINITY): number {
  return countRuns(text, CHARACTER_CLASS.letter, limit);
}

/** How many runs of white space (\s+) the text holds: `text.split(/\s+/).length - 1`. `limit` as in
 *  countLetterRuns. */
export function countWhitespaceRuns(text: string, limit: number = Number.POSITIVE_INFINITY): number {
  return countRuns(text, CHARACTER_CLASS.space, limit);
}

/**
 * How many runs of letters (\p{L}+, by code point) the text holds that are not among `words`: the same
 * as `(text.match(/\p{L}+/gu) ?? []).filter((run) => !words.has(run)).length`. `longestWord` is the
 * length of the longest of `words`: a longer run is counted without being cut out of the text.
 */
export function countLetterRunsExcept(text: string, words: ReadonlySet<string>, longestWord: number): number {
  let runs = 0;
  let runStart = -1;
  const length = text.length;
  for (let index = 0; index <= length;) {
    // Where this character starts; past the end, flags stay 0 and end the last run.
    const at = index;
    let flags = 0;
    if (index < length) {
      const classAndWidth = readClassAndWidth(text, index);
      flags = classAndWidth >> 2;
      index += classAndWidth & 3;
    } else {
      index++;
    }
    if ((flags & CHARACTER_CLASS.letter) !== 0) {
      if (runStart < 0) runStart = at;
    } else if (runStart >= 0) {
      // The end of a run (or of the text, where flags stay 0).
      if (at - runStart > longestWord || !words.has(text.slice(runStart, at))) runs++;
      runStart = -1;
    }
  }
  return runs;
}
