import { describe, expect, it } from 'vitest';
import { WIDGET_FAMILIES } from '#domain/cleaning/widget-families';
import { LiteralScanner, PatternPrefilter, hasGroup } from '#domain/text/literal-scanner';

function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const foundGroups = (scanner: LiteralScanner, groupCount: number, text: string) => {
  const found = scanner.scan(text);
  return Array.from({ length: groupCount }, (_, group) => group).filter((group) => hasGroup(found, group));
};

describe('LiteralScanner', () => {
  it('reports each group one of whose literals occurs, overlapping and nested ones too', () => {
    const scanner = new LiteralScanner([['he', 'she'], ['his'], ['hers'], ['°'], ['x']]);
    expect(foundGroups(scanner, 5, 'ushers')).toEqual([0, 2]);
    expect(foundGroups(scanner, 5, 'this is 30°')).toEqual([1, 3]);
    expect(foundGroups(scanner, 5, 'nothing here but h e')).toEqual([0]);
    expect(foundGroups(scanner, 5, '')).toEqual([]);
  });

  it('agrees with String#includes on generated texts, for more groups than one word of bits holds', () => {
    const random = createRandom(11);
    const alphabet = 'abc d°é';
    const randomText = (length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const groups = Array.from({ length: 70 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => randomText(1 + Math.floor(random() * 4))),
    );
    const scanner = new LiteralScanner(groups);
    for (let round = 0; round < 2000; round++) {
      const text = randomText(Math.floor(random() * 40));
      const expected = groups.flatMap((literals, group) =>
        literals.some((literal) => text.includes(literal)) ? [group] : [],
      );
      expect(foundGroups(scanner, groups.length, text)).toEqual(expected);
    }
  });

  it('refuses an empty literal, which would occur everywhere', () => {
    expect(() => new LiteralScanner([['']])).toThrow(/empty literal/);
  });
});

describe('PatternPrefilter', () => {
  const patterns = WIDGET_FAMILIES.flatMap((family) => family.patterns);
  const prefilter = new PatternPrefilter(patterns);

  it('never rules out a widget pattern that matches (generated lines from their vocabulary)', () => {
    const vocabulary = patterns
      .flatMap((pattern) => pattern.source.split(/[^a-z0-9°©#:+-]+/))
      .filter(Boolean);
    const random = createRandom(5);
    let matching = 0;
    // The vocabulary grows with the families, and most of its words match little on their own: enough
    // lines that well over a thousand matches are checked.
    for (let line = 0; line < 8000; line++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 5) },
        () => vocabulary[Math.floor(random() * vocabulary.length)]!,
      ).join(' ');
      const candidates = prefilter.candidates(text);
      patterns.forEach((pattern, index) => {
        if (!pattern.test(text)) return;
        matching++;
        expect(hasGroup(candidates, index), `${pattern} on "${text}"`).toBe(true);
      });
    }
    expect(matching).toBeGreaterThan(1000);
  });

  it('rules out for plain prose every pattern but those anchored on a single letter', () => {
    const candidates = prefilter.candidates('nguoi dan phan khoi don mua moi o vung cao');
    expect(patterns.filter((_, index) => hasGroup(candidates, index))).toEqual([
      /^a\s*[-+]\s*a\s*[-+]?$/,
      /^(a\s*[-+]?\s*){2,3}$/,
    ]);
  });

  it('keeps a pattern that needs no literal always a candidate', () => {
    const always = new PatternPrefilter([/thoi tiet/, /\d+/]);
    expect(hasGroup(always.candidates('abc'), 0)).toBe(false);
    expect(hasGroup(always.candidates('abc'), 1)).toBe(true);
  });
});
