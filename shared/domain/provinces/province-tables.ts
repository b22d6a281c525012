// Unpacks the province asset (shared/assets/provinces.json) into typed, read-only records. Kept apart
// from the districts and communes (gazetteer.ts) so the search function bundles only this small asset.
import provinceAsset from '#assets/provinces.json' with { type: 'json' };
import { PROVINCE_TYPES, type ProvinceAsset } from './gazetteer-format.ts';

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
export interface ProvinceTables {
  readonly oldProvinces: readonly OldProvince[];
  readonly newProvinces: readonly NewProvince[];
}

/** The entry of `types` at a packed type index; an unknown index means a corrupt or stale asset. */
export function typeAt<T extends readonly string[]>(types: T, index: number): T[number] {
  const type = types[index];
  if (type === undefined) throw new RangeError(`gazetteer asset has unknown type index ${index}`);
  return type;
}

export function unpackProvinces(asset: Pick<ProvinceAsset, 'provinces' | 'newProvinces'>): ProvinceTables {
  return {
    oldProvinces: asset.provinces.map(([code, name, type, newCode]) => ({
      code,
      name,
      type: typeAt(PROVINCE_TYPES, type),
      newCode,
    })),
    newProvinces: asset.newProvinces.map(([code, name, mergedFrom]) => ({
      code,
      name,
      mergedFrom: mergedFrom.split(','),
    })),
  };
}

/** The bundled provinces, unpacked once when the module loads (immutable afterwards). JSON imports
 *  type tuples as arrays, hence the cast; the shape is pinned by scripts/build-gazetteer.ts. */
export const PROVINCE_TABLES: ProvinceTables = unpackProvinces(provinceAsset as unknown as ProvinceAsset);
