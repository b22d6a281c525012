// A syllable trie over every place name the classifier knows: provinces, districts, old and new
// communes, curated aliases and non-place phrases. Scanning a text walks the trie from each
// syllable, so the cost is linear in the text (times the longest name, a handful of syllables),
// not one regular expression per name.
import {
  ALIAS_STRENGTH,
  CITY_WORD_ONLY_NAMES,
  NON_PLACE_PHRASES,
  PROVINCE_ALIASES,
  type AliasStrength,
} from './aliases.ts';
import { GAZETTEER, type Gazetteer } from './gazetteer.ts';
import { tokenizeSyllables, isCapitalised, type SyllableReading } from './tokenize-syllables.ts';

export const PLACE_KIND = {
  province: 'province',
  district: 'district',
  commune: 'commune',
  newCommune: 'new-commune',
  nonPlace: 'non-place',
} as const;
export type PlaceKind = (typeof PLACE_KIND)[keyof typeof PLACE_KIND];

export interface PlaceEntry {
  readonly kind: PlaceKind;
  /** Old province codes this name points to (one, except new communes formed across provinces). */
  readonly oldCodes: readonly string[];
  /** Which syllables of the name are written capitalised and must be so in the text. */
  readonly capitalised: readonly boolean[];
  /** For provinces: official name or curated alias strength. */
  readonly strength?: AliasStrength | 'official';
  /** Province entries: centrally-run city (takes "thành phố"/"TP"). */
  readonly centrallyRun?: boolean;
  /** Counts only after a city word ("Hồ Chí Minh", "HCM"). */
  readonly cityWordOnly?: boolean;
  /** District and commune entries: the official type word. */
  readonly unitType?: string;
  /** Commune entries: match key of the commune's district name, to pair "xã A, huyện B". */
  readonly districtKey?: string;
  /** The name is only digits ("Quận 1", "Phường 3"): never counts bare. */
  readonly numeric?: boolean;
}

export interface PlaceNode {
  readonly children: ReadonlyMap<string, PlaceNode>;
  readonly entries: readonly PlaceEntry[];
}

/** A node while the trie is built. Most nodes end a name and have no children: they share one empty
 *  map until a child arrives, and one empty list until an entry does (the index is built at cold start,
 *  and a map and a list for each of its tens of thousands of nodes were much of that time). */
interface BuildingNode {
  children: Map<string, BuildingNode>;
  entries: PlaceEntry[];
}
const NO_CHILDREN: Map<string, BuildingNode> = new Map();
const NO_ENTRIES: PlaceEntry[] = [];

function createNode(): BuildingNode {
  return { children: NO_CHILDREN, entries: NO_ENTRIES };
}

/** Match key of a whole name: its syllable keys joined by spaces ("Bà Rịa - Vũng Tàu" -> "bà rịa vũng tàu"). */
export function toNameKey(name: string, readings?: Map<string, SyllableReading>): string {
  return tokenizeSyllables(name, readings)
    .map((syllable) => syllable.key)
    .join(' ');
}

function addNameTo(
  root: BuildingNode,
  name: string,
  entry: Omit<PlaceEntry, 'capitalised'>,
  readings: Map<string, SyllableReading>,
): void {
  const syllables = tokenizeSyllables(name, readings);
  if (syllables.length === 0) return;
  let node = root;
  // Which syllables are capitalised, one bit each, read while walking down (see capitalisationOf).
  let capitalisedBits = 0;
  for (let index = 0; index < syllables.length; index++) {
    const syllable = syllables[index]!;
    if (isCapitalised(syllable)) capitalisedBits |= 1 << index;
    let child = node.children.get(syllable.key);
    if (!child) {
      child = createNode();
      if (node.children === NO_CHILDREN) node.children = new Map();
      node.children.set(syllable.key, child);
    }
    node = child;
  }
  if (node.entries === NO_ENTRIES) node.entries = [];
  const capitalised =
    syllables.length <= MAX_SHARED_SYLLABLES
      ? capitalisationOf(syllables.length, capitalisedBits)
      : syllables.map(isCapitalised);
  node.entries.push({ ...entry, capitalised });
}

// Names of the same shape share one capitalisation list (nearly all are every syllable capitalised),
// keyed by their length and bits: no list is made for a shape seen before.
const MAX_SHARED_SYLLABLES = 16;
const CAPITALISATIONS = new Map<number, readonly boolean[]>();

function capitalisationOf(length: number, bits: number): readonly boolean[] {
  const key = bits * (MAX_SHARED_SYLLABLES + 1) + length;
  let shared = CAPITALISATIONS.get(key);
  if (!shared) {
    shared = Array.from({ length }, (_, index) => (bits & (1 << index)) !== 0);
    CAPITALISATIONS.set(key, shared);
  }
  return shared;
}

// Every commune of a province points to the same one-code list.
const CODE_LISTS = new Map<string, readonly string[]>();

function codeList(code: string): readonly string[] {
  let list = CODE_LISTS.get(code);
  if (!list) CODE_LISTS.set(code, (list = [code]));
  return list;
}

export function buildPlaceIndex(gazetteer: Gazetteer): PlaceNode {
  const root: BuildingNode = { children: new Map(), entries: [] };
  // Tens of thousands of names share a few thousand syllables: read each syllable once (cold start).
  const readings = new Map<string, SyllableReading>();
  const addName = (name: string, entry: Omit<PlaceEntry, 'capitalised'>) =>
    addNameTo(root, name, entry, readings);
  // Every commune carries its district's key; a district has dozens of communes.
  const districtKeys = new Map<Gazetteer['districts'][number], string>();
  const readDistrictKey = (district: Gazetteer['districts'][number]): string => {
    let key = districtKeys.get(district);
    if (key === undefined) {
      key = toNameKey(district.name, readings);
      districtKeys.set(district, key);
    }
    return key;
  };
  const cityWordOnly = new Set(CITY_WORD_ONLY_NAMES.map((name) => toNameKey(name)));
  const centrallyRun = new Set(
    gazetteer.oldProvinces.filter((province) => province.type !== 'Tỉnh').map((province) => province.code),
  );
  for (const province of gazetteer.oldProvinces) {
    addName(province.name, {
      kind: PLACE_KIND.province,
      oldCodes: [province.code],
      strength: 'official',
      centrallyRun: centrallyRun.has(province.code),
      cityWordOnly: cityWordOnly.has(toNameKey(province.name)),
    });
  }
  for (const alias of PROVINCE_ALIASES) {
    if (alias.strength === ALIAS_STRENGTH.district) {
      addName(alias.name, {
        kind: PLACE_KIND.district,
        oldCodes: [alias.code],
        strength: alias.strength,
        unitType: 'Thành phố',
      });
      continue;
    }
    addName(alias.name, {
      kind: PLACE_KIND.province,
      oldCodes: [alias.code],
      strength: alias.strength,
      centrallyRun: centrallyRun.has(alias.code),
      cityWordOnly: alias.requiresCityWord === true,
    });
  }
  for (const district of gazetteer.districts) {
    addName(district.name, {
      kind: PLACE_KIND.district,
      oldCodes: codeList(district.province),
      unitType: district.type,
      numeric: /^\d+$/.test(district.name),
    });
  }
  for (const commune of gazetteer.communes) {
    addName(commune.name, {
      kind: PLACE_KIND.commune,
      oldCodes: codeList(commune.province),
      unitType: commune.type,
      districtKey: readDistrictKey(commune.district),
      numeric: /^\d+$/.test(commune.name),
    });
  }
  for (const commune of gazetteer.newCommunes) {
    addName(commune.name, {
      kind: PLACE_KIND.newCommune,
      oldCodes: commune.oldProvinces,
      unitType: commune.type,
      numeric: /^\d+$/.test(commune.name),
    });
  }
  for (const phrase of NON_PLACE_PHRASES) {
    addName(phrase, { kind: PLACE_KIND.nonPlace, oldCodes: [] });
  }
  return root;
}

/** Built once at module load from the bundled gazetteer; never mutated afterwards. */
export const PLACE_INDEX: PlaceNode = buildPlaceIndex(GAZETTEER);
