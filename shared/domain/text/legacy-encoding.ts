// Detects Vietnamese written in the pre-Unicode 8-bit encodings TCVN3 (ABC) and VNI, and converts it
// when the evidence is unambiguous. Read as Windows-1252 (or saved as Unicode by a tool that did so)
// such text shows telltale spellings of the commonest words: TCVN3 "vµ", "cña", "®­îc"; VNI "vaø",
// "cuûa", "ñöôïc".
import { convertTcvn3ToUnicode } from './legacy-tcvn3.ts';
import { convertVniToUnicode } from './legacy-vni.ts';
import { looksVietnamese } from './vietnamese-letters.ts';

export const LEGACY_ENCODINGS = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' } as const;
export type LegacyEncoding = keyof typeof LEGACY_ENCODINGS;

// The commonest Vietnamese function words as each legacy encoding renders them in Windows-1252
// (the soft hyphen U+00AD is TCVN3's "ư"). Function words occur in any article whatever its topic,
// so a handful of hits is decisive while Unicode Vietnamese or other languages produce none.
const LEGACY_WORDS: Readonly<Record<LegacyEncoding, readonly string[]>> = {
  tcvn3: [
    'vµ',
    'lµ',
    'cña',
    'n¨m',
    'c¸c',
    'nh÷ng',
    '®·',
    'cã',
    'mét',
    'víi',
    'nµy',
    'kh«ng',
    '®Õn',
    't¹i',
    '®Ó',
    '®­îc',
    'ng­êi',
    'ViÖt',
    // The same two words with the minus-sign look-alike of "ư" (see legacy-tcvn3.ts).
    '®−îc',
    'ng−êi',
  ],
  vni: [
    'vaø',
    'laø',
    'cuûa',
    'naêm',
    'caùc',
    'nhöõng',
    'ñaõ',
    'coù',
    'moät',
    'vôùi',
    'naøy',
    'khoâng',
    'ñeán',
    'taïi',
    'ñeå',
    'ñöôïc',
    'ngöôøi',
    'Vieät',
  ],
};

const CONVERTERS: Readonly<Record<LegacyEncoding, (text: string) => string>> = {
  tcvn3: convertTcvn3ToUnicode,
  vni: convertVniToUnicode,
};

// Calibration: three distinct hits need three different function words, which Unicode text never
// spells this way; one or two could be a stray token ("coù" in a URL slug).
const MIN_LEGACY_WORD_HITS = 3;
// Letters neither legacy encoding can produce when read as Windows-1252: words with them are Unicode
// Vietnamese. Converting a text that mixes both would garble the Unicode part ("á" is "ỏ" in TCVN3),
// so three such words (the same bar as the legacy evidence) make the text ambiguous.
const UNICODE_ONLY_VIETNAMESE_LETTER = /[ăĂơƠưƯđĐ\u1ea0-\u1ef9]/u;
const MAX_UNICODE_VIETNAMESE_WORDS = 2;

const WORD_SEPARATORS = /[\s,.;:!?()"“”]+/u;

export type LegacyAssessment =
  | { readonly kind: 'none' }
  | { readonly kind: 'convertible'; readonly encoding: LegacyEncoding; readonly text: string }
  | { readonly kind: 'ambiguous'; readonly encoding: LegacyEncoding; readonly why: string };

function countLegacyHits(words: ReadonlySet<string>): Record<LegacyEncoding, number> {
  return {
    tcvn3: LEGACY_WORDS.tcvn3.filter((word) => words.has(word)).length,
    vni: LEGACY_WORDS.vni.filter((word) => words.has(word)).length,
  };
}

/** Which legacy encoding the text seems to be written in, or null. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const hits = countLegacyHits(new Set(text.split(WORD_SEPARATORS)));
  if (hits.tcvn3 >= MIN_LEGACY_WORD_HITS) return 'tcvn3';
  if (hits.vni >= MIN_LEGACY_WORD_HITS) return 'vni';
  return null;
}

/**
 * Decides whether a text is legacy Vietnamese and, when exactly one encoding fits, converts it. The
 * text is `ambiguous` when both encodings fit, when it also holds Unicode Vietnamese (a half-converted
 * file), or when the conversion does not read as Vietnamese: guessing there would garble the article.
 */
export function assessLegacyEncoding(text: string): LegacyAssessment {
  const words = text.split(WORD_SEPARATORS);
  const hits = countLegacyHits(new Set(words));
  const fitting = (Object.keys(hits) as LegacyEncoding[]).filter(
    (encoding) => hits[encoding] >= MIN_LEGACY_WORD_HITS,
  );
  const [encoding] = fitting;
  if (encoding === undefined) return { kind: 'none' };
  if (fitting.length > 1) return { kind: 'ambiguous', encoding, why: 'it fits both TCVN3 and VNI' };
  const unicodeWords = words.filter((word) => UNICODE_ONLY_VIETNAMESE_LETTER.test(word)).length;
  if (unicodeWords > MAX_UNICODE_VIETNAMESE_WORDS) {
    return { kind: 'ambiguous', encoding, why: 'it mixes legacy and Unicode Vietnamese' };
  }
  const converted = CONVERTERS[encoding](text);
  if (!looksVietnamese(converted)) {
    return { kind: 'ambiguous', encoding, why: 'the converted text does not read as Vietnamese' };
  }
  return { kind: 'convertible', encoding, text: converted };
}
