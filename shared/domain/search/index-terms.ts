// Which index terms an article is filed under. Two kinds, both on folded (diacritic-free) syllables:
//  - unigrams: every syllable whose folded form is not a stop syllable ("xay", "hanoi" never; "ha", "noi");
//  - bigrams of two ADJACENT stop syllables ("xay dung" is not one — "xay" is a unigram — but
//    "dung dang", "ban hang" are): they are the only way to find a query made only of common syllables.
// A syllable folded into the jusText stop list ("của" → "cua", "đang" → "dang") occurs in nearly every
// article: as a term its partition would take a write from every article and answer no query usefully.
// The stop test is on the FOLDED form, so every spelling that folds to a stop key is left out alike and
// each unigram partition is complete for its folded key — the property the query planner relies on.
import { VIETNAMESE_STOPWORDS } from '#domain/text/stopwords';
import { splitSyllableRuns, toSearchSyllable, type SearchSyllable } from './syllables.ts';

/**
 * At most this many terms per article: one write unit each (a term item is far below 1 KB), so the cap
 * bounds the write cost of an article at about this many WRU plus the article item. A typical 600-syllable
 * news article has ~200 distinct unigrams and ~120 stop bigrams; 240 keeps every title term and nearly
 * every body unigram while holding the average article under the 300-WRU budget (docs/storage.md).
 */
export const MAX_INDEXED_TERMS = 240;

/** Folded stop syllables: the jusText list folded, so "bản", "bán", "bàn" all fold to the stop key "ban". */
export const FOLDED_STOP_SYLLABLES: ReadonlySet<string> = new Set(
  [...VIETNAMESE_STOPWORDS].map((word) => toSearchSyllable(word.replace(/\.$/u, '')).folded),
);

export function isStopSyllable(folded: string): boolean {
  return FOLDED_STOP_SYLLABLES.has(folded);
}

export const buildBigramTerm = (first: string, second: string): string => `${first} ${second}`;

export interface IndexableText {
  readonly title: string | null;
  readonly kicker?: string | null;
  readonly captions?: readonly string[];
  readonly body: string;
}

interface TermTally {
  count: number;
  firstPosition: number;
  inHeading: boolean;
}

function tallyTerms(runs: readonly SearchSyllable[][], inHeading: boolean, tallies: Map<string, TermTally>) {
  let position = tallies.size;
  const add = (term: string) => {
    const tally = tallies.get(term);
    if (tally) {
      tally.count++;
      tally.inHeading ||= inHeading;
    } else tallies.set(term, { count: 1, firstPosition: position++, inHeading });
  };
  for (const run of runs) {
    run.forEach((syllable, index) => {
      if (!isStopSyllable(syllable.folded)) {
        add(syllable.folded);
        return;
      }
      const next = run[index + 1];
      if (next && isStopSyllable(next.folded)) add(buildBigramTerm(syllable.folded, next.folded));
    });
  }
}

/**
 * The article's index terms, most useful first, capped at MAX_INDEXED_TERMS: terms of the title, kicker
 * and captions, then the body's unigrams, then its bigrams, each group by frequency and first position.
 * Unigrams before bigrams because a unigram serves every query that contains its syllable, a bigram only
 * queries made entirely of stop syllables.
 */
export function buildIndexTerms(article: IndexableText): string[] {
  const tallies = new Map<string, TermTally>();
  const heading = [article.title ?? '', article.kicker ?? '', ...(article.captions ?? [])].join('\n');
  tallyTerms(splitSyllableRuns(heading), true, tallies);
  tallyTerms(splitSyllableRuns(article.body), false, tallies);
  const rank = ([term, tally]: [string, TermTally]) => (tally.inHeading ? 0 : term.includes(' ') ? 2 : 1);
  return [...tallies.entries()]
    .sort((a, b) => rank(a) - rank(b) || b[1].count - a[1].count || a[1].firstPosition - b[1].firstPosition)
    .slice(0, MAX_INDEXED_TERMS)
    .map(([term]) => term);
}
