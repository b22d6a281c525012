// The table-driven syllable scan and the fast paths of key and capitalisation must agree with their
// regular-expression definitions, on generated text mixing Vietnamese, marks, digits and other scripts.
import { describe, expect, it } from 'vitest';
import { normalizePlaceText, toMatchKey } from '#domain/provinces/normalize-place-text';
import { CAPITALISATION, tokenizeSyllables } from '#domain/provinces/tokenize-syllables';

const PIECES = [
  'Hoà',
  'Bình',
  'tỉnh',
  'TP.HCM',
  'Đắk',
  "M'gar",
  'Ðiện',
  'QUẢNG',
  'thuỷ',
  '2025',
  'Q1',
  'a\u0301',
  '\u0323',
  'Long',
  'An',
  '中文',
  '😀',
  '𝐀𝐁',
  'Σ',
  '.',
  ',',
  ' - ',
  ' ',
  ' ',
  '\n',
  '“',
  '”',
  '(',
  ')',
];

function generateTexts(count: number): string[] {
  let state = 7;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(random() * 16) },
      () => PIECES[Math.floor(random() * PIECES.length)],
    ).join(''),
  );
}

function keyByDefinition(text: string): string {
  const pairs: Record<string, string> = {
    oà: 'òa',
    oá: 'óa',
    oả: 'ỏa',
    oã: 'õa',
    oạ: 'ọa',
    oè: 'òe',
    oé: 'óe',
    oẻ: 'ỏe',
    oẽ: 'õe',
    oẹ: 'ọe',
    uỳ: 'ùy',
    uý: 'úy',
    uỷ: 'ủy',
    uỹ: 'ũy',
    uỵ: 'ụy',
  };
  return normalizePlaceText(text)
    .toLowerCase()
    .replace(/o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g, (pair) => pairs[pair] ?? pair);
}

function capitalisationByDefinition(text: string): string {
  if (/^\p{N}+$/u.test(text)) return CAPITALISATION.digits;
  const first = text.charAt(0);
  if (first === first.toLowerCase()) return CAPITALISATION.lower;
  const rest = text.slice(1);
  return rest.length > 0 && rest === rest.toUpperCase() ? CAPITALISATION.upper : CAPITALISATION.title;
}

const TEXTS = generateTexts(1500);

describe('tokenizeSyllables (table scan)', () => {
  it('finds the runs /[\\p{L}\\p{M}\\p{N}]+/u finds, with the defined key and capitalisation', () => {
    for (const text of TEXTS) {
      const expected = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((match) => ({
        text: match[0],
        start: match.index,
        key: keyByDefinition(match[0]),
        capitalisation: capitalisationByDefinition(match[0]),
      }));
      const actual = tokenizeSyllables(text).map(({ text: syllable, start, key, capitalisation }) => ({
        text: syllable,
        start,
        key,
        capitalisation,
      }));
      expect(actual).toEqual(expected);
    }
  });

  it('gives the same syllables with a shared readings map as without', () => {
    const readings = new Map();
    for (const text of TEXTS.slice(0, 200))
      expect(tokenizeSyllables(text, readings)).toEqual(tokenizeSyllables(text));
  });
});

describe('toMatchKey', () => {
  it('lower-cases ASCII directly and normalises the rest as defined', () => {
    expect(toMatchKey('Long AN')).toBe('long an');
    expect(toMatchKey('Hoà')).toBe('hòa');
    expect(toMatchKey('Ðiện')).toBe('điện');
    for (const text of TEXTS) expect(toMatchKey(text)).toBe(keyByDefinition(text));
  });
});
