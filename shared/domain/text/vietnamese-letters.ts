// Character classes that tell Vietnamese text apart from other Latin-script text.

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

/** Whether a text reads as Vietnamese: enough of its words carry Vietnamese letters. */
export function looksVietnamese(text: string): boolean {
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  const vietnamese = words.filter(hasVietnameseLetter).length;
  if (words.length < MIN_WORDS_FOR_SHARE) return vietnamese > 0;
  return vietnamese / words.length >= VIETNAMESE_WORD_SHARE && vietnamese >= MIN_WORDS_FOR_SHARE;
}
