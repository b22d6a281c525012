// The packed shape of shared/assets/gazetteer.json, shared by the build script and the loader.
// Rows are tuples and commune lists are strings because every function bundles the asset.

export const PROVINCE_TYPES = ['Tỉnh', 'Thành phố Trung ương'] as const;
export const DISTRICT_TYPES = ['Quận', 'Huyện', 'Thị xã', 'Thành phố'] as const;
export const COMMUNE_TYPES = ['Phường', 'Xã', 'Thị trấn', 'Đặc khu'] as const;

/** Separates packed commune entries; each entry is a one-digit type index followed by the name. */
export const ENTRY_SEPARATOR = '|';
/** In a new-commune entry, introduces the old province codes its area came from (comma-separated),
 *  omitted when that is just the new province's own code. */
export const OLD_CODES_MARK = '@';

/** [code, name, index into PROVINCE_TYPES, new province code] */
export type PackedProvince = readonly [string, string, number, string];
/** [code, name, old province codes comma-separated] */
export type PackedNewProvince = readonly [string, string, string];
/** [name, index into DISTRICT_TYPES, old province code, packed communes] */
export type PackedDistrict = readonly [string, number, string, string];
/** [new province code, packed new communes] */
export type PackedNewCommunes = readonly [string, string];

export interface GazetteerAsset {
  readonly source: string;
  readonly asOf: { readonly old: string; readonly new: string };
  readonly provinces: readonly PackedProvince[];
  readonly newProvinces: readonly PackedNewProvince[];
  readonly districts: readonly PackedDistrict[];
  readonly newCommunes: readonly PackedNewCommunes[];
}
