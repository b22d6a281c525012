// Relevance ranking over the candidate set: exact-diacritic matches first, then BM25, then newest.
import type { ArticleMatch } from './match-article.ts';

/** BM25's usual constants (Robertson and Zaragoza 2009): tf saturation and length normalisation. */
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/**
 * A title/caption occurrence counts as this many body occurrences: a word in the headline says more
 * about what an article is about than one in its fifth paragraph. 3 is the usual field boost of
 * BM25F setups for news titles.
 */
const HEADING_WEIGHT = 3;

export interface RankedCandidate<T> {
  readonly item: T;
  readonly match: ArticleMatch;
  /** `<instant>#<id>`: newest first breaks ties, and the order is total, so pages never overlap. */
  readonly listedAt: string;
}

export interface RankedResult<T> {
  readonly item: T;
  readonly score: number;
  /** Clauses whose diacritics matched exactly as typed. */
  readonly exactClauses: number;
}

export function rankByRelevance<T>(candidates: readonly RankedCandidate<T>[]): RankedResult<T>[] {
  if (candidates.length === 0) return [];
  const total = candidates.length;
  const averageLength = candidates.reduce((sum, candidate) => sum + candidate.match.length, 0) / total;
  const clauseCount = candidates[0]?.match.clauses.length ?? 0;
  const documentFrequency = Array.from(
    { length: clauseCount },
    (_, index) => candidates.filter((candidate) => (candidate.match.clauses[index]?.count ?? 0) > 0).length,
  );
  const scored = candidates.map((candidate) => {
    const lengthNorm = 1 - BM25_B + (BM25_B * candidate.match.length) / Math.max(averageLength, 1);
    let score = 0;
    candidate.match.clauses.forEach((clause, index) => {
      const frequency = documentFrequency[index] ?? total;
      const idf = Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
      const tf = clause.count + (HEADING_WEIGHT - 1) * clause.headingCount;
      score += (idf * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * lengthNorm);
    });
    const exactClauses = candidate.match.clauses.filter((clause) => clause.exact).length;
    return { candidate, score, exactClauses };
  });
  scored.sort(
    (a, b) =>
      b.exactClauses - a.exactClauses ||
      b.score - a.score ||
      (a.candidate.listedAt < b.candidate.listedAt
        ? 1
        : a.candidate.listedAt > b.candidate.listedAt
          ? -1
          : 0),
  );
  return scored.map(({ candidate, score, exactClauses }) => ({ item: candidate.item, score, exactClauses }));
}
