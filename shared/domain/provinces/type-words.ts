// Type words in front of a place name say what level of unit it is: "tỉnh Sơn La" is a province,
// "huyện Quảng Ninh" a district (in Quảng Bình, not the province Quảng Ninh), "xã Bá Xuyên" a commune.
import { toMatchKey } from './normalize-place-text.ts';
import type { COMMUNE_TYPES } from './gazetteer-format.ts';
import type { Syllable } from './tokenize-syllables.ts';

type CommuneType = (typeof COMMUNE_TYPES)[number];

export const PLACE_LEVEL = {
  province: 'province',
  /** "thành phố"/"TP": a centrally-run city or a provincial city (district level). */
  city: 'city',
  town: 'town',
  rural: 'rural',
  urban: 'urban',
  commune: 'commune',
} as const;
export type PlaceLevel = (typeof PLACE_LEVEL)[keyof typeof PLACE_LEVEL];

/** Spelled as in text (keys are derived); longer patterns first so "thị xã" wins over "xã". Commune
 *  words also name the exact commune type ("xã" is not "thị trấn"; "đặc khu", the island units
 *  of 2025, has no predecessor of that type), which tells the old map from the new. */
const TYPE_WORD_SPELLINGS: readonly (readonly [readonly string[], PlaceLevel, CommuneType?])[] = [
  [['tỉnh', 'ủy'], PLACE_LEVEL.province],
  [['thành', 'phố'], PLACE_LEVEL.city],
  [['thành', 'ủy'], PLACE_LEVEL.city],
  [['thị', 'xã'], PLACE_LEVEL.town],
  [['thị', 'ủy'], PLACE_LEVEL.town],
  [['huyện', 'ủy'], PLACE_LEVEL.rural],
  [['quận', 'ủy'], PLACE_LEVEL.urban],
  [['thị', 'trấn'], PLACE_LEVEL.commune, 'Thị trấn'],
  [['đặc', 'khu'], PLACE_LEVEL.commune, 'Đặc khu'],
  [['tỉnh'], PLACE_LEVEL.province],
  [['tp'], PLACE_LEVEL.city],
  [['tx'], PLACE_LEVEL.town],
  [['huyện'], PLACE_LEVEL.rural],
  [['quận'], PLACE_LEVEL.urban],
  [['q'], PLACE_LEVEL.urban],
  [['xã'], PLACE_LEVEL.commune, 'Xã'],
  [['phường'], PLACE_LEVEL.commune, 'Phường'],
  [['tt'], PLACE_LEVEL.commune, 'Thị trấn'],
];

const TYPE_WORDS = TYPE_WORD_SPELLINGS.map(
  ([words, level, communeType]) => [words.map(toMatchKey), level, communeType] as const,
);
/** The type words by their last syllable's key, in TYPE_WORDS order: the syllable right before a
 *  name picks the few candidates, so most names are settled by one map look-up. */
const TYPE_WORDS_BY_LAST_KEY = new Map<string, (typeof TYPE_WORDS)[number][]>();
for (const typeWord of TYPE_WORDS) {
  const lastKey = typeWord[0].at(-1)!;
  TYPE_WORDS_BY_LAST_KEY.set(lastKey, [...(TYPE_WORDS_BY_LAST_KEY.get(lastKey) ?? []), typeWord]);
}

/** Between a type word and the name: spaces, or the dot of "TP." / "TP.HCM"; never a line break. */
const TYPE_TO_NAME_GAP = /^[ \t\u00A0.]*$/;
const WITHIN_TYPE_WORD_GAP = /^[ \t\u00A0]+$/;

export interface TypeContext {
  readonly level: PlaceLevel;
  /** Index of the type word's first syllable. */
  readonly start: number;
  /** For commune words: the commune type they name. */
  readonly communeType?: CommuneType;
}

/** The type word directly in front of syllables[nameIndex], if any. */
export function findTypeContext(syllables: readonly Syllable[], nameIndex: number): TypeContext | null {
  const name = syllables[nameIndex];
  if (!name || !TYPE_TO_NAME_GAP.test(name.gapBefore) || nameIndex === 0) return null;
  const candidates = TYPE_WORDS_BY_LAST_KEY.get(syllables[nameIndex - 1]!.key);
  if (!candidates) return null;
  for (const [keys, level, communeType] of candidates) {
    const start = nameIndex - keys.length;
    if (start < 0) continue;
    const matches = keys.every((key, offset) => {
      const syllable = syllables[start + offset]!;
      return syllable.key === key && (offset === 0 || WITHIN_TYPE_WORD_GAP.test(syllable.gapBefore));
    });
    if (matches) return communeType ? { level, start, communeType } : { level, start };
  }
  return null;
}
