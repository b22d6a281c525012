import { describe, expect, it } from 'vitest';
import { foldToAscii, normalizePlaceText, toMatchKey } from '#domain/provinces/normalize-place-text';
import { tokenizeSyllables } from '#domain/provinces/tokenize-syllables';

describe('toMatchKey', () => {
  it('gives old and new tone placement the same key', () => {
    expect(toMatchKey('Hoà Bình')).toBe(toMatchKey('Hòa Bình'));
    expect(toMatchKey('Thuỷ Nguyên')).toBe(toMatchKey('Thủy Nguyên'));
    expect(toMatchKey('Khánh Hoà')).toBe(toMatchKey('KHÁNH HÒA'));
  });

  it('reads the look-alike Ð (U+00D0) as Đ', () => {
    expect(toMatchKey('\u00D0iện Biên')).toBe(toMatchKey('Điện Biên'));
  });

  it('keeps different names apart', () => {
    expect(toMatchKey('Hà Nam')).not.toBe(toMatchKey('Hà Năm'));
  });
});

describe('normalizePlaceText', () => {
  it('composes decomposed text (NFD) into NFC', () => {
    expect(normalizePlaceText('Sơn La'.normalize('NFD'))).toBe('Sơn La');
  });
});

describe('foldToAscii', () => {
  it('drops diacritics and turns đ into d', () => {
    expect(foldToAscii('Điện Biên Phủ')).toBe('dien bien phu');
  });
});

describe('tokenizeSyllables', () => {
  it('splits on punctuation and records capitalisation and sentence starts', () => {
    const syllables = tokenizeSyllables('Tại TP.HCM, hôm nay. Trời mưa');
    expect(syllables.map((syllable) => syllable.text)).toEqual([
      'Tại',
      'TP',
      'HCM',
      'hôm',
      'nay',
      'Trời',
      'mưa',
    ]);
    expect(syllables.map((syllable) => syllable.capitalisation)).toEqual([
      'title',
      'upper',
      'upper',
      'lower',
      'lower',
      'title',
      'lower',
    ]);
    expect(syllables[5]?.startsSentence).toBe(true);
    expect(syllables[3]?.startsSentence).toBe(false);
  });
});
