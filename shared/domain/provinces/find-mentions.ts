// Finds place-name mentions in one piece of text (a title, a paragraph, a caption, a source line):
// leftmost-longest walk of the syllable trie, with the type word in front deciding which readings
// apply, and the context around deciding how much the mention counts.
import { ALIAS_STRENGTH } from './aliases.ts';
import {
  isInsideLongerProperName,
  isIsolatedLine,
  readContextCues,
  weighContext,
  type ContextCues,
} from './mention-context.ts';
import { replaceLookalikeLetters } from './normalize-place-text.ts';
import { countUnnamedProvinceReferences } from './self-reference.ts';
import { PLACE_INDEX, PLACE_KIND, type PlaceEntry, type PlaceNode } from './place-index.ts';
import {
  tokenizeSyllables,
  isCapitalised,
  type Syllable,
  type SyllableReading,
} from './tokenize-syllables.ts';
import { findTypeContext, PLACE_LEVEL, type PlaceLevel, type TypeContext } from './type-words.ts';
import { CONTEXT_FACTOR, MENTION_WEIGHT, ZONE_FACTOR, type Zone } from './weights.ts';

export type { Zone } from './weights.ts';

export interface Mention {
  /** As written, type word included ("tỉnh Sơn La", "TP. Sông Công"). */
  readonly surface: string;
  readonly zone: Zone;
  /** Which piece of text it came from; mentions pair only within one piece. */
  readonly pieceId: number;
  readonly level: PlaceLevel | null;
  readonly nameKey: string;
  /** The readings that apply here; their old codes are the candidate provinces. */
  readonly entries: readonly PlaceEntry[];
  readonly weight: number;
  /** Syllable span of the name within its piece (type word excluded). */
  readonly start: number;
  readonly end: number;
  /** Written with the 2025 map: a unit that exists only since 2025-07-01 ("đặc khu Phú Quốc", a
   *  new commune), so a province named beside it is the new, merged one. */
  readonly newMap?: boolean;
}

/** Inside a multi-syllable name: spaces, a dash as in "Bà Rịa - Vũng Tàu" / "BR-VT", or the
 *  apostrophe of Central Highlands names ("Cư M'gar", "Ia H' Drai"). */
const WITHIN_NAME_GAP = /^[ \t\u00A0'’ʼ]*[-–—]?[ \t\u00A0]*$/;
const EXACT_DISTRICT_TYPE: Partial<Record<PlaceLevel, string>> = {
  [PLACE_LEVEL.city]: 'Thành phố',
  [PLACE_LEVEL.town]: 'Thị xã',
  [PLACE_LEVEL.rural]: 'Huyện',
  [PLACE_LEVEL.urban]: 'Quận',
};

function isWrittenAsIn(entry: PlaceEntry, syllables: readonly Syllable[], start: number): boolean {
  return entry.capitalised.every(
    (mustBeCapital, offset) => !mustBeCapital || isCapitalised(syllables[start + offset]!),
  );
}

/** Island districts became special zones of the same name in 2025 ("huyện Côn Đảo" -> "đặc khu
 *  Côn Đảo"); the list has the zone only where its area is recorded, so the district stands in. */
const SPECIAL_ZONE_PREDECESSOR_TYPES = new Set(['Huyện', 'Thành phố']);

function appliesAt(entry: PlaceEntry, context: TypeContext | null): boolean {
  const level = context?.level ?? null;
  switch (entry.kind) {
    case PLACE_KIND.nonPlace:
      return true;
    case PLACE_KIND.province:
      if (level === null) return !entry.cityWordOnly;
      if (entry.strength === ALIAS_STRENGTH.nickname) return false;
      if (level === PLACE_LEVEL.province) return !entry.cityWordOnly;
      return level === PLACE_LEVEL.city && entry.centrallyRun === true;
    case PLACE_KIND.district:
      if (entry.numeric)
        return level === PLACE_LEVEL.urban || level === PLACE_LEVEL.town || level === PLACE_LEVEL.rural;
      if (level === PLACE_LEVEL.commune)
        return (
          context?.communeType === SPECIAL_ZONE && SPECIAL_ZONE_PREDECESSOR_TYPES.has(entry.unitType ?? '')
        );
      return level !== PLACE_LEVEL.province;
    case PLACE_KIND.commune:
    case PLACE_KIND.newCommune:
      return level === PLACE_LEVEL.commune;
  }
}

const SPECIAL_ZONE = 'Đặc khu';

function isCommuneEntry(entry: PlaceEntry): boolean {
  return entry.kind === PLACE_KIND.commune || entry.kind === PLACE_KIND.newCommune;
}

/** Narrows the readings of one name at one place: a bare name is the province if it is one; a
 *  typed district or commune prefers units of exactly that type ("xã Cần Giuộc" is the 2025
 *  commune, not the old "thị trấn Cần Giuộc"); a bare district must be unambiguous. */
function selectReadings(
  entries: readonly PlaceEntry[],
  context: TypeContext | null,
  syllableCount: number,
): PlaceEntry[] {
  const level = context?.level ?? null;
  const applicable = entries.filter((entry) => appliesAt(entry, context));
  if (applicable.some((entry) => entry.kind === PLACE_KIND.nonPlace)) {
    return applicable.filter((entry) => entry.kind === PLACE_KIND.nonPlace);
  }
  if (level === null) {
    const provinces = applicable.filter((entry) => entry.kind === PLACE_KIND.province);
    if (provinces.length > 0) return provinces;
    const districts = applicable.filter((entry) => entry.kind === PLACE_KIND.district);
    const codes = new Set(districts.flatMap((entry) => entry.oldCodes));
    // One-syllable bare names ("Huế" aside, which is a province) are too often ordinary words.
    return codes.size === 1 && syllableCount > 1 ? districts : [];
  }
  if (level === PLACE_LEVEL.commune) {
    const exact = applicable.filter(
      (entry) => isCommuneEntry(entry) && entry.unitType === context?.communeType,
    );
    return exact.length > 0 ? exact : applicable;
  }
  const exactType = EXACT_DISTRICT_TYPE[level];
  const districts = applicable.filter((entry) => entry.kind === PLACE_KIND.district);
  if (exactType && districts.some((entry) => entry.unitType === exactType)) {
    return applicable.filter((entry) => entry.kind !== PLACE_KIND.district || entry.unitType === exactType);
  }
  return applicable;
}

function weighReadings(readings: readonly PlaceEntry[], level: PlaceLevel | null): number {
  const typed = level !== null;
  return Math.max(
    ...readings.map((entry) => {
      switch (entry.kind) {
        case PLACE_KIND.province:
          if (entry.strength === ALIAS_STRENGTH.nickname) return MENTION_WEIGHT.nickname;
          return typed ? MENTION_WEIGHT.typedProvince : MENTION_WEIGHT.bareProvince;
        case PLACE_KIND.district:
          if (typed) return MENTION_WEIGHT.typedDistrict;
          return entry.strength === ALIAS_STRENGTH.district
            ? MENTION_WEIGHT.districtAlias
            : MENTION_WEIGHT.bareDistrict;
        case PLACE_KIND.commune:
        case PLACE_KIND.newCommune:
          return MENTION_WEIGHT.typedCommune;
        case PLACE_KIND.nonPlace:
          return 0;
      }
    }),
  );
}

interface Match {
  readonly end: number;
  readonly readings: PlaceEntry[];
  readonly context: TypeContext | null;
}

function matchAt(syllables: readonly Syllable[], start: number, root: PlaceNode): Match | null {
  // Most syllables start no name at all: look that up before reading the type word in front.
  if (!root.children.has(syllables[start]!.key)) return null;
  const context = findTypeContext(syllables, start);
  let node: PlaceNode | undefined = root;
  let best: Match | null = null;
  for (let index = start; index < syllables.length; index += 1) {
    const syllable = syllables[index]!;
    // The gap inside a name is nearly always one space: the pattern is asked about the others only.
    if (index > start && syllable.gapBefore !== ' ' && !WITHIN_NAME_GAP.test(syllable.gapBefore)) break;
    node = node.children.get(syllable.key);
    if (!node) break;
    if (node.entries.length === 0) continue;
    const written = node.entries.filter((entry) => isWrittenAsIn(entry, syllables, start));
    const readings = selectReadings(written, context, index - start + 1);
    if (readings.length > 0) best = { end: index + 1, readings, context };
  }
  return best;
}

/** All mentions in one piece of text. `text` should be NFC. Syllables are keyed through the
 *  tokeniser's shared cache unless a `readings` map is given. */
export function findMentions(
  text: string,
  zone: Zone,
  pieceId: number,
  root: PlaceNode = PLACE_INDEX,
  readings?: Map<string, SyllableReading>,
): Mention[] {
  return scanPiece(text, zone, pieceId, root, readings).mentions;
}

export interface PieceScan {
  readonly mentions: Mention[];
  /** Unnamed references to "the province" ("UBND tỉnh", "tỉnh ta"): see self-reference.ts. */
  readonly unnamedProvinceReferences: number;
}

/** The mentions of one piece and its unnamed province references, from one tokenisation. */
export function scanPiece(
  text: string,
  zone: Zone,
  pieceId: number,
  root: PlaceNode = PLACE_INDEX,
  readings?: Map<string, SyllableReading>,
): PieceScan {
  const syllables = tokenizeSyllables(replaceLookalikeLetters(text), readings);
  const isolated = isIsolatedLine(text, syllables, zone);
  const mentions: Mention[] = [];
  // The cues of the mention just before, and where it ended: "cao tốc Biên Hòa - Vũng Tàu" and
  // "ngụ xã A, huyện B" pass the road or the address on to the names that continue it.
  let previousEnd = -1;
  let previousCues: ContextCues | null = null;
  let index = 0;
  while (index < syllables.length) {
    const match = matchAt(syllables, index, root);
    if (!match) {
      index += 1;
      continue;
    }
    const { end, readings, context } = match;
    index = end;
    if (readings[0]!.kind === PLACE_KIND.nonPlace) continue;
    const start = end - readings[0]!.capitalised.length;
    if (context === null && isInsideLongerProperName(syllables, start, end)) continue;
    const firstIndex = context?.start ?? start;
    const cues = readContextCues(syllables, firstIndex, previousEnd === firstIndex ? previousCues : null);
    previousEnd = end;
    previousCues = cues;
    let weight =
      weighReadings(readings, context?.level ?? null) *
      ZONE_FACTOR[zone] *
      weighContext(syllables, firstIndex, cues);
    if (isolated) weight *= CONTEXT_FACTOR.isolatedLine;
    const newMap =
      context?.communeType === SPECIAL_ZONE ||
      readings.every((entry) => entry.kind === PLACE_KIND.newCommune);
    mentions.push({
      surface: text.slice(syllables[firstIndex]!.start, syllables[end - 1]!.end).replace(/\s+/g, ' '),
      zone,
      pieceId,
      level: context?.level ?? null,
      nameKey: syllables
        .slice(start, end)
        .map((syllable) => syllable.key)
        .join(' '),
      entries: readings,
      weight,
      start,
      end,
      ...(newMap ? { newMap } : {}),
    });
  }
  return { mentions, unnamedProvinceReferences: countUnnamedProvinceReferences(syllables) };
}
