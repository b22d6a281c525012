// Splits text into the syllables search works on. Vietnamese writes one syllable per space-separated
// token, so a syllable is the unit of both the index and the query. Punctuation breaks a text into
// runs: a bigram or a phrase never spans a full stop, a comma or a line break.
import { foldDiacritics, normalizeToneMarks } from '#domain/text/normalize';

export interface SearchSyllable {
  /** Lower case, NFC, tone marks in one placement (hoà = hòa): what "exact diacritics" compares. */
  readonly exact: string;
  /** No diacritics, đ→d: what the index keys and diacritic-insensitive matching compare. */
  readonly folded: string;
}

/**
 * Longer tokens are URLs, hashes or glued words, never something a reader types; indexing them would
 * only spend write units. The longest Vietnamese syllable ("nghiêng") has 7 letters; 24 leaves room for
 * foreign names and model numbers.
 */
export const MAX_SYLLABLE_CHARS = 24;

// A token is a run of letters, combining marks and digits; anything else is a separator, and
// punctuation other than spaces, hyphens and apostrophes also ends the current run.
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}'’-]+/gu;
const WORD = /^[\p{L}\p{M}\p{N}]+$/u;

// Only open syllables ending in the glides oa, oe, uy can carry their tone mark in two places
// (normalizeToneMarks); testing the folded form first skips that costly step for every other syllable.
const MOVABLE_TONE_GLIDE = /(?<!q)(?:o[ae]|uy)$/u;

function readSyllable(token: string): SearchSyllable {
  const lower = token.toLowerCase();
  const folded = foldDiacritics(lower);
  const exact = MOVABLE_TONE_GLIDE.test(folded) ? normalizeToneMarks(lower) : lower;
  return { exact, folded };
}

export function toSearchSyllable(token: string): SearchSyllable {
  return readSyllable(token.normalize('NFC'));
}

/** The text's syllables in order, grouped into runs that punctuation separates. */
export function splitSyllableRuns(text: string): SearchSyllable[][] {
  const runs: SearchSyllable[][] = [];
  let current: SearchSyllable[] = [];
  // News text repeats its syllables many times; each distinct token is read once per call.
  const seen = new Map<string, SearchSyllable>();
  for (const match of text.normalize('NFC').matchAll(TOKEN)) {
    const token = match[0];
    if (!WORD.test(token)) {
      if (current.length > 0) runs.push(current);
      current = [];
      continue;
    }
    if (token.length > MAX_SYLLABLE_CHARS) continue;
    let syllable = seen.get(token);
    if (syllable === undefined) {
      syllable = readSyllable(token);
      seen.set(token, syllable);
    }
    current.push(syllable);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
