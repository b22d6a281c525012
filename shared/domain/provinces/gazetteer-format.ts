// The packed shape of the gazetteer assets (shared/assets/provinces.json and gazetteer.json), shared by
// the build script and the loaders. Rows are tuples and commune lists are strings because the Lambda
// functions bundle the assets.

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

/** shared/assets/provinces.json: the province rows alone. A separate file so code that needs only the
 *  provinces (the search API's filters) does not bundle the districts and communes (issue #9). */
export type ProvinceAsset = Pick<GazetteerAsset, 'source' | 'asOf' | 'provinces' | 'newProvinces'>;
/** shared/assets/gazetteer.json: the districts and communes, which only the classifier needs. */
export type PlaceAsset = Pick<GazetteerAsset, 'source' | 'districts' | 'newCommunes'>;

export function splitGazetteerAsset(asset: GazetteerAsset): {
  readonly provinces: ProvinceAsset;
  readonly places: PlaceAsset;
} {
  const { source, asOf, provinces, newProvinces, districts, newCommunes } = asset;
  return {
    provinces: { source, asOf, provinces, newProvinces },
    places: { source, districts, newCommunes },
  };
}
