// Unicode character classes the text measurements need, read from a table instead of running one
// regular expression per class over every line: segmentation measures every line of every page, and
// five or six /\p{…}/gu passes per line were a third of the cleaner's time.
import { codeUnitAt } from './code-units.ts';

/** Bit flags of one code point; a code point may carry several (an upper-case letter is both). */
export const CHARACTER_CLASS = {
  /** \p{L} */
  letter: 1,
  /** \p{Lu} */
  upperCase: 2,
  /** \p{N} */
  number: 4,
  /** \p{P} or \p{S} */
  punctuationOrSymbol: 8,
  /** \s of JavaScript regular expressions */
  space: 16,
  /** \p{M}: combining marks */
  mark: 32,
  /** Lower-cased, a letter only (or mostly) Vietnamese writes among Latin scripts (see vietnamese-letters) */
  vietnameseLetter: 64,
} as const;

const LETTER = /^\p{L}$/u;
const UPPER_CASE = /^\p{Lu}$/u;
const NUMBER = /^\p{N}$/u;
const PUNCTUATION_OR_SYMBOL = /^[\p{P}\p{S}]$/u;
const SPACE = /^\s$/u;
const MARK = /^\p{M}$/u;
/**
 * Letters only Vietnamese uses among Latin scripts, lower case, NFC: the vowels with a horn, breve or
 * circumflex, đ, and every precomposed vowel with a tone mark from the Latin Extended Additional block
 * (U+1EA0–U+1EF9) plus the tone-marked vowels of Latin-1 that Vietnamese shares (à á ã è é ì í ò ó õ ù ú ý).
 */
const VIETNAMESE_LETTER = /[ăâêôơưđ\u1ea0-\u1ef9àáãèéìíòóõùúý]/u;

/** The flags of a code point, computed with the regular expressions the table stands for. */
export function classifyCodePoint(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  return (
    (LETTER.test(character) ? CHARACTER_CLASS.letter : 0) |
    (UPPER_CASE.test(character) ? CHARACTER_CLASS.upperCase : 0) |
    (NUMBER.test(character) ? CHARACTER_CLASS.number : 0) |
    (PUNCTUATION_OR_SYMBOL.test(character) ? CHARACTER_CLASS.punctuationOrSymbol : 0) |
    (SPACE.test(character) ? CHARACTER_CLASS.space : 0) |
    (MARK.test(character) ? CHARACTER_CLASS.mark : 0) |
    (VIETNAMESE_LETTER.test(character.toLowerCase()) ? CHARACTER_CLASS.vietnameseLetter : 0)
  );
}

// The table covers what Vietnamese news pages are written in: Latin with its supplements and
// extensions (U+0000–U+024F), Latin Extended Additional where every tone-marked Vietnamese vowel lives
// (U+1E00–U+1EFF), the combining diacritical marks (U+0300–U+036F), and general punctuation (quotes, dashes, ellipsis, invisible spaces: U+2000–U+206F).
// Filling only these ranges keeps the cold-start cost under a millisecond; any other code point is
// classified on the spot (NOT_IN_TABLE marks the gaps).
const TABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0250],
  [0x0300, 0x0370],
  [0x1e00, 0x1f00],
  [0x2000, 0x2070],
];
/** The table, for loops that read it inline (see readCharacterClass). */
export const CLASS_TABLE_SIZE = 0x2070;
export const NOT_IN_CLASS_TABLE = 0x80;
export const CLASS_TABLE = new Uint8Array(CLASS_TABLE_SIZE).fill(NOT_IN_CLASS_TABLE);
const TABLE_SIZE = CLASS_TABLE_SIZE;
const NOT_IN_TABLE = NOT_IN_CLASS_TABLE;
const TABLE = CLASS_TABLE;
for (const [from, to] of TABLE_RANGES)
  for (let codePoint = from; codePoint < to; codePoint++) TABLE[codePoint] = classifyCodePoint(codePoint);

// Code points outside the table, classified once each: pages with arrows, stars, emoji or another
// script repeat a few such characters many times, and classifying one runs seven expressions.
const classesOutsideTable = new Map<number, number>();

/** The flags of a code point (a table look-up for the common scripts). */
export function readCharacterClass(codePoint: number): number {
  if (codePoint < TABLE_SIZE) {
    const flags = TABLE[codePoint]!;
    if (flags !== NOT_IN_TABLE) return flags;
  }
  let flags = classesOutsideTable.get(codePoint);
  if (flags === undefined) classesOutsideTable.set(codePoint, (flags = classifyCodePoint(codePoint)));
  return flags;
}

/**
 * The character class of the code point at `index` and its width in UTF-16 units, packed as
 * flags * 4 + width. The table answers for most characters; the rest (and surrogate pairs) are
 * classified on the spot.
 */
export function readClassAndWidth(text: string, index: number): number {
  const code = codeUnitAt(text, index);
  const flags = code < CLASS_TABLE_SIZE ? CLASS_TABLE[code]! : NOT_IN_CLASS_TABLE;
  if (flags !== NOT_IN_CLASS_TABLE) return flags * 4 + 1;
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = codeUnitAt(text, index + 1);
    if (low >= 0xdc00 && low <= 0xdfff)
      return readCharacterClass((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) * 4 + 2;
  }
  return readCharacterClass(code) * 4 + 1;
}
