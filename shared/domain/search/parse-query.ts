// Keyword queries as people type them: words with or without diacritics, "quoted phrases", every
// clause required (AND). Pure: the search use case plans index lookups from the result.
import { buildBigramTerm, isStopSyllable } from './index-terms.ts';
import { splitSyllableRuns, type SearchSyllable } from './syllables.ts';

/** A query is a few words; the cap keeps a pasted paragraph from turning into dozens of lookups. */
export const MAX_QUERY_CHARS = 200;
/** Clauses beyond this add nothing a reader can check and only cost verification work. */
export const MAX_QUERY_CLAUSES = 10;

export class InvalidQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidQueryError';
  }
}

/** One required part of a query: a single syllable, or a phrase whose syllables must be adjacent. */
export interface QueryClause {
  readonly syllables: readonly SearchSyllable[];
  readonly phrase: boolean;
}

export interface SearchQuery {
  readonly clauses: readonly QueryClause[];
  /** Canonical text of the query (folded clauses), for cursors: two spellings of one query page alike. */
  readonly canonical: string;
}

const QUOTED = /["“”]([^"“”]*)["“”]?/gu;

function toClauses(text: string, phrase: boolean): QueryClause[] {
  const syllables = splitSyllableRuns(text).flat();
  if (phrase) return syllables.length > 0 ? [{ syllables, phrase: syllables.length > 1 }] : [];
  return syllables.map((syllable) => ({ syllables: [syllable], phrase: false }));
}

export function parseSearchQuery(text: string): SearchQuery {
  if (text.length > MAX_QUERY_CHARS) {
    throw new InvalidQueryError(`q is longer than ${MAX_QUERY_CHARS} characters`);
  }
  const clauses: QueryClause[] = [];
  const unquoted = text.replace(QUOTED, (_match, inner: string) => {
    clauses.push(...toClauses(inner, true));
    return ' ';
  });
  clauses.push(...toClauses(unquoted, false));
  if (clauses.length === 0) throw new InvalidQueryError('q has no words to search for');
  if (clauses.length > MAX_QUERY_CLAUSES) {
    throw new InvalidQueryError(`q has more than ${MAX_QUERY_CLAUSES} words and phrases`);
  }
  // A query of common syllables only ("xay dung") has no unigram to look up: read as the phrase a
  // person typing it means, it is found through its bigrams.
  const allCommon = clauses.every((clause) =>
    clause.syllables.every((syllable) => isStopSyllable(syllable.folded)),
  );
  const looseWords = clauses.filter((clause) => !clause.phrase);
  const planned =
    allCommon && looseWords.length > 1 && looseWords.length === clauses.length
      ? [{ syllables: looseWords.flatMap((clause) => clause.syllables), phrase: true }]
      : clauses;
  const canonical = planned
    .map((clause) => {
      const words = clause.syllables.map((syllable) => syllable.exact).join(' ');
      return clause.phrase ? `"${words}"` : words;
    })
    .join(' ');
  return { clauses: planned, canonical };
}

/**
 * The index terms that can find the query's matches, each one complete on its own: the folded unigram of
 * every non-stop syllable, and the bigrams of adjacent stop syllables inside phrases. Every matching
 * article is in each of these partitions (up to the per-article term cap), so the rarest is enough to
 * fetch candidates and the others only narrow them.
 */
export function planIndexTerms(query: SearchQuery): string[] {
  const terms = new Set<string>();
  for (const clause of query.clauses) {
    clause.syllables.forEach((syllable, index) => {
      if (!isStopSyllable(syllable.folded)) {
        terms.add(syllable.folded);
        return;
      }
      const next = clause.syllables[index + 1];
      if (clause.phrase && next && isStopSyllable(next.folded)) {
        terms.add(buildBigramTerm(syllable.folded, next.folded));
      }
    });
  }
  if (terms.size === 0) {
    throw new InvalidQueryError(
      'q has only very common words; add a less common word or quote a phrase of two or more words',
    );
  }
  return [...terms];
}
