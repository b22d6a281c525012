// VNI-Windows to Unicode. VNI keeps ASCII and writes a Vietnamese vowel as its ASCII base letter followed
// by one byte for its marks (hat or breve, tone, or both); a few letters (đ, ơ, ư and the toned i, ỵ) have
// a byte of their own. Each mark comes in a lower-case and an upper-case byte, chosen to match the case of
// the letter in the VNI fonts; the case of the result follows the base letter either way.
// The text reaches us already decoded as Windows-1252, where each byte is the Latin-1 character of the
// same code, so the tables are keyed by that character.

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT_BELOW = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** VNI byte value -> the combining marks it adds to the preceding base letter (lower and upper case). */
export const VNI_MARK_BYTES: Readonly<Record<number, string>> = {
  0xf8: GRAVE,
  0xd8: GRAVE,
  0xf9: ACUTE,
  0xd9: ACUTE,
  0xfb: HOOK,
  0xdb: HOOK,
  0xf5: TILDE,
  0xd5: TILDE,
  0xef: DOT_BELOW,
  0xcf: DOT_BELOW,
  0xe2: CIRCUMFLEX,
  0xc2: CIRCUMFLEX,
  0xe0: CIRCUMFLEX + GRAVE,
  0xc0: CIRCUMFLEX + GRAVE,
  0xe1: CIRCUMFLEX + ACUTE,
  0xc1: CIRCUMFLEX + ACUTE,
  0xe5: CIRCUMFLEX + HOOK,
  0xc5: CIRCUMFLEX + HOOK,
  0xe3: CIRCUMFLEX + TILDE,
  0xc3: CIRCUMFLEX + TILDE,
  0xe4: CIRCUMFLEX + DOT_BELOW,
  0xc4: CIRCUMFLEX + DOT_BELOW,
  0xea: BREVE,
  0xca: BREVE,
  0xe8: BREVE + GRAVE,
  0xc8: BREVE + GRAVE,
  0xe9: BREVE + ACUTE,
  0xc9: BREVE + ACUTE,
  0xfa: BREVE + HOOK,
  0xda: BREVE + HOOK,
  0xfc: BREVE + TILDE,
  0xdc: BREVE + TILDE,
  0xeb: BREVE + DOT_BELOW,
  0xcb: BREVE + DOT_BELOW,
};

/** VNI byte value -> the letter it stands for on its own (it may still take a tone byte after it). */
export const VNI_LETTER_BYTES: Readonly<Record<number, string>> = {
  0xf1: 'đ',
  0xd1: 'Đ',
  0xf4: 'ơ',
  0xd4: 'Ơ',
  0xf6: 'ư',
  0xd6: 'Ư',
  0xed: 'í',
  0xcd: 'Í',
  0xec: 'ì',
  0xcc: 'Ì',
  0xe6: 'ỉ',
  0xc6: 'Ỉ',
  0xf3: 'ĩ',
  0xd3: 'Ĩ',
  0xf2: 'ị',
  0xd2: 'Ị',
  0xee: 'ỵ',
  0xce: 'Ỵ',
};

const REPLACEMENT_BY_CHARACTER: ReadonlyMap<string, string> = new Map(
  [...Object.entries(VNI_MARK_BYTES), ...Object.entries(VNI_LETTER_BYTES)].map(
    ([byte, replacement]) => [String.fromCharCode(Number(byte)), replacement] as const,
  ),
);

const VNI_CHARACTER = /[\u00c0-\u00fc]/gu;

/**
 * Converts VNI text read as Windows-1252 into Unicode. Marks become combining characters after their
 * base letter and NFC composes them ("Vie" + "ä" -> "Việ"), which also orders hat and tone correctly.
 */
export function convertVniToUnicode(text: string): string {
  return text
    .replace(VNI_CHARACTER, (character) => REPLACEMENT_BY_CHARACTER.get(character) ?? character)
    .normalize('NFC');
}
