// Text normalisation for matching place names: the same spelling must give the same key whether a
// site writes "Hoà" or "Hòa", "Ðiện Biên" (U+00D0) or "Điện Biên" (U+0110).

/** Letters that look like Vietnamese đ/Đ and that some sites' fonts or encoders produce instead. */
const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = {
  '\u00D0': 'Đ', // Ð Latin capital eth
  '\u00F0': 'đ', // ð Latin small eth
  '\u0189': 'Đ', // Ɖ African D
  '\u0256': 'đ', // ɖ
};
const LOOKALIKE_PATTERN = /[\u00D0\u00F0\u0189\u0256]/g;

/** Old-style tone placement ("hoà", "thuỷ") moved to the new-style vowel ("hòa", "thủy"). Applied to
 *  keys only, identically on names and text, so either convention matches the other. */
const TONE_PLACEMENT: Readonly<Record<string, string>> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
const TONE_PLACEMENT_PATTERN = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g;

/** Replaces look-alike letters one for one, so offsets into the input stay valid (evidence is
 *  quoted from the text as written, "Ðiện Biên" included). Callers pass NFC text. */
export function replaceLookalikeLetters(text: string): string {
  return text.replace(LOOKALIKE_PATTERN, (letter) => LOOKALIKE_LETTERS[letter] ?? letter);
}

/** NFC with look-alike letters replaced. */
export function normalizePlaceText(text: string): string {
  return replaceLookalikeLetters(text.normalize('NFC'));
}

/** The key a syllable (or a whole name) is matched by: lower case, canonical tone placement. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function toMatchKey(text: string): string {
  // ASCII is already NFC, has no look-alikes and no tone marks to move: lower case is the whole key.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return normalizePlaceText(text)
    .toLowerCase()
    .replace(TONE_PLACEMENT_PATTERN, (pair) => TONE_PLACEMENT[pair] ?? pair);
}

/** Diacritics removed, đ -> d, lower case, for hosts and other ASCII-only evidence. */
export function foldToAscii(text: string): string {
  return normalizePlaceText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
