// The table-driven measurements and folding must give exactly what their regular-expression
// definitions give: checked on generated lines mixing Vietnamese, other scripts, marks and symbols.
import { describe, expect, it } from 'vitest';
import { CHARACTER_CLASS, classifyCodePoint, readCharacterClass } from '#domain/text/character-classes';
import { foldDiacritics } from '#domain/text/normalize';
import { looksVietnamese } from '#domain/text/vietnamese-letters';
import { measureLine, type SegmentFeatures } from '#domain/text/segment';
import { VIETNAMESE_STOPWORDS } from '#domain/text/stopwords';

function measureByRegex(text: string, stopwords: ReadonlySet<string>): SegmentFeatures {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const letterWords = words.filter((word) => /\p{L}/u.test(word));
  const nonSpace = text.replace(/\s/g, '').length;
  const letters = count(/\p{L}/gu);
  const stopwordCount = words.filter((word) => stopwords.has(word.toLowerCase())).length;
  const letterRuns = text.match(/\p{L}+/gu) ?? [];
  return {
    charCount: text.length,
    wordCount: words.length,
    stopwordCount,
    stopwordDensity: words.length ? stopwordCount / words.length : 0,
    punctuationRatio: nonSpace ? count(/[\p{P}\p{S}]/gu) / nonSpace : 0,
    digitRatio: nonSpace ? count(/\p{N}/gu) / nonSpace : 0,
    capitalisedRatio: letterWords.length
      ? letterWords.filter((word) => /^\p{Lu}/u.test(word)).length / letterWords.length
      : 0,
    upperCaseRatio: letters ? count(/\p{Lu}/gu) / letters : 0,
    endsWithSentencePunctuation: /(?:[.!?…]|\.\.\.)["'”’»)\]]*$/u.test(text),
    endsWithColon: /:$/.test(text),
    letterRunCount: letterRuns.length,
    vietnameseLetterRunCount: letterRuns.filter(hasVietnameseLetterByDefinition).length,
    unevenSpacing: /[^\S ]| {2}|^ | $|\p{M}/u.test(text),
  };
}

function hasVietnameseLetterByDefinition(word: string): boolean {
  const lower = word.toLowerCase();
  return /[ăâêôơưđ\u1ea0-\u1ef9]/u.test(lower) || /[àáãèéìíòóõùúý]/u.test(lower);
}

function foldByDefinition(text: string): string {
  return text
    .replace(/\u00d0/g, 'D')
    .replace(/\u00f0/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

const PIECES = [
  'Người',
  'dân',
  'các',
  'của',
  'CỦA',
  'Trong',
  'những',
  'NHƯNG',
  'là',
  'LÀ',
  'đã',
  'ĐIỆN',
  'Biên',
  'hoà',
  'Thuỷ',
  'Ðà',
  'ðường',
  'xã',
  'TP.HCM',
  '2024',
  '12/3',
  '“',
  '”',
  '…',
  '.',
  '!',
  '?',
  ':',
  ')',
  '»',
  '©',
  '°C',
  '½',
  'Ⅻ',
  'İ',
  'ΣΑΣ',
  'Σ',
  '中文',
  '😀',
  '𝐀𝐁',
  'e\u0301',
  '\u0323',
  '\ud800',
  'ǅ',
  'ß',
  '\u00a0',
  '\u2003',
  '\t',
  ' ',
  ' ',
  ' ',
  '-',
  '|',
];

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

function generateLines(count: number): string[] {
  const random = createRandom(20251123);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(random() * 20);
    return Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
  });
}

const LINES = generateLines(2000);

describe('readCharacterClass', () => {
  it('agrees with the regular expressions inside and outside its table', () => {
    for (const codePoint of [0x41, 0x61, 0x1ec7, 0x2026, 0x00a9, 0x0301, 0x03a3, 0x4e2d, 0x1f600, 0x1d400])
      expect(readCharacterClass(codePoint)).toBe(classifyCodePoint(codePoint));
    expect(readCharacterClass('Ệ'.codePointAt(0)!)).toBe(
      CHARACTER_CLASS.letter | CHARACTER_CLASS.upperCase | CHARACTER_CLASS.vietnameseLetter,
    );
    expect(readCharacterClass('E'.codePointAt(0)!)).toBe(CHARACTER_CLASS.letter | CHARACTER_CLASS.upperCase);
    expect(readCharacterClass('…'.codePointAt(0)!)).toBe(CHARACTER_CLASS.punctuationOrSymbol);
    expect(readCharacterClass(0xa0)).toBe(CHARACTER_CLASS.space);
  });
});

describe('measureLine (one pass)', () => {
  it('measures generated lines exactly as the regular-expression definitions do', () => {
    for (const line of LINES) expect(measureLine(line)).toEqual(measureByRegex(line, VIETNAMESE_STOPWORDS));
  });

  it('counts a word with an astral letter and a lone surrogate as the definitions do', () => {
    const features = measureLine('𝐀𝐁c \ud800 của');
    expect(features.wordCount).toBe(2);
    expect(features.stopwordCount).toBe(1);
    expect(features).toEqual(measureByRegex('𝐀𝐁c \ud800 của', VIETNAMESE_STOPWORDS));
  });
});

describe('foldDiacritics (table)', () => {
  it('folds generated lines exactly as the definition does', () => {
    for (const line of LINES) expect(foldDiacritics(line)).toBe(foldByDefinition(line));
  });

  it('folds every character of the Basic Multilingual Plane as the definition does', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      if (foldDiacritics(character) !== foldByDefinition(character))
        expect(foldDiacritics(character), `U+${code.toString(16)}`).toBe(foldByDefinition(character));
    }
  });

  it('folds a whole page line by line: line breaks stay where they were', () => {
    const page = LINES.slice(0, 200).join('\n');
    expect(foldDiacritics(page).split('\n')).toEqual(LINES.slice(0, 200).map(foldDiacritics));
  });

  it('folds Vietnamese letters, look-alikes and combining marks', () => {
    expect(foldDiacritics('ÐIỆN Biên, Thuỷ Hoà, ðường')).toBe('dien bien, thuy hoa, duong');
    expect(foldDiacritics('Ca\u0300 Mau')).toBe('ca mau');
    expect(foldDiacritics('ΣΑΣ Hà')).toBe(foldByDefinition('ΣΑΣ Hà'));
  });
});

function looksVietnameseByDefinition(text: string): boolean {
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  const vietnamese = words.filter(hasVietnameseLetterByDefinition).length;
  if (words.length < 3) return vietnamese > 0;
  return vietnamese / words.length >= 0.2 && vietnamese >= 3;
}

describe('looksVietnamese (one pass)', () => {
  it('decides generated lines exactly as the definition does', () => {
    for (const line of LINES) expect(looksVietnamese(line)).toBe(looksVietnameseByDefinition(line));
  });

  it('tells Vietnamese prose from English with a borrowed accent', () => {
    expect(looksVietnamese('Người dân trong xã đã có thể đi lại thuận tiện hơn.')).toBe(true);
    expect(
      looksVietnamese(
        'The café on the corner of the old market street opens early every single day of the week.',
      ),
    ).toBe(false);
    expect(looksVietnamese('ĐIỆN BIÊN PHỦ')).toBe(true);
  });
});
