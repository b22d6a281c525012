// TCVN3 (ABC, TCVN 5712:1993 "VN3") to Unicode. TCVN3 keeps ASCII and gives each precomposed Vietnamese
// lower-case letter, and the capitals without a tone mark, one byte in 0xA1-0xFE. Capitals with a tone
// mark had no code of their own (a separate "H" font drew the lower-case codes as capitals), so the case
// of those letters cannot be recovered and they come back lower case.
// The text reaches us already decoded as Windows-1252 (or saved as Unicode by a tool that did so), where
// each of these bytes is the Latin-1 character of the same code, so the table is keyed by that character.

/** TCVN3 byte value -> the Unicode letter it stands for. */
export const TCVN3_BYTE_TO_LETTER: Readonly<Record<number, string>> = {
  0xa1: 'Ă',
  0xa2: 'Â',
  0xa3: 'Ê',
  0xa4: 'Ô',
  0xa5: 'Ơ',
  0xa6: 'Ư',
  0xa7: 'Đ',
  0xa8: 'ă',
  0xa9: 'â',
  0xaa: 'ê',
  0xab: 'ô',
  0xac: 'ơ',
  0xad: 'ư',
  0xae: 'đ',
  0xb5: 'à',
  0xb6: 'ả',
  0xb7: 'ã',
  0xb8: 'á',
  0xb9: 'ạ',
  0xbb: 'ằ',
  0xbc: 'ẳ',
  0xbd: 'ẵ',
  0xbe: 'ắ',
  0xc6: 'ặ',
  0xc7: 'ầ',
  0xc8: 'ẩ',
  0xc9: 'ẫ',
  0xca: 'ấ',
  0xcb: 'ậ',
  0xcc: 'è',
  0xce: 'ẻ',
  0xcf: 'ẽ',
  0xd0: 'é',
  0xd1: 'ẹ',
  0xd2: 'ề',
  0xd3: 'ể',
  0xd4: 'ễ',
  0xd5: 'ế',
  0xd6: 'ệ',
  0xd7: 'ì',
  0xd8: 'ỉ',
  0xdc: 'ĩ',
  0xdd: 'í',
  0xde: 'ị',
  0xdf: 'ò',
  0xe1: 'ỏ',
  0xe2: 'õ',
  0xe3: 'ó',
  0xe4: 'ọ',
  0xe5: 'ồ',
  0xe6: 'ổ',
  0xe7: 'ỗ',
  0xe8: 'ố',
  0xe9: 'ộ',
  0xea: 'ờ',
  0xeb: 'ở',
  0xec: 'ỡ',
  0xed: 'ớ',
  0xee: 'ợ',
  0xef: 'ù',
  0xf1: 'ủ',
  0xf2: 'ũ',
  0xf3: 'ú',
  0xf4: 'ụ',
  0xf5: 'ừ',
  0xf6: 'ử',
  0xf7: 'ữ',
  0xf8: 'ứ',
  0xf9: 'ự',
  0xfa: 'ỳ',
  0xfb: 'ỷ',
  0xfc: 'ỹ',
  0xfd: 'ý',
  0xfe: 'ỵ',
};

// TCVN3's "ư" is 0xAD, the soft hyphen in Latin-1: tools that drop or redraw invisible characters turn
// it into a minus sign ("Tr−êng" for "Trường", common in text copied out of PDFs), so both mean "ư".
const TCVN3_U_HORN_LOOKALIKES = ['\u2212'] as const;

const LETTER_BY_CHARACTER: ReadonlyMap<string, string> = new Map([
  ...Object.entries(TCVN3_BYTE_TO_LETTER).map(
    ([byte, letter]) => [String.fromCharCode(Number(byte)), letter] as const,
  ),
  ...TCVN3_U_HORN_LOOKALIKES.map((lookalike) => [lookalike, 'ư'] as const),
]);

const TCVN3_CHARACTER = new RegExp(`[\\u00a1-\\u00fe${TCVN3_U_HORN_LOOKALIKES.join('')}]`, 'gu');

/** Converts TCVN3 text read as Windows-1252 into Unicode (NFC); characters outside the table stay. */
export function convertTcvn3ToUnicode(text: string): string {
  return text.replace(TCVN3_CHARACTER, (character) => LETTER_BY_CHARACTER.get(character) ?? character);
}
