import { describe, expect, it } from 'vitest';
import { WIDGET_FAMILIES } from '#domain/cleaning/widget-families';
import { findRequiredLiterals } from '#domain/text/required-literals';

const literals = (pattern: RegExp) => {
  const found = findRequiredLiterals(pattern);
  return found === null ? null : [...found].sort();
};

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('findRequiredLiterals', () => {
  it('names the literal of a plain phrase and multiplies short alternatives out', () => {
    expect(literals(/thoi tiet/)).toEqual(['thoi tiet']);
    expect(literals(/(ve|len) dau trang/)).toEqual(['len dau trang', 've dau trang']);
    expect(literals(/ty gia( ngoai te)?/)).toEqual(['ty gia']);
    expect(literals(/vang [sp]jc/)).toEqual(['vang pjc', 'vang sjc']);
  });

  it('joins the characters of a sequence across groups and escapes into one literal', () => {
    expect(literals(/\b\d+\s*(giay|phut)\s*truoc\b/)).toEqual(['truoc']);
    expect(literals(/\(c\)/)).toEqual(['(c)']);
    expect(literals(/^home\s*[>»]/)).toEqual(['home']);
  });

  it('requires one literal of each alternative, and a repeated part at least once', () => {
    expect(literals(/gia vang|\bsjc\b/)).toEqual(['gia vang', 'sjc']);
    expect(literals(/(?:ab)+x?/)).toEqual(['ab']);
    expect(literals(/(?:ab){2,3}/)).toEqual(['ab']);
  });

  it('names nothing when a match may hold no fixed text', () => {
    expect(literals(/a?/)).toBeNull();
    expect(literals(/(?:ab)*/)).toBeNull();
    expect(literals(/\d+/)).toBeNull();
    expect(literals(/x|\s+/)).toBeNull();
    expect(literals(/[a-z]+/)).toBeNull();
    expect(literals(/[^x]/)).toBeNull();
  });

  it('refuses what it cannot vouch for: case-insensitive matching, lookarounds, back-references', () => {
    expect(literals(/thoi tiet/i)).toBeNull();
    expect(literals(/(?<!q)ua/)).toBeNull();
    expect(literals(/(?=ab)a/)).toBeNull();
    expect(literals(/(a)\1/)).toBeNull();
    expect(literals(/thoi tiet/g)).toEqual(['thoi tiet']);
  });

  it('names literals for every widget pattern', () => {
    for (const family of WIDGET_FAMILIES)
      for (const pattern of family.patterns) expect(literals(pattern), String(pattern)).not.toBeNull();
  });

  it('every match of every widget pattern holds one of its literals (generated lines)', () => {
    // Lines built from the patterns' own vocabulary, so that the patterns match often.
    const vocabulary = WIDGET_FAMILIES.flatMap((family) =>
      family.patterns.flatMap((pattern) => pattern.source.split(/[^a-z0-9°©#:+-]+/)),
    ).filter(Boolean);
    const random = createRandom(7);
    const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
    let matches = 0;
    // The vocabulary grows with the families: enough lines that well over 900 matches are checked.
    for (let line = 0; line < 6000; line++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 6) }, pick).join(
        random() < 0.8 ? ' ' : ': ',
      );
      for (const family of WIDGET_FAMILIES) {
        for (const pattern of family.patterns) {
          const required = findRequiredLiterals(pattern)!;
          for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) {
            matches++;
            expect(
              [...required].some((literal) => match[0].includes(literal)),
              `${pattern} on "${text}"`,
            ).toBe(true);
          }
        }
      }
    }
    expect(matches).toBeGreaterThan(900);
  });
});
