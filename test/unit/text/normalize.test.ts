import { describe, expect, it } from 'vitest';
import { foldDiacritics, normalizeText, normalizeToneMarks } from '#domain/text/normalize';

describe('normalizeText', () => {
  it('turns U+00D0/U+00F0 into Đ/đ in Vietnamese text', () => {
    expect(normalizeText('Ðoàn công tác của tỉnh Ðiện Biên đến thăm ðồn biên phòng')).toBe(
      'Đoàn công tác của tỉnh Điện Biên đến thăm đồn biên phòng',
    );
  });

  it('leaves Ð alone in non-Vietnamese text', () => {
    expect(normalizeText('Ðorður Guðmundsson')).toBe('Ðorður Guðmundsson');
  });

  it('composes decomposed text to NFC', () => {
    const decomposed = 'Việt Nam'.normalize('NFD');
    expect(normalizeText(decomposed)).toBe('Việt Nam'.normalize('NFC'));
    expect(normalizeText(decomposed)).toHaveLength(8);
  });

  it('folds space variants, drops zero-width characters and trims each line', () => {
    expect(
      normalizeText('\u00a0\u00a0Hội\u2009nghị\u200b  tổng\u00a0kết \t\r\n\u00a0 \u00a0\r\nkết thúc '),
    ).toBe('Hội nghị tổng kết\n\nkết thúc');
  });

  it('decodes named and numeric HTML entities', () => {
    expect(normalizeText('Lúa &amp; ngô&nbsp;&quot;vụ mới&quot; &#272;&#x1EA3;ng &lt;b&gt; &unknown;')).toBe(
      'Lúa & ngô "vụ mới" Đảng <b> &unknown;',
    );
  });
});

describe('foldDiacritics', () => {
  it('lower-cases, strips marks and maps đ/Đ/Ð to d', () => {
    expect(foldDiacritics('Ðiện Biên Phủ')).toBe('dien bien phu');
    expect(foldDiacritics('ĐỒNG THÁP')).toBe('dong thap');
  });
});

describe('normalizeToneMarks', () => {
  it('moves tones of open oa/oe/uy syllables to the first vowel', () => {
    expect(normalizeToneMarks('hoà thuỷ khoá hoè Uỷ tuỳ xoá')).toBe('hòa thủy khóa hòe Ủy tùy xóa');
  });

  it('keeps syllables where placement is fixed', () => {
    expect(normalizeToneMarks('hoàng quý quỳnh thuở người')).toBe('hoàng quý quỳnh thuở người');
  });

  it('makes old and new spellings equal', () => {
    expect(normalizeToneMarks('Hoà Bình')).toBe(normalizeToneMarks('Hòa Bình'));
  });
});

describe('normalizeText trims every line as String#trim would', () => {
  it('agrees with splitting, trimming and joining on lines padded with every kind of white space', () => {
    const pads = [' ', '  ', '\v', '\f', '\u2028', '\u2029', '\u00a0', '\t', ' \u2028 '];
    const words = ['Hà Nội', 'mưa  lớn', 'a\u2028b', '', 'x'];
    let seed = 3;
    const pick = <T>(items: readonly T[]): T => items[(seed = (seed * 16807) % 2147483647) % items.length]!;
    for (let round = 0; round < 500; round++) {
      const lines = Array.from({ length: 4 }, () => pick(pads) + pick(words) + pick(pads));
      const text = lines.join('\n');
      const reference = text
        .replace(/[\t\u00a0]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .split('\n')
        .map((line) => line.trim())
        .join('\n');
      expect(normalizeText(text)).toBe(reference);
    }
  });
});

describe('normalizeText in one pass', () => {
  // The definition it implements, one regular expression per rule.
  const byRules = (text: string): string =>
    text
      .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '')
      .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .split('\n')
      .map((line) => line.replace(/^[ \v\f\u2028\u2029]+|[ \v\f\u2028\u2029]+$/g, ''))
      .join('\n');

  it('gives what the rules give on random mixes of letters, invisible characters and white space', () => {
    const pieces = ['Hà', 'nội', ' ', '  ', '\t', '\u00a0', '\u2009', '\u3000', '\u200b', '\ufeff', '\u00ad'];
    pieces.push('\v', '\f', '\u2028', '\u2029', '\n', '\n\n', 'x', '.', '\u2060', '\u202f', '\u1680');
    let seed = 11;
    const pick = (): string => pieces[(seed = (seed * 48271) % 2147483647) % pieces.length]!;
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: 12 }, pick).join('');
      expect(normalizeText(text), JSON.stringify(text)).toBe(byRules(text));
    }
  });
});
