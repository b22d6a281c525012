// Builds the compact gazetteer asset the province classifier bundles.
//
//   npx tsx scripts/build-gazetteer.ts      (also: npm run gazetteer)
//
// Reads ../shared/data/vn-admin-units.json (GSO list as of 2025-03-01 plus the 2025-07-01 mapping)
// and writes shared/assets/provinces.json (the provinces) and shared/assets/gazetteer.json (districts and
// communes; apart so the search function bundles only the provinces). The asset is nested and string-packed rather than an
// array of objects because every Lambda bundles it: the verbose source is ~1.5 MB, this is ~200 KB.
// Curated aliases, hosts and mastheads are NOT copied here: they live in
// shared/domain/provinces/aliases.ts (one source of truth, reviewed as code).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  COMMUNE_TYPES,
  DISTRICT_TYPES,
  ENTRY_SEPARATOR,
  OLD_CODES_MARK,
  PROVINCE_TYPES,
  splitGazetteerAsset,
  type GazetteerAsset,
} from '#domain/provinces/gazetteer-format';

const SOURCE_PATH = '../shared/data/vn-admin-units.json';
const PROVINCES_OUTPUT_PATH = 'shared/assets/provinces.json';
const PLACES_OUTPUT_PATH = 'shared/assets/gazetteer.json';

interface SourceProvince {
  code: string;
  name: string;
  type: string;
  newCode: string;
}
interface SourceNewProvince {
  code: string;
  name: string;
  mergedFrom: string[];
}
interface SourceDistrict {
  code: string;
  name: string;
  type: string;
  province: string;
}
interface SourceCommune {
  code: string;
  name: string;
  type: string;
  district: string;
  newCodes: string[];
}
interface SourceNewCommune {
  code: string;
  name: string;
  fullName: string;
  province: string;
}
interface SourceData {
  asOf: { old: string; new: string };
  provinces: SourceProvince[];
  newProvinces: SourceNewProvince[];
  districts: SourceDistrict[];
  communes: SourceCommune[];
  newCommunes: SourceNewCommune[];
}

class GazetteerBuildError extends Error {}

function indexOfType(types: readonly string[], type: string, what: string): number {
  const index = types.findIndex((known) => known.toLowerCase() === type.normalize('NFC').toLowerCase());
  if (index < 0) throw new GazetteerBuildError(`unknown ${what} type "${type}"`);
  return index;
}

/** New communes carry their type only inside fullName, sometimes lower-case or missing; a few rows
 *  carry it inside the name as well ("Đặc khu Vân Đồn", "xã Bắc Sơn", "Xã Trung Giã "). */
function readNewCommune(commune: SourceNewCommune): { type: number; name: string } {
  const typeAtStart = (text: string): number =>
    COMMUNE_TYPES.findIndex((known) => text.toLowerCase().startsWith(`${known.toLowerCase()} `));
  let name = commune.name.normalize('NFC').trim();
  const typeInName = typeAtStart(name);
  if (typeInName >= 0) {
    name = name.slice(COMMUNE_TYPES[typeInName]!.length).trim();
    return { type: typeInName, name };
  }
  const fullName = commune.fullName.normalize('NFC').trim();
  const suffix = ` ${name}`;
  const typeWord = fullName.endsWith(suffix) ? fullName.slice(0, -suffix.length) : '';
  const index = COMMUNE_TYPES.findIndex((known) => known.toLowerCase() === typeWord.toLowerCase());
  // Two source rows have no type word; "Xã" is by far the most common type, so it is the safe default.
  return { type: index < 0 ? COMMUNE_TYPES.indexOf('Xã') : index, name };
}

function checkNoSeparators(name: string): string {
  if (name.includes(ENTRY_SEPARATOR) || name.includes(OLD_CODES_MARK)) {
    throw new GazetteerBuildError(`name "${name}" contains a reserved separator`);
  }
  return name.normalize('NFC');
}

function buildAsset(data: SourceData): GazetteerAsset {
  const provinceByCode = new Map(data.provinces.map((province) => [province.code, province]));
  const districtByCode = new Map(data.districts.map((district) => [district.code, district]));

  // Which old provinces each new commune's area came from (reverse of communes[].newCodes).
  const oldProvincesOfNewCommune = new Map<string, Set<string>>();
  for (const commune of data.communes) {
    const district = districtByCode.get(commune.district);
    if (!district) throw new GazetteerBuildError(`commune ${commune.code} has unknown district`);
    for (const newCode of commune.newCodes) {
      const set = oldProvincesOfNewCommune.get(newCode) ?? new Set<string>();
      set.add(district.province);
      oldProvincesOfNewCommune.set(newCode, set);
    }
  }
  const newProvinceOfNewCommune = new Map(
    data.newCommunes.map((commune) => [commune.code, commune.province]),
  );

  const communesByDistrict = new Map<string, string[]>();
  for (const commune of data.communes) {
    const district = districtByCode.get(commune.district)!;
    const oldProvince = provinceByCode.get(district.province)!;
    const newProvinces = new Set(commune.newCodes.map((code) => newProvinceOfNewCommune.get(code)));
    // Provinces merged whole in 2025, so the loader takes a commune's new province from its old
    // province. The source has a rare exception (a sliver of a commune given to a neighbouring new
    // commune); it is reported, and the new-commune list still places that neighbour correctly.
    for (const newProvince of newProvinces) {
      if (newProvince !== undefined && newProvince !== oldProvince.newCode) {
        console.warn(`note: part of commune ${commune.code} went to new province ${newProvince}`);
      }
    }
    const packed = `${indexOfType(COMMUNE_TYPES, commune.type, 'commune')}${checkNoSeparators(commune.name)}`;
    const list = communesByDistrict.get(commune.district) ?? [];
    list.push(packed);
    communesByDistrict.set(commune.district, list);
  }

  const newCommunesByProvince = new Map<string, string[]>();
  for (const commune of data.newCommunes) {
    const oldCodes = [...(oldProvincesOfNewCommune.get(commune.code) ?? [])].sort();
    const impliedOld = oldCodes.length === 1 && oldCodes[0] === commune.province;
    const mark = impliedOld || oldCodes.length === 0 ? '' : `${OLD_CODES_MARK}${oldCodes.join(',')}`;
    const list = newCommunesByProvince.get(commune.province) ?? [];
    const { type, name } = readNewCommune(commune);
    list.push(`${type}${checkNoSeparators(name)}${mark}`);
    newCommunesByProvince.set(commune.province, list);
  }

  return {
    source:
      `Generated by scripts/build-gazetteer.ts from ${SOURCE_PATH} (GSO administrative units as of ` +
      `${data.asOf.old}, daohoangson/dvhcvn; 2025-07-01 mapping, dvhcvn/20250701) on ` +
      `${new Date().toISOString().slice(0, 10)}.`,
    asOf: data.asOf,
    provinces: data.provinces.map((province) => [
      province.code,
      province.name.normalize('NFC'),
      indexOfType(PROVINCE_TYPES, province.type, 'province'),
      province.newCode,
    ]),
    newProvinces: data.newProvinces.map((province) => [
      province.code,
      province.name.normalize('NFC'),
      province.mergedFrom.join(','),
    ]),
    districts: data.districts.map((district) => [
      checkNoSeparators(district.name),
      indexOfType(DISTRICT_TYPES, district.type, 'district'),
      district.province,
      (communesByDistrict.get(district.code) ?? []).join(ENTRY_SEPARATOR),
    ]),
    newCommunes: data.newProvinces.map((province) => [
      province.code,
      (newCommunesByProvince.get(province.code) ?? []).join(ENTRY_SEPARATOR),
    ]),
  };
}

const data = JSON.parse(readFileSync(resolve(SOURCE_PATH), 'utf8')) as SourceData;
const { provinces, places } = splitGazetteerAsset(buildAsset(data));
for (const [path, asset] of [
  [PROVINCES_OUTPUT_PATH, provinces],
  [PLACES_OUTPUT_PATH, places],
] as const) {
  const json = JSON.stringify(asset);
  writeFileSync(resolve(path), `${json}\n`);
  console.log(`wrote ${path}: ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB`);
}
