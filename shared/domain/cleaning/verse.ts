// Verse: a poem printed whole on a literature page, or a stanza quoted in a culture article. Its lines
// are short, open with a capital and seldom end with a sentence's punctuation, so the classifier drops
// them as it drops headlines, and the article gate would count them as a listing's headlines. What
// sets a stanza apart is its metre: Vietnamese verse counts syllables, all lines of one length
// (five-syllable and seven-syllable verse, "ngũ ngôn", "thất ngôn") or six and eight in turn ("lục
// bát"). And verse rhymes. Headlines of a related list are longer, of any length, and rhyme by chance.
import type { Segment } from '#domain/text/segment';

// A stanza has four lines at least; fewer lines of one length happen by chance.
const STANZA_MIN_LINES = 4;
// The shortest line of one-length verse is four syllables, the longest lục bát's eight.
const VERSE_LINE_MIN_WORDS = 4;
const VERSE_LINE_MAX_WORDS = 8;
const LUC_BAT_SHORT = 6;
const LUC_BAT_LONG = 8;
// Verse opens each line with a capital, writes no figures, and names few people: at most half its
// syllables capitalised ("Mẹ nghiêng vành nón giữa dòng lúa trôi").
const VERSE_MAX_CAPITALISED_RATIO = 0.5;
// Letters, spaces and the light punctuation of verse, nothing else: no separators, figures or colons.
const VERSE_LINE = /^\p{Lu}[\p{L} ,.!?…'"“”‘’]*$/u;

/** Whether a line could be a line of verse by its own shape (its metre is the stanza's to judge). */
export function isVerseShaped({ text, features }: Pick<Segment, 'text' | 'features'>): boolean {
  // The counts first: most lines are far longer than any line of verse.
  return (
    features.wordCount >= VERSE_LINE_MIN_WORDS &&
    features.wordCount <= VERSE_LINE_MAX_WORDS &&
    features.digitRatio === 0 &&
    features.capitalisedRatio <= VERSE_MAX_CAPITALISED_RATIO &&
    VERSE_LINE.test(text)
  );
}

export type Metre = 'one-length' | 'luc-bat';

/** The metre syllable counts follow, all one length or six and eight in turn, or null. */
export function readMetre(counts: readonly number[]): Metre | null {
  if (counts.length < STANZA_MIN_LINES) return null;
  if (counts.every((count) => count === counts[0])) return 'one-length';
  const lucBat = counts.every(
    (count, k) => (count === LUC_BAT_SHORT || count === LUC_BAT_LONG) && (k === 0 || count !== counts[k - 1]),
  );
  return lucBat ? 'luc-bat' : null;
}

// The consonants a Vietnamese syllable may open with, folded, longest first: what is left is its rime.
const INITIAL_CONSONANT = /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])/;

/** A folded syllable's rime, its vowel and final: "dong" (from "đồng") and "dong" ("dòng") as "ong". */
export function rimeOf(foldedSyllable: string): string {
  return foldedSyllable.replace(INITIAL_CONSONANT, '');
}

const syllablesOf = (folded: string): string[] =>
  folded
    .replace(/[^a-z ]/g, '')
    .split(' ')
    .filter(Boolean);

// Half the places a metre rhymes must rhyme; lines that merely share a length seldom do.
const MIN_RHYMING_SHARE = 0.5;
// One-length verse rhymes a line's last syllable with one of the next lines' (AABA, ABCB quatrains).
const RHYME_REACH = 3;

/**
 * Whether folded lines rhyme as their metre wants: in lục bát the sixth syllable of the six-syllable
 * line with the sixth of the eight-syllable line under it; in one-length verse line ends with one
 * another.
 */
export function rhymes(foldedLines: readonly string[], metre: Metre): boolean {
  const syllables = foldedLines.map(syllablesOf);
  let places = 0;
  let rhyming = 0;
  if (metre === 'luc-bat') {
    for (let k = 0; k + 1 < syllables.length; k++) {
      if (syllables[k]!.length !== LUC_BAT_SHORT) continue;
      places++;
      if (rimeOf(syllables[k]![5] ?? '') === rimeOf(syllables[k + 1]![5] ?? '')) rhyming++;
    }
  } else {
    const ends = syllables.map((line) => rimeOf(line.at(-1) ?? ''));
    for (let k = 0; k + 1 < ends.length; k++) {
      places++;
      if (ends.slice(k + 1, k + 1 + RHYME_REACH).includes(ends[k]!)) rhyming++;
    }
  }
  return places > 0 && rhyming >= places * MIN_RHYMING_SHARE;
}

/**
 * Indices of the lines that make up stanzas: runs of consecutive lines the caller admits
 * (`isCandidate`), each verse-shaped, whose syllable counts follow a metre and which rhyme as it wants.
 */
export function findStanzaLines<Line extends { readonly segment: Segment }>(
  lines: readonly Line[],
  isCandidate: (line: Line) => boolean,
): ReadonlySet<number> {
  const stanzaLines = new Set<number>();
  let runStart = 0;
  const closeRun = (end: number) => {
    if (end - runStart < STANZA_MIN_LINES) return;
    const run = lines.slice(runStart, end);
    const metre = readMetre(run.map((line) => line.segment.features.wordCount));
    if (
      metre === null ||
      !rhymes(
        run.map((line) => line.segment.folded),
        metre,
      )
    )
      return;
    for (let i = runStart; i < end; i++) stanzaLines.add(i);
  };
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line !== undefined && isCandidate(line) && isVerseShaped(line.segment)) continue;
    closeRun(i);
    runStart = i + 1;
  }
  return stanzaLines;
}
