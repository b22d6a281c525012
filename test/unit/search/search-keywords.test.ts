// The search use case over a fake repository: candidate intersection, stale entries, paging.
import { describe, expect, it } from 'vitest';
import type { ArticleRepository, SearchDocument, TermCandidates, TermRange } from '#ports/article-repository';
import { searchKeywords } from '#use-cases/search-keywords';

const idOf = (n: number) => `u${String(n).padStart(32, '0')}`;
const listedAtOf = (n: number) => `2024-01-${String(n).padStart(2, '0')}T00:00:00.000Z#${idOf(n)}`;

function buildDocument(n: number, body: string, listedAt = listedAtOf(n)): SearchDocument {
  return {
    id: idOf(n),
    title: null,
    kicker: null,
    body,
    captions: [],
    publishedAt: null,
    sortedAt: listedAt.slice(0, 24),
    source: null,
    url: null,
    province: null,
    provinceCode: null,
    newProvinceCode: null,
    listedAt,
  };
}

/**
 * Term partitions as lists of article numbers (newest first); `readCap` makes a partition answer with at
 * most that many entries, as a partition larger than the search's bound does.
 */
function buildRepository(
  partitions: Record<string, number[]>,
  documents: SearchDocument[],
  readCap: Record<string, number> = {},
): ArticleRepository {
  const byId = new Map(documents.map((document) => [document.id, document]));
  const repository: Partial<ArticleRepository> = {
    async findTermCandidates(term: string, range: TermRange, limit: number): Promise<TermCandidates> {
      const entries = (partitions[term] ?? [])
        .map((n) => ({ articleId: idOf(n), listedAt: listedAtOf(n) }))
        .filter((entry) => range.to === undefined || entry.listedAt <= `${range.to}\uffff`);
      const cap = Math.min(limit, readCap[term] ?? limit);
      return { items: entries.slice(0, cap), complete: entries.length <= cap };
    },
    async getSearchDocuments(ids: readonly string[]) {
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
  };
  return repository as ArticleRepository;
}

const MATCH = 'Nông dân thu hoạch vải thiều sớm.';
const request = { sort: 'newest' as const, limit: 10 };

describe('searchKeywords', () => {
  it('keeps only candidates every fully read partition agrees on', async () => {
    const repository = buildRepository(
      { vai: [5, 4, 3], thieu: [5, 3] },
      [5, 4, 3].map((n) => buildDocument(n, MATCH)),
    );
    const result = await searchKeywords({ ...request, q: 'vải thiều' }, repository);
    expect(result.items.map((item) => item.id)).toEqual([idOf(5), idOf(3)]);
  });

  it('lets a partially read partition decide only above its oldest entry read', async () => {
    // "vai" was read only down to article 8: article 2 is older, so its absence there proves nothing.
    const repository = buildRepository(
      { vai: [9, 8, 7, 6, 2], thieu: [9, 2] },
      [9, 2].map((n) => buildDocument(n, MATCH)),
      { vai: 2 },
    );
    const result = await searchKeywords({ ...request, q: 'vải thiều' }, repository);
    expect(result.items.map((item) => item.id)).toEqual([idOf(9), idOf(2)]);
  });

  it('skips entries left by a replaced record (listing key no longer the article’s)', async () => {
    const moved = buildDocument(4, MATCH, listedAtOf(6).replace(idOf(6), idOf(4)));
    const repository = buildRepository({ vai: [5, 4] }, [buildDocument(5, MATCH), moved]);
    const result = await searchKeywords({ ...request, q: 'vải' }, repository);
    expect(result.items.map((item) => item.id)).toEqual([idOf(5)]);
  });

  it('verifies the text: a candidate without the phrase is dropped', async () => {
    const repository = buildRepository({ vai: [5, 4], thieu: [5, 4] }, [
      buildDocument(5, MATCH),
      buildDocument(4, 'Vải được mùa, thiều thì mất giá.'),
    ]);
    const result = await searchKeywords({ ...request, q: '"vải thiều"' }, repository);
    expect(result.items.map((item) => item.id)).toEqual([idOf(5)]);
  });

  it('pages newest first below the cursor without repeats', async () => {
    const numbers = [9, 8, 7, 6, 5];
    const repository = buildRepository(
      { vai: numbers },
      numbers.map((n) => buildDocument(n, MATCH)),
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await searchKeywords(
        { ...request, q: 'vai', limit: 2, ...(cursor === null ? {} : { cursor }) },
        repository,
      );
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== null && seen.length < 10);
    expect(seen).toEqual(numbers.map(idOf));
  });
});
