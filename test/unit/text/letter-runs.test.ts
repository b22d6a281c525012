// countLetterRuns stands in for `text.match(/\p{L}+/gu).length` in the cleaner's hot paths: it must
// count exactly what the expression counts, and stop early only above its limit.
import { describe, expect, it } from 'vitest';
import { countLetterRuns, countLetterRunsExcept, countWhitespaceRuns } from '#domain/text/letter-runs';
import { foldDiacritics } from '#domain/text/normalize';
import { segmentText } from '#domain/text/segment';

const countByRegex = (text: string): number => (text.match(/\p{L}+/gu) ?? []).length;

const LINES = [
  '',
  '   ',
  'Chia sẻ bài viết: Facebook | Zalo',
  'Lượt xem: 4.120 | Bình luận (12)',
  'Nhiệt độ 26 - 34°C, độ ẩm 80%',
  'Ca\u0300 Mau hôm nay',
  '𝐀𝐁c \ud800 của 中文 😀 ΣΑΣ',
  'TP.HCM-Hà Nội/Đà Nẵng',
];

describe('countLetterRuns', () => {
  it('counts the letter runs the regular expression finds', () => {
    for (const line of LINES) {
      expect(countLetterRuns(line)).toBe(countByRegex(line));
      expect(countLetterRuns(foldDiacritics(line))).toBe(countByRegex(foldDiacritics(line)));
    }
  });

  it('stops one past the limit, and counts exactly up to it', () => {
    const line = 'một hai ba bốn năm sáu bảy tám';
    expect(countLetterRuns(line, 3)).toBe(4);
    expect(countLetterRuns(line, 8)).toBe(8);
    expect(countLetterRuns(line, 100)).toBe(8);
  });
});

describe('countLetterRunsExcept', () => {
  it('counts the letter runs the regular expression finds that are not among the words', () => {
    const words = new Set(['va', 'cua', 'o', 'tren', '𝐀𝐁c']);
    const longest = Math.max(...[...words].map((word) => word.length));
    const byRegex = (text: string) => (text.match(/\p{L}+/gu) ?? []).filter((run) => !words.has(run)).length;
    for (const line of [...LINES, 'va cua tren o', 'tren1tren, travel', 'vao cuaa o']) {
      expect(countLetterRunsExcept(line, words, longest)).toBe(byRegex(line));
      expect(countLetterRunsExcept(foldDiacritics(line), words, longest)).toBe(byRegex(foldDiacritics(line)));
    }
  });
});

describe('countWhitespaceRuns', () => {
  it('counts one run fewer than split(/\\s+/) makes parts', () => {
    for (const line of [...LINES, ' a\t\u00a0b \u2028 c ', 'x\ny']) {
      expect(countWhitespaceRuns(line)).toBe(line.split(/\s+/).length - 1);
    }
    expect(countWhitespaceRuns('một hai ba bốn năm', 2)).toBe(3);
  });
});

describe('segmentText folded form', () => {
  it('carries each line folded once, as foldDiacritics folds it', () => {
    const segments = segmentText('Ðiện Biên Phủ\n\nGIÁ VÀNG hôm nay tăng mạnh.');
    expect(segments.map((segment) => segment.folded)).toEqual([
      'dien bien phu',
      'gia vang hom nay tang manh.',
    ]);
    for (const segment of segments) expect(segment.folded).toBe(foldDiacritics(segment.text));
  });
});
