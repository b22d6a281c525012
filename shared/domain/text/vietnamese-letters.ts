// Character classes that tell Vietnamese text apart from other Latin-script text.
import {
  CHARACTER_CLASS,
  CLASS_TABLE,
  CLASS_TABLE_SIZE,
  NOT_IN_CLASS_TABLE,
  readCharacterClass,
} from './character-classes.ts';
import { codeUnitAt } from './code-units.ts';

const { letter: LETTER, vietnameseLetter: VIETNAMESE_LETTER } = CHARACTER_CLASS;

/** True when the word carries a letter that only (or mostly) Vietnamese writes. */
export function hasVietnameseLetter(word: string): boolean {
  for (const character of word)
    if (readCharacterClass(character.codePointAt(0)!) & CHARACTER_CLASS.vietnameseLetter) return true;
  return false;
}

// Calibration: in running Vietnamese prose roughly half of the syllables carry a diacritic; English or
// French prose with the odd accented word stays under a few per cent. A fifth separates them with room
// to spare even for headline-like text full of acronyms and numbers.
const VIETNAMESE_WORD_SHARE = 0.2;
// Below this many words the share is noise; three Vietnamese words are enough evidence for a short line.
const MIN_WORDS_FOR_SHARE = 3;

/**
 * The verdict from counts: `words` runs of letters, `vietnameseWords` of them with a Vietnamese letter.
 * Counts of several lines add up (see SegmentFeatures), so a body is judged without joining it.
 */
export function judgeVietnameseShare(words: number, vietnameseWords: number): boolean {
  if (words < MIN_WORDS_FOR_SHARE) return vietnameseWords > 0;
  return vietnameseWords / words >= VIETNAMESE_WORD_SHARE && vietnameseWords >= MIN_WORDS_FOR_SHARE;
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
  for (let index = 0; index < length; index++) {
    let codePoint = codeUnitAt(normalized, index);
    // The table answers for most characters; the rest (and surrogate pairs) are classified on the spot.
    let flags = codePoint < CLASS_TABLE_SIZE ? CLASS_TABLE[codePoint]! : NOT_IN_CLASS_TABLE;
    if (flags === NOT_IN_CLASS_TABLE) {
      if (codePoint >= 0xd800 && codePoint <= 0xdbff && index + 1 < length) {
        const low = codeUnitAt(normalized, index + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = (codePoint - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          index++;
        }
      }
      flags = readCharacterClass(codePoint);
    }
    if ((flags & LETTER) === 0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      wordIsVietnamese = false;
      words++;
    }
    if (!wordIsVietnamese && flags & VIETNAMESE_LETTER) {
      wordIsVietnamese = true;
      vietnamese++;
    }
  }
  return judgeVietnameseShare(words, vietnamese);
}
