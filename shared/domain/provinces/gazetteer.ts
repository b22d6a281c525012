// Unpacks the generated asset (scripts/build-gazetteer.ts) into typed, read-only records.
// The assets are imported, not read from disk, so esbuild bundles them into the functions that use them.
import placeAsset from '#assets/gazetteer.json' with { type: 'json' };
import provinceAsset from '#assets/provinces.json' with { type: 'json' };
import {
  COMMUNE_TYPES,
  DISTRICT_TYPES,
  ENTRY_SEPARATOR,
  OLD_CODES_MARK,
  type GazetteerAsset,
  type PlaceAsset,
  type ProvinceAsset,
} from './gazetteer-format.ts';
import { typeAt, unpackProvinces, type NewProvince, type OldProvince } from './province-tables.ts';

export type { NewProvince, OldProvince } from './province-tables.ts';

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

function splitEntries(packed: string): string[] {
  return packed === '' ? [] : packed.split(ENTRY_SEPARATOR);
}

export function unpackGazetteer(asset: GazetteerAsset): Gazetteer {
  const { oldProvinces, newProvinces } = unpackProvinces(asset);
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
 *  type tuples as arrays, hence the casts; the shape is pinned by scripts/build-gazetteer.ts. */
export const GAZETTEER: Gazetteer = unpackGazetteer({
  ...(provinceAsset as unknown as ProvinceAsset),
  ...(placeAsset as unknown as PlaceAsset),
});
