import { describe, expect, it } from 'vitest';
import { buildIndexTerms, isStopSyllable, MAX_INDEXED_TERMS } from '#domain/search/index-terms';
import { matchArticle } from '#domain/search/match-article';
import {
  InvalidQueryError,
  MAX_QUERY_CHARS,
  parseSearchQuery,
  planIndexTerms,
} from '#domain/search/parse-query';
import { rankByRelevance } from '#domain/search/rank-matches';
import { splitSyllableRuns } from '#domain/search/syllables';

const ARTICLE = {
  title: 'Lâm Đồng đẩy mạnh xây dựng Đảng ở cơ sở',
  body: [
    'Ban Thường vụ Tỉnh ủy Lâm Đồng vừa tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm.',
    'Nhiều chi bộ vùng cao đã đổi mới sinh hoạt, gắn với phát triển cà phê và du lịch sinh thái.',
  ].join('\n'),
};

describe('splitSyllableRuns', () => {
  it('lower-cases, folds diacritics and breaks runs at punctuation', () => {
    const runs = splitSyllableRuns('Đà Lạt, thành phố ngàn hoa.');
    expect(runs.map((run) => run.map((syllable) => syllable.folded))).toEqual([
      ['da', 'lat'],
      ['thanh', 'pho', 'ngan', 'hoa'],
    ]);
    expect(runs[0]?.[0]?.exact).toBe('đà');
  });

  it('puts tone marks of oa/uy syllables in one place so both spellings match exactly', () => {
    const traditional = splitSyllableRuns('hòa')[0]?.[0]?.exact;
    const modern = splitSyllableRuns('hoà')[0]?.[0]?.exact;
    expect(modern).toBeDefined();
    expect(modern).toBe(traditional);
  });
});

describe('buildIndexTerms', () => {
  it('indexes folded non-stop syllables and bigrams of adjacent stop syllables, never a stop syllable alone', () => {
    const terms = buildIndexTerms(ARTICLE);
    expect(terms).toContain('xay');
    expect(terms).toContain('lam dong');
    expect(terms).toContain('dung dang');
    for (const stop of ['cua', 'va', 'dang', 'dung', 'cong']) expect(terms).not.toContain(stop);
    expect(terms.filter((term) => !term.includes(' ')).every((term) => !isStopSyllable(term))).toBe(true);
  });

  it('files every spelling that folds to a stop key alike: "bán" is left out with "bản"', () => {
    expect(isStopSyllable('ban')).toBe(true);
    expect(buildIndexTerms({ title: null, body: 'Chợ bán cá tươi' })).not.toContain('ban');
  });

  it('caps the terms of a long article, keeping the title terms first', () => {
    const words = Array.from({ length: MAX_INDEXED_TERMS * 2 }, (_, index) => `tu${index}`);
    const terms = buildIndexTerms({ title: 'Voọc chà vá chân nâu', body: words.join(' ') });
    expect(terms).toHaveLength(MAX_INDEXED_TERMS);
    expect(terms.slice(0, 4)).toEqual(expect.arrayContaining(['vooc', 'cha', 'chan', 'nau']));
  });
});

describe('parseSearchQuery and planIndexTerms', () => {
  it('reads loose words as separate required clauses and quotes as a phrase', () => {
    const query = parseSearchQuery('"xây dựng Đảng" cà phê');
    expect(query.clauses.map((clause) => [clause.phrase, clause.syllables.length])).toEqual([
      [true, 3],
      [false, 1],
      [false, 1],
    ]);
    expect(planIndexTerms(query)).toEqual(['xay', 'dung dang', 'phe']);
  });

  it('looks a query of common syllables only up by its bigrams, as a phrase', () => {
    const query = parseSearchQuery('cong tac');
    expect(query.clauses).toHaveLength(1);
    expect(query.clauses[0]?.phrase).toBe(true);
    expect(planIndexTerms(query)).toEqual(['cong tac']);
  });

  it.each([[''], ['   '], ['"" ,,, !!'], ['x'.repeat(MAX_QUERY_CHARS + 1)], ['của']])(
    'rejects %j',
    (text) => {
      expect(() => planIndexTerms(parseSearchQuery(text))).toThrow(InvalidQueryError);
    },
  );

  it('gives two spellings of one query the same canonical form', () => {
    expect(parseSearchQuery('Thủy  điện').canonical).toBe(parseSearchQuery('thuỷ điện').canonical);
  });
});

describe('matchArticle', () => {
  it('finds accented text with a folded query', () => {
    const match = matchArticle(parseSearchQuery('xay dung dang'), ARTICLE);
    expect(match?.clauses.map((clause) => clause.count)).toEqual([2, 2, 2]);
    expect(match?.clauses.every((clause) => !clause.exact)).toBe(true);
  });

  it('marks clauses typed with the right diacritics as exact', () => {
    const match = matchArticle(parseSearchQuery('"xây dựng Đảng"'), ARTICLE);
    expect(match?.clauses[0]).toEqual({ count: 2, headingCount: 1, exact: true });
  });

  it('requires a phrase to be adjacent and inside one run', () => {
    expect(matchArticle(parseSearchQuery('"cà phê du lịch"'), ARTICLE)).toBeNull();
    expect(matchArticle(parseSearchQuery('"cao đã đổi"'), ARTICLE)).not.toBeNull();
    expect(matchArticle(parseSearchQuery('"năm nhiều"'), ARTICLE)).toBeNull();
  });

  it('requires every clause (AND)', () => {
    expect(matchArticle(parseSearchQuery('cà phê hồ tiêu'), ARTICLE)).toBeNull();
  });
});

describe('rankByRelevance', () => {
  const query = parseSearchQuery('lúa gạo');
  const build = (id: string, title: string, body: string, listedAt: string) => ({
    item: id,
    match: matchArticle(query, { title, body }) ?? (undefined as never),
    listedAt,
  });

  it('ranks exact-diacritic matches first, then BM25 (title and frequency count), then newest', () => {
    const ranked = rankByRelevance([
      build('folded', 'Lua gao xuat khau', 'lua gao lua gao lua gao', '2024-01-05'),
      build('once', 'Thời tiết', 'Nông dân bán lúa gạo.', '2024-01-04'),
      build('often', 'Lúa gạo mùa nổi', 'Giá lúa gạo tăng; lúa gạo được mùa.', '2024-01-03'),
      build('once-newer', 'Thời tiết', 'Nông dân bán lúa gạo.', '2024-01-06'),
    ]);
    expect(ranked.map((entry) => entry.item)).toEqual(['often', 'once-newer', 'once', 'folded']);
    expect(ranked[0]?.exactClauses).toBe(2);
    expect(ranked[3]?.exactClauses).toBe(0);
  });
});
