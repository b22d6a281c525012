// Verifies a candidate against the query on its full text (the index only narrows candidates) and
// measures what ranking needs: occurrences per clause, whether the diacritics matched as typed, length.
import type { QueryClause, SearchQuery } from './parse-query.ts';
import { splitSyllableRuns, type SearchSyllable } from './syllables.ts';
import type { IndexableText } from './index-terms.ts';

export interface ClauseMatch {
  /** Occurrences in the whole text, title included. */
  readonly count: number;
  /** Occurrences in the title, kicker and captions. */
  readonly headingCount: number;
  /** True when at least one occurrence has the diacritics exactly as typed. */
  readonly exact: boolean;
}

export interface ArticleMatch {
  readonly clauses: readonly ClauseMatch[];
  /** Syllables in the text: BM25's document length. */
  readonly length: number;
}

interface Occurrences {
  count: number;
  exact: boolean;
}

function countOccurrences(runs: readonly SearchSyllable[][], clause: QueryClause): Occurrences {
  const wanted = clause.syllables;
  const result: Occurrences = { count: 0, exact: false };
  for (const run of runs) {
    for (let start = 0; start + wanted.length <= run.length; start++) {
      let folded = true;
      let exact = true;
      for (let offset = 0; offset < wanted.length && folded; offset++) {
        const have = run[start + offset] as SearchSyllable;
        const want = wanted[offset] as SearchSyllable;
        folded = have.folded === want.folded;
        exact &&= have.exact === want.exact;
      }
      if (!folded) continue;
      result.count++;
      result.exact ||= exact;
    }
  }
  return result;
}

/** Null unless every clause occurs: AND semantics, phrases as adjacent syllables within one run. */
export function matchArticle(query: SearchQuery, article: IndexableText): ArticleMatch | null {
  const headingRuns = splitSyllableRuns(
    [article.title ?? '', article.kicker ?? '', ...(article.captions ?? [])].join('\n'),
  );
  const bodyRuns = splitSyllableRuns(article.body);
  const clauses: ClauseMatch[] = [];
  for (const clause of query.clauses) {
    const heading = countOccurrences(headingRuns, clause);
    const body = countOccurrences(bodyRuns, clause);
    if (heading.count + body.count === 0) return null;
    clauses.push({
      count: heading.count + body.count,
      headingCount: heading.count,
      exact: heading.exact || body.exact,
    });
  }
  const length = [...headingRuns, ...bodyRuns].reduce((sum, run) => sum + run.length, 0);
  return { clauses, length };
}
