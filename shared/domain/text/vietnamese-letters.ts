// Character classes that tell Vietnamese text apart from other Latin-script text.
import { CHARACTER_CLASS, readCharacterClass } from './character-classes.ts';

/**
 * Letters only Vietnamese uses among Latin scripts, lower case, NFC: the vowels with a horn, breve or
 * circumflex, đ, and every precomposed vowel with a tone mark from the Latin Extended Additional block
 * (U+1EA0–U+1EF9) plus the tone-marked vowels of Latin-1 that Vietnamese shares (à á ã è é ì í ò ó õ ù ú ý).
 */
const VIETNAMESE_SPECIFIC_LETTER = /[ăâêôơưđ\u1ea0-\u1ef9]/u;
const TONE_MARKED_LATIN1_VOWEL = /[àáãèéìíòóõùúý]/u;

/** True when the word carries a letter that only (or mostly) Vietnamese writes. */
export function hasVietnameseLetter(word: string): boolean {
  const lower = word.toLowerCase();
  return VIETNAMESE_SPECIFIC_LETTER.test(lower) || TONE_MARKED_LATIN1_VOWEL.test(lower);
}

// Calibration: in running Vietnamese prose roughly half of the syllables carry a diacritic; English or
// French prose with the odd accented word stays under a few per cent. A fifth separates them with room
// to spare even for headline-like text full of acronyms and numbers.
const VIETNAMESE_WORD_SHARE = 0.2;
// Below this many words the share is noise; three Vietnamese words are enough evidence for a short line.
const MIN_WORDS_FOR_SHARE = 3;

// Whether a single character, lower-cased, is one of the letters above. Lower-casing a word is
// lower-casing its characters (the only context rule, Greek final sigma, yields no Vietnamese letter),
// so a word has a Vietnamese letter exactly when one of its characters does. Tabled for Latin and Latin
// Extended Additional, where every such letter and its capital lives; other characters are tested.
const LETTER_TABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0250],
  [0x1e00, 0x1f00],
];
const LETTER_TABLE_SIZE = 0x1f00;
const NOT_IN_TABLE = 2;
const VIETNAMESE_LETTER_TABLE = new Uint8Array(LETTER_TABLE_SIZE).fill(NOT_IN_TABLE);
for (const [from, to] of LETTER_TABLE_RANGES)
  for (let code = from; code < to; code++)
    VIETNAMESE_LETTER_TABLE[code] = hasVietnameseLetter(String.fromCharCode(code)) ? 1 : 0;

function isVietnameseLetter(codePoint: number): boolean {
  const tabled = codePoint < LETTER_TABLE_SIZE ? VIETNAMESE_LETTER_TABLE[codePoint]! : NOT_IN_TABLE;
  return tabled === NOT_IN_TABLE ? hasVietnameseLetter(String.fromCodePoint(codePoint)) : tabled === 1;
}

/** Whether a text reads as Vietnamese: enough of its words (runs of letters) carry Vietnamese letters.
 *  One pass over the code points; the cleaner asks this of whole article bodies. */
export function looksVietnamese(text: string): boolean {
  const normalized = text.normalize('NFC');
  let words = 0;
  let vietnamese = 0;
  let inWord = false;
  let wordIsVietnamese = false;
  const length = normalized.length;
  for (let index = 0; index < length;) {
    let codePoint = normalized.charCodeAt(index);
    let width = 1;
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && index + 1 < length) {
      const low = normalized.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = (codePoint - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    index += width;
    if ((readCharacterClass(codePoint) & CHARACTER_CLASS.letter) === 0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      wordIsVietnamese = false;
      words++;
    }
    if (!wordIsVietnamese && isVietnameseLetter(codePoint)) {
      wordIsVietnamese = true;
      vietnamese++;
    }
  }
  if (words < MIN_WORDS_FOR_SHARE) return vietnamese > 0;
  return vietnamese / words >= VIETNAMESE_WORD_SHARE && vietnamese >= MIN_WORDS_FOR_SHARE;
}
