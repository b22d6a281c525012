import { describe, expect, it } from 'vitest';
import provinceAsset from '#assets/provinces.json' with { type: 'json' };
import { classifyProvince } from '#domain/provinces/classify';
import {
  listNewProvinces,
  listOldProvinces,
  lookupNewProvince,
  lookupProvince,
  namesakeOldCodeOf,
  newCodeOf,
  oldCodesOf,
} from '#domain/provinces/province-registry';

// The asset rows as built from the source mapping: [code, name, type, newCode].
const assetProvinces = provinceAsset.provinces as unknown as [string, string, number, string][];
const assetNewProvinces = provinceAsset.newProvinces as unknown as [string, string, string][];

describe('province registry', () => {
  it('lists 63 old and 34 new provinces with codes and names', () => {
    expect(listOldProvinces()).toHaveLength(63);
    expect(listNewProvinces()).toHaveLength(34);
    expect(listOldProvinces()).toContainEqual({ code: '14', name: 'Sơn La' });
    expect(listNewProvinces()).toContainEqual({ code: '80', name: 'Tây Ninh' });
  });

  it.each(assetProvinces)(
    'maps old province %s (%s) to its new province per the source mapping',
    (code, name, _type, newCode) => {
      expect(newCodeOf(code)).toBe(newCode);
      expect(oldCodesOf(newCode)).toContain(code);
      const ref = lookupProvince(code);
      expect(ref).toMatchObject({ code, name, newCode });
      expect(ref?.newName).toBe(lookupNewProvince(newCode)?.name);
    },
  );

  it('lists the constituents of every new province exactly as the source merged them', () => {
    for (const [code, , mergedFrom] of assetNewProvinces) {
      expect(oldCodesOf(code)).toEqual(mergedFrom.split(','));
    }
    const allOld = assetNewProvinces.flatMap(([, , mergedFrom]) => mergedFrom.split(',')).sort();
    expect(allOld).toEqual(assetProvinces.map(([code]) => code).sort());
  });

  it('finds the constituent a merged province is named after', () => {
    // New Tây Ninh took old Long An's code (80) but old Tây Ninh's (72) name.
    expect(namesakeOldCodeOf('80')).toBe('72');
    expect(namesakeOldCodeOf('14')).toBe('14');
  });

  it('returns nothing for unknown codes', () => {
    expect(lookupProvince('00')).toBeUndefined();
    expect(newCodeOf('00')).toBeUndefined();
    expect(oldCodesOf('00')).toEqual([]);
  });

  it.each(assetProvinces)(
    'classifies "tỉnh/thành phố %s" to itself and its new province',
    (code, name, type, newCode) => {
      // "Hồ Chí Minh" counts only after a city word, so every province is written with its type word.
      const typeWord = type === 0 ? 'tỉnh' : 'thành phố';
      const result = classifyProvince({
        title: null,
        body: `Sáng nay, lãnh đạo ${typeWord} ${name} đã họp bàn kế hoạch phát triển kinh tế.`,
        captions: [],
        source: null,
      });
      expect(result.province?.code).toBe(code);
      expect(result.province?.newCode).toBe(newCode);
    },
  );
});
