import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '#domain/provinces/gazetteer';

/** Every function bundles the asset (see scripts/build-gazetteer.ts). */
const MAX_ASSET_BYTES = 350 * 1024;

describe('gazetteer asset', () => {
  it('is small enough to bundle', () => {
    expect(statSync('shared/assets/gazetteer.json').size).toBeLessThanOrEqual(MAX_ASSET_BYTES);
  });

  it('says where it came from', () => {
    expect(GAZETTEER.source).toMatch(/vn-admin-units\.json/);
  });

  it('holds the 63 old and 34 new provinces', () => {
    expect(GAZETTEER.oldProvinces).toHaveLength(63);
    expect(GAZETTEER.newProvinces).toHaveLength(34);
  });

  it('holds districts, communes and new communes with valid province codes', () => {
    const oldCodes = new Set(GAZETTEER.oldProvinces.map((province) => province.code));
    const newCodes = new Set(GAZETTEER.newProvinces.map((province) => province.code));
    expect(GAZETTEER.districts.length).toBeGreaterThan(600);
    expect(GAZETTEER.communes.length).toBeGreaterThan(10_000);
    expect(GAZETTEER.newCommunes.length).toBeGreaterThan(3_000);
    expect(GAZETTEER.districts.every((district) => oldCodes.has(district.province))).toBe(true);
    expect(GAZETTEER.newCommunes.every((commune) => newCodes.has(commune.newProvince))).toBe(true);
    expect(
      GAZETTEER.newCommunes.every((commune) => commune.oldProvinces.every((code) => oldCodes.has(code))),
    ).toBe(true);
  });

  it('places every new commune in a new province that its old provinces merged into', () => {
    const mergedFrom = new Map(
      GAZETTEER.newProvinces.map((province) => [province.code, province.mergedFrom]),
    );
    const outside = GAZETTEER.newCommunes.filter((commune) =>
      commune.oldProvinces.some((code) => !mergedFrom.get(commune.newProvince)?.includes(code)),
    );
    // The source maps a sliver of one commune across a provincial border (build script notes it).
    expect(outside.length).toBeLessThanOrEqual(1);
  });
});
