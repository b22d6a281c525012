// Detects Vietnamese written in the pre-Unicode 8-bit encodings TCVN3 (ABC) and VNI. Read as
// Windows-1252 (or saved as Unicode by a tool that did so) such text shows telltale spellings of the
// commonest words: TCVN3 "vµ", "cña", "®­îc"; VNI "vaø", "cuûa", "ñöôïc".

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

// Calibration: three distinct hits need three different function words, which Unicode text never
// spells this way; one or two could be a stray token ("coù" in a URL slug).
const MIN_LEGACY_WORD_HITS = 3;

/** Which legacy encoding the text seems to be written in, or null. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const words = new Set(text.split(/[\s,.;:!?()"“”]+/u));
  for (const encoding of Object.keys(LEGACY_WORDS) as LegacyEncoding[]) {
    const hits = LEGACY_WORDS[encoding].filter((word) => words.has(word)).length;
    if (hits >= MIN_LEGACY_WORD_HITS) return encoding;
  }
  return null;
}
