// Sentences generated from the gazetteer itself: every district, and every commune with its
// district, named once with its type word. Each must resolve to its own province or abstain where
// the name is shared and nothing else decides; never to another province.
import { describe, expect, it } from 'vitest';
import { classifyProvince } from '#domain/provinces/classify';
import { GAZETTEER } from '#domain/provinces/gazetteer';

function classifyBody(body: string): string | null {
  return classifyProvince({ title: null, body, captions: [], source: null }).province?.code ?? null;
}

/** Measured share of districts whose name alone cannot decide (Châu Thành is in ten provinces;
 *  fourteen other names are in two). Raising it means the classifier lost districts it knew. */
const MAX_DISTRICT_ABSTAIN_SHARE = 0.04;
const MAX_COMMUNE_ABSTAIN_SHARE = 0.01;

describe('every district named with its type word', () => {
  const outcomes = GAZETTEER.districts.map((district) => {
    const body = `Sáng nay, người dân ${district.type.toLowerCase()} ${district.name} đã tham gia ngày hội đại đoàn kết.`;
    const sharedName = GAZETTEER.districts.some(
      (other) => other.name === district.name && other.province !== district.province,
    );
    return { district, sharedName, decided: classifyBody(body) };
  });

  it('never resolves to another province', () => {
    const wrong = outcomes.filter(
      ({ district, decided }) => decided !== null && decided !== district.province,
    );
    expect(wrong.map(({ district }) => `${district.type} ${district.name}`)).toEqual([]);
  });

  it('resolves every district whose name is unique', () => {
    const missed = outcomes.filter(({ sharedName, decided }) => !sharedName && decided === null);
    expect(missed.map(({ district }) => `${district.type} ${district.name}`)).toEqual([]);
  });

  it('abstains on shared names, and only on a small share of districts', () => {
    const abstained = outcomes.filter(({ decided }) => decided === null);
    expect(abstained.every(({ sharedName }) => sharedName)).toBe(true);
    expect(abstained.length / outcomes.length).toBeLessThanOrEqual(MAX_DISTRICT_ABSTAIN_SHARE);
  });

  it('resolves a shared district name once the province is named too', () => {
    const shared = outcomes.filter(({ sharedName }) => sharedName);
    expect(shared.length).toBeGreaterThan(0);
    for (const { district } of shared) {
      const province = GAZETTEER.oldProvinces.find((candidate) => candidate.code === district.province)!;
      const typeWord = province.type === 'Tỉnh' ? 'tỉnh' : 'thành phố';
      const body = `Nông dân ${district.type.toLowerCase()} ${district.name} trúng mùa. Sở Nông nghiệp ${typeWord} ${province.name} cho biết.`;
      expect(classifyBody(body)).toBe(district.province);
    }
  });
});

describe('every commune named with its district', () => {
  it('resolves to its own province or abstains, almost always resolving', () => {
    let abstained = 0;
    const wrong: string[] = [];
    for (const commune of GAZETTEER.communes) {
      const body = `Nông dân ${commune.type.toLowerCase()} ${commune.name}, ${commune.district.type.toLowerCase()} ${commune.district.name} thu hoạch lúa.`;
      const decided = classifyBody(body);
      if (decided === null) abstained += 1;
      else if (decided !== commune.province) wrong.push(body);
    }
    expect(wrong).toEqual([]);
    expect(abstained / GAZETTEER.communes.length).toBeLessThanOrEqual(MAX_COMMUNE_ABSTAIN_SHARE);
  });
});
