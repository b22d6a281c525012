import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '#domain/text/normalize';
import { measureLine, segmentText } from '#domain/text/segment';
import { VIETNAMESE_STOPWORDS } from '#domain/text/stopwords';

describe('segmentText', () => {
  it('keeps non-empty lines with position and blank lines before', () => {
    const segments = segmentText('Tiêu đề\n\n\nĐoạn một.\nĐoạn hai.');
    expect(segments.map((s) => [s.index, s.lineNumber, s.blankLinesBefore, s.text])).toEqual([
      [0, 0, 0, 'Tiêu đề'],
      [1, 3, 2, 'Đoạn một.'],
      [2, 4, 0, 'Đoạn hai.'],
    ]);
  });
});

describe('segment folded text', () => {
  it('is folded with its spaces collapsed, as the matchers expect', () => {
    // A stray combining mark between two spaces: folding drops it and would leave two spaces.
    const [plain, stray] = segmentText('Giá Vàng SJC\nChia sẻ \u0301 Facebook\u000bZalo');
    expect(plain?.folded).toBe('gia vang sjc');
    expect(stray?.folded).toBe('chia se facebook zalo');
  });

  // The folding is done while the line is measured; characters outside its table take other paths.
  it.each([
    ['Vietnamese and Latin', 'Ảnh: ĐẶNG KHOA | Đường Hồ Chí Minh'],
    ['astral letters and an emoji', 'Tin nóng 😀 về 𝐀𝐁c'],
    ['Greek with a capital sigma', 'ΣΟΦΙΑ và Σ'],
    ['a lone surrogate', 'mất \ud800 chữ'],
    ['Cyrillic, full-width letters and a ligature', 'Москва ＡＢＣ ﬁ'],
  ])('folds %s as foldDiacritics does, page after page', (_, line) => {
    const page = ['Tin trong nước', line, 'Hà Nội mưa lớn.'].join('\n');
    for (let round = 0; round < 2; round++)
      expect(segmentText(page).map((segment) => segment.folded)).toEqual(
        page.split('\n').map((text) => foldDiacritics(text)),
      );
  });
});

describe('measureLine', () => {
  it('measures prose: many stop words, ends like a sentence', () => {
    const features = measureLine('Những năm qua, các cấp ủy đã có nhiều đổi mới trong công tác cán bộ.');
    expect(features.wordCount).toBe(16);
    expect(features.stopwordDensity).toBeGreaterThan(0.4);
    expect(features.endsWithSentencePunctuation).toBe(true);
    expect(features.endsWithColon).toBe(false);
  });

  it('measures a table row: digits, capitals, no stop words', () => {
    const features = measureLine('USD 25.450 25.820');
    expect(features.digitRatio).toBeGreaterThan(0.5);
    expect(features.stopwordDensity).toBe(0);
    expect(features.upperCaseRatio).toBe(1);
    expect(features.endsWithSentencePunctuation).toBe(false);
  });

  it('counts capitalised words and punctuation, and sees sentence ends behind quotes', () => {
    const features = measureLine('Ông nói: “Chúng tôi sẽ làm.”');
    expect(features.capitalisedRatio).toBeCloseTo(2 / 6);
    expect(features.punctuationRatio).toBeGreaterThan(0);
    expect(features.endsWithSentencePunctuation).toBe(true);
    expect(measureLine('Các bước như sau:').endsWithColon).toBe(true);
  });

  it('uses the jusText Vietnamese list, lower-cased', () => {
    expect(VIETNAMESE_STOPWORDS.has('của')).toBe(true);
    expect(VIETNAMESE_STOPWORDS.has('các')).toBe(true);
    expect(VIETNAMESE_STOPWORDS.has('Các')).toBe(false);
    expect(VIETNAMESE_STOPWORDS.size).toBeGreaterThan(250);
  });
});
