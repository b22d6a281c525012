import { describe, expect, it } from 'vitest';
import {
  cutSnippet,
  findMatchRanges,
  foldText,
  mergeRanges,
  parseQueryWords,
} from '../../web/match-ranges.js';

const slice = (text: string, ranges: readonly { start: number; end: number }[]) =>
  ranges.map((range) => text.slice(range.start, range.end));

describe('search page match ranges', () => {
  it('folds tones, vowel marks and đ, keeping one folded letter per original letter', () => {
    expect(foldText('Đường Phố Cổ Hội An')).toBe('duong pho co hoi an');
    expect(foldText('Ðiện Biên')).toBe('dien bien');
  });

  it('highlights the accented original when the query has no diacritics', () => {
    const text = 'Du khách dạo quanh phố cổ Hội An khi đèn lồng thắp sáng.';

    expect(slice(text, findMatchRanges(text, 'pho co hoi an'))).toEqual(['phố cổ Hội An']);
  });

  it('matches whole words only, not syllables inside longer words', () => {
    const text = 'Ánh đèn Anh Sơn, An Giang';

    expect(slice(text, findMatchRanges(text, 'an'))).toEqual(['An']);
  });

  it('keeps a quoted phrase together and ignores its words elsewhere', () => {
    const text = 'Xây dựng nông thôn mới; dựng lại nhà, xây thêm trường.';

    expect(slice(text, findMatchRanges(text, '"xay dung"'))).toEqual(['Xây dựng']);
    expect(parseQueryWords('"xây dựng" dang')).toEqual({ phrases: [['xay', 'dung']], words: ['dang'] });
  });

  it('marks loose words where they stand together in the typed order, not their look-alikes elsewhere', () => {
    const text = 'Thành phố Hội An có nhiều cơ sở; phố cổ Hội An đông khách, nhà cổ mở cửa.';

    expect(slice(text, findMatchRanges(text, 'pho co hoi an'))).toEqual(['Hội An', 'phố cổ Hội An']);
  });

  it('marks every occurrence of a loose word the text never has beside the others', () => {
    const text = 'Tôm càng xanh và tôm sú được giá; lúa mùa bội thu.';

    expect(slice(text, findMatchRanges(text, 'tom lua'))).toEqual(['Tôm', 'tôm', 'lúa']);
  });

  it('merges overlapping and adjacent-duplicate ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 9 },
        { start: 0, end: 3 },
        { start: 7, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 12 },
    ]);
  });

  it('cuts a snippet around the first match far into the text, with the ranges moved along', () => {
    const opening = 'Mở đầu bài viết nói về thời tiết và mùa màng của vùng đồng bằng. '.repeat(8);
    const text = `${opening}Bà con Quy Nhơn trúng đậm cá ngừ đại dương.\n\nCuối bài.`;
    const ranges = findMatchRanges(text, 'ca ngu');

    const snippet = cutSnippet(text, ranges, 120);

    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(122);
    expect(slice(snippet.text, snippet.ranges)).toEqual(['cá ngừ']);
  });

  it('collapses line breaks in short texts and keeps ranges on the right words', () => {
    const text = 'Đêm hội\n\n  phố cổ';

    const snippet = cutSnippet(text, findMatchRanges(text, 'pho co'), 200);

    expect(snippet.text).toBe('Đêm hội phố cổ');
    expect(slice(snippet.text, snippet.ranges)).toEqual(['phố cổ']);
  });
});
