// Unpacks the generated asset (scripts/build-gazetteer.ts) into typed, read-only records.
// The asset is imported, not read from disk, so esbuild bundles it into every function.
import gazetteerAsset from '#assets/gazetteer.json' with { type: 'json' };
import {
  COMMUNE_TYPES,
  DISTRICT_TYPES,
  ENTRY_SEPARATOR,
  OLD_CODES_MARK,
  PROVINCE_TYPES,
  type GazetteerAsset,
} from './gazetteer-format.ts';

export interface OldProvince {
  readonly code: string;
  readonly name: string;
  readonly type: (typeof PROVINCE_TYPES)[number];
  readonly newCode: string;
}
export interface NewProvince {
  readonly code: string;
  readonly name: string;
  readonly mergedFrom: readonly string[];
}
export interface District {
  readonly name: string;
  readonly type: (typeof DISTRICT_TYPES)[number];
  readonly province: string;
}
export interface Commune {
  readonly name: string;
  readonly type: (typeof COMMUNE_TYPES)[number];
  readonly district: District;
  /** Old province code (the district's). */
  readonly province: string;
}
export interface NewCommune {
  readonly name: string;
  readonly type: (typeof COMMUNE_TYPES)[number];
  readonly newProvince: string;
  /** Old provinces whose communes make up its area. */
  readonly oldProvinces: readonly string[];
}
export interface Gazetteer {
  readonly source: string;
  readonly oldProvinces: readonly OldProvince[];
  readonly newProvinces: readonly NewProvince[];
  readonly districts: readonly District[];
  readonly communes: readonly Commune[];
  readonly newCommunes: readonly NewCommune[];
}

function typeAt<T extends readonly string[]>(types: T, index: number): T[number] {
  const type = types[index];
  if (type === undefined) throw new RangeError(`gazetteer asset has unknown type index ${index}`);
  return type;
}

function splitEntries(packed: string): string[] {
  return packed === '' ? [] : packed.split(ENTRY_SEPARATOR);
}

export function unpackGazetteer(asset: GazetteerAsset): Gazetteer {
  const oldProvinces = asset.provinces.map(([code, name, type, newCode]) => ({
    code,
    name,
    type: typeAt(PROVINCE_TYPES, type),
    newCode,
  }));
  const newProvinces = asset.newProvinces.map(([code, name, mergedFrom]) => ({
    code,
    name,
    mergedFrom: mergedFrom.split(','),
  }));
  const districts: District[] = [];
  const communes: Commune[] = [];
  for (const [name, type, province, packedCommunes] of asset.districts) {
    const district = { name, type: typeAt(DISTRICT_TYPES, type), province };
    districts.push(district);
    for (const entry of splitEntries(packedCommunes)) {
      communes.push({
        name: entry.slice(1),
        type: typeAt(COMMUNE_TYPES, Number(entry[0])),
        district,
        province,
      });
    }
  }
  const newCommunes: NewCommune[] = [];
  for (const [newProvince, packed] of asset.newCommunes) {
    for (const entry of splitEntries(packed)) {
      const [name = '', oldCodes] = entry.slice(1).split(OLD_CODES_MARK);
      newCommunes.push({
        name,
        type: typeAt(COMMUNE_TYPES, Number(entry[0])),
        newProvince,
        oldProvinces: oldCodes ? oldCodes.split(',') : [newProvince],
      });
    }
  }
  return { source: asset.source, oldProvinces, newProvinces, districts, communes, newCommunes };
}

/** The bundled gazetteer, unpacked once when the module loads (immutable afterwards). JSON imports
 *  type tuples as arrays, hence the cast; the shape is pinned by scripts/build-gazetteer.ts. */
export const GAZETTEER: Gazetteer = unpackGazetteer(gazetteerAsset as unknown as GazetteerAsset);
