// Decides whether one line is a page widget, and which family.
import type { RemovalReason } from '#domain/article/types';
import { countLetterRuns, countLetterRunsExcept } from '#domain/text/letter-runs';
import {
  PatternPrefilter,
  hasGroup,
  intersects,
  isEmptyGroupSet,
  type GroupSet,
} from '#domain/text/literal-scanner';
import { foldDiacritics } from '#domain/text/normalize';
import type { Segment } from '#domain/text/segment';
import {
  INLINE_RELATED_LINK_FAMILY,
  LANGUAGE_NAMES,
  TOPICAL_FAMILY_NAMES,
  WIDGET_FAMILIES,
  type WidgetFamily,
} from './widget-families.ts';
import { WIDGET_MAX_WORDS } from './thresholds.ts';

export interface WidgetMatch {
  readonly family: string;
  readonly reason: RemovalReason;
}

interface Candidate {
  readonly match: WidgetMatch;
  /** Characters the family's phrases cover: the family covering most of the line names it. */
  readonly covered: number;
  readonly maxOtherWords: number | undefined;
}

// Words that glue widget phrases together without changing what the line is
// ("Thích và chia sẻ lên mạng", "Nhập bình luận của bạn").
const FILLER_WORDS = new Set([
  'va',
  'cua',
  'ban',
  'bai',
  'viet',
  'qua',
  'nay',
  'tai',
  'day',
  'cho',
  'tin',
  'voi',
  'tren',
  'len',
  'hay',
  'moi',
  'nhap',
  'cac',
  'o',
]);
const LONGEST_FILLER_WORD = Math.max(...[...FILLER_WORDS].map((word) => word.length));
const LANGUAGE_SEPARATOR = /\s*[|/·•,]\s*|\s+-\s+/;

const LANGUAGE_NAME_SET: ReadonlySet<string> = new Set(LANGUAGE_NAMES);

// The longest language name: a line whose first part is longer is no language switch.
const LONGEST_LANGUAGE_NAME = Math.max(...LANGUAGE_NAMES.map((name) => name.length));
const LANGUAGE_SEPARATOR_CHARACTER = /[|/·•,-]/;

function isLanguageSwitch(folded: string): boolean {
  // Nearly every line fails on its first part, a language name or nothing, before any separator: a
  // line with no separator character early enough is ruled out without running the separator pattern.
  const head = folded.slice(0, LONGEST_LANGUAGE_NAME + 2);
  if (!LANGUAGE_SEPARATOR_CHARACTER.test(head)) return false;
  const firstSeparator = LANGUAGE_SEPARATOR.exec(folded);
  if (firstSeparator === null) return false;
  if (firstSeparator.index > 0 && !LANGUAGE_NAME_SET.has(folded.slice(0, firstSeparator.index))) return false;
  const parts = folded.split(LANGUAGE_SEPARATOR).filter(Boolean);
  return parts.length >= 2 && parts.every((part) => LANGUAGE_NAMES.includes(part));
}

// A menu lists three or more short items between separators: "Thời sự | Kinh tế | Xã hội".
const MENU_SEPARATOR = /\s*[|•·»›>]\s*/;
const MENU_MIN_ITEMS = 3;
// Menu items are section names of one to four words; more reads like a headline with a separator.
const MENU_ITEM_MAX_WORDS = 4;

/** Family name given to menus recognised by shape rather than by vocabulary. */
export const MENU_FAMILY = 'menu';

// Breadcrumbs need only two items when the separator is an arrow ("Xã hội › Giáo dục"): headlines use
// "|" or "-" but never arrows.
const BREADCRUMB_SEPARATOR = /\s*[»›>→]\s*/;
const BREADCRUMB_MIN_ITEMS = 2;

// The separators' characters: a line without any is one item, never a menu, and needs no split.
const MENU_SEPARATOR_CHARACTER = /[|•·»›>]/;

function isMenuLine(text: string): boolean {
  if (!MENU_SEPARATOR_CHARACTER.test(text)) return false;
  const items = text.split(MENU_SEPARATOR).filter((item) => item.trim());
  const minItems = BREADCRUMB_SEPARATOR.test(text) ? BREADCRUMB_MIN_ITEMS : MENU_MIN_ITEMS;
  return (
    items.length >= minItems &&
    items.every((item) => countLetterRuns(item) <= MENU_ITEM_MAX_WORDS) &&
    !/[.!?]$/.test(text)
  );
}

const NO_FAMILIES: ReadonlySet<string> = new Set();

/**
 * Names of the topical families (weather, gold prices…) whose vocabulary occurs in the given prose:
 * on a page about the weather, "Thời tiết miền Bắc chuyển lạnh" is a headline, not the weather box.
 */
export function findTopicalFamilies(prose: readonly string[]): ReadonlySet<string> {
  return findTopicalFamiliesFolded(prose.map((text) => foldDiacritics(text)));
}

/**
 * findTopicalFamilies of the folded prose, each family looked for only when first asked about: most
 * pages have no line that a topical widget matches, and then the prose is never read; a page that asks
 * about one family (its weather box) has its prose searched for that family alone.
 */
export function lazyTopicalFamilies(foldedProse: () => readonly string[]): Pick<ReadonlySet<string>, 'has'> {
  let prose: readonly string[] | null = null;
  const found = new Map<string, boolean>();
  return {
    has(name) {
      const anyPattern = TOPICAL_PATTERN_BY_NAME.get(name);
      if (anyPattern === undefined) return false;
      let inProse = found.get(name);
      if (inProse === undefined) {
        prose ??= foldedProse();
        inProse = prose.some((text) => anyPattern.test(text));
        found.set(name, inProse);
      }
      return inProse;
    },
  };
}

/** findTopicalFamilies of prose already folded (foldDiacritics), as segments carry it. */
export function findTopicalFamiliesFolded(foldedProse: readonly string[]): ReadonlySet<string> {
  const found = new Set<WidgetFamily>();
  for (const text of foldedProse) {
    // Most paragraphs hold no topical pattern's literals at all: the prefilter rules them out.
    const candidates = TOPICAL_PREFILTER.candidates(text);
    if (isEmptyGroupSet(candidates)) continue;
    for (const { family, anyPattern, patternSet } of TOPICAL_FAMILY_PATTERNS)
      if (!found.has(family) && intersects(candidates, patternSet) && anyPattern.test(text))
        found.add(family);
  }
  // In the families' order, as callers may list them.
  return new Set(WIDGET_FAMILIES.filter((family) => found.has(family)).map((family) => family.name));
}

// "Xem thêm: <headline>", ">> Đọc thêm: …", "Tin liên quan: …" inside the article: a link to another
// article under a label, whatever the length of the headline after it. A label with nothing after its
// colon ("Tin liên quan:") heads a box of links on the lines under it, no link of its own.
const INLINE_RELATED_LINK =
  /^(?:>>|»|\*|-)?\s*(?:xem them|doc them|xem tiep|doc tiep|tin lien quan|bai lien quan|co the ban quan tam|video|clip|infographic|podcast|audio|e-?magazine)\s*(?:>>|»)?\s*:?\s*>*\s*[^\s:]/;
// Headlines stop at about 30 syllables; a longer line after such a label is a sentence.
const INLINE_LINK_MAX_WORDS = 35;

function isInlineRelatedLink(folded: string): boolean {
  const match = INLINE_RELATED_LINK.exec(folded);
  if (!match || !/:|>>|»/.test(match[0])) return false;
  return (
    countLetterRuns(folded, INLINE_LINK_MAX_WORDS) <= INLINE_LINK_MAX_WORDS && !/[.!?…]$/.test(folded.trim())
  );
}

/** One alternation of the given patterns (none uses flags or backreferences, so the union is exact). */
function unitePatterns(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'));
}

// Global copies of every pattern, compiled once: each line is matched against all of them. Most lines
// are prose that no pattern matches; the prefilter finds, in one pass over the line, the patterns whose
// required literals occur in it, and only those run (the cleaner's hottest loop).
const ALL_PATTERNS = WIDGET_FAMILIES.flatMap((family) => family.patterns);
const PATTERN_PREFILTER = new PatternPrefilter(ALL_PATTERNS);
/** Each family's patterns numbered on from the families before it: a prefilter's numbering of the
 *  families' patterns laid end to end. */
function numberFamilyPatterns(families: readonly WidgetFamily[]): number[][] {
  let first = 0;
  return families.map((family) => {
    const indices = family.patterns.map((_, offset) => first + offset);
    first += family.patterns.length;
    return indices;
  });
}

const FAMILY_PATTERNS = numberFamilyPatterns(WIDGET_FAMILIES).map((indices, familyIndex) => {
  const family = WIDGET_FAMILIES[familyIndex]!;
  return {
    family,
    anyPattern: unitePatterns(family.patterns),
    /** The family's patterns with their index in ALL_PATTERNS (the prefilter's numbering). */
    patterns: family.patterns.map((pattern, offset) => ({
      index: indices[offset]!,
      global: new RegExp(pattern.source, 'g'),
    })),
    patternSet: PATTERN_PREFILTER.groupSet(indices),
  };
});
// Each family as one bit, and each pattern's family bit: the families a line's candidate patterns
// belong to are then one integer, and the loop below skips the others without testing their sets.
if (FAMILY_PATTERNS.length > 31) throw new Error('family bits need one integer per line');
const FAMILY_BIT_OF_PATTERN = new Int32Array(ALL_PATTERNS.length);
FAMILY_PATTERNS.forEach(({ patterns }, familyIndex) => {
  for (const { index } of patterns) FAMILY_BIT_OF_PATTERN[index] = 1 << familyIndex;
});

/** The families (as bits, FAMILY_PATTERNS order) with a pattern among the candidates. */
function familiesOf(candidates: GroupSet): number {
  let families = 0;
  for (let word = 0; word < candidates.length; word++) {
    let bits = candidates[word]!;
    while (bits !== 0) {
      const lowest = bits & -bits;
      families |= FAMILY_BIT_OF_PATTERN[word * 32 + 31 - Math.clz32(lowest)]!;
      bits ^= lowest;
    }
  }
  return families;
}
// The prose of a page is screened for the topical families alone, with their own prefilter: its
// automaton is a fraction of the size of all families' one, and every paragraph goes through it.
const TOPICAL_FAMILIES = WIDGET_FAMILIES.filter((family) => TOPICAL_FAMILY_NAMES.has(family.name));
const TOPICAL_PREFILTER = new PatternPrefilter(TOPICAL_FAMILIES.flatMap((family) => family.patterns));
const TOPICAL_FAMILY_PATTERNS = numberFamilyPatterns(TOPICAL_FAMILIES).map((indices, familyIndex) => {
  const family = TOPICAL_FAMILIES[familyIndex]!;
  return {
    family,
    anyPattern: FAMILY_PATTERNS.find((entry) => entry.family === family)!.anyPattern,
    patternSet: TOPICAL_PREFILTER.groupSet(indices),
  };
});
// Each topical family's patterns as one, by name. Asked about one family, the prose is searched with
// that expression alone: a pattern matches only where its required literals occur, so the prefilter's
// screen adds nothing to one family's test, and the expression engine finds a handful of literals
// several times faster than a pass of the prefilter's automaton over every paragraph.
const TOPICAL_PATTERN_BY_NAME: ReadonlyMap<string, RegExp> = new Map(
  TOPICAL_FAMILY_PATTERNS.map(({ family, anyPattern }) => [family.name, anyPattern]),
);

// Text given to matchWidget may hold any white space; the widget vocabulary assumes single spaces.
// Segments come collapsed already (matchSegmentWidget). Four scans by the engine's own string search
// beat one hand-written pass over the characters.
const OTHER_SPACE = /[^\S ]/;

function collapseSpaces(folded: string): string {
  const collapsed =
    !OTHER_SPACE.test(folded) && !folded.includes('  ') && !folded.startsWith(' ') && !folded.endsWith(' ');
  return collapsed ? folded : folded.replace(/\s+/g, ' ').trim();
}

const FAMILY_BY_NAME = new Map(FAMILY_PATTERNS.map((entry) => [entry.family.name, entry]));

/**
 * A test of whether a line holds any phrase of the named families, whatever its length and other
 * words: for naming lines that another rule already removes (a long copyright line in a footer run).
 * The line is screened once for all the families, and only the families among its candidates run.
 */
export function familyVocabularyTest(familyNames: readonly string[]): (folded: string) => boolean {
  const entries = familyNames.map((name) => {
    const entry = FAMILY_BY_NAME.get(name);
    if (!entry) throw new Error(`no widget family named ${name}`);
    return entry;
  });
  const patternSet = PATTERN_PREFILTER.groupSet(
    entries.flatMap((entry) => entry.patterns.map((pattern) => pattern.index)),
  );
  return (folded) => {
    const candidates = PATTERN_PREFILTER.candidates(folded);
    if (!intersects(candidates, patternSet)) return false;
    return entries.some((entry) => intersects(candidates, entry.patternSet) && entry.anyPattern.test(folded));
  };
}

/**
 * Characters of the line the global pattern's matches cover (trimmed), as summing over
 * `text.matchAll(pattern)` would: an exec loop, because matchAll copies the expression on every call.
 * NO_MATCH when there is no match at all (an empty match covers 0 characters but is a match).
 */
function measureCoverage(text: string, pattern: RegExp): number {
  let covered = NO_MATCH;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    covered = Math.max(covered, 0) + found[0].trim().length;
    // An empty match would be found again at the same place; matchAll steps past it the same way.
    if (found[0] === '') pattern.lastIndex++;
  }
  return covered;
}
const NO_MATCH = -1;

/**
 * The widget family of a line, or null. The line must be short and, once the family phrases and filler
 * words are taken out, have at most `maxOtherWords` words left. `foldedText` is foldDiacritics(text)
 * when the caller has it already.
 */
export function matchWidget(
  text: string,
  maxOtherWords: number,
  strictFamilies: Pick<ReadonlySet<string>, 'has'> = NO_FAMILIES,
  foldedText: string = foldDiacritics(text),
): WidgetMatch | null {
  const folded = collapseSpaces(foldedText);
  return matchFoldedWidget(
    text,
    folded,
    countLetterRuns(folded, WIDGET_MAX_WORDS),
    maxOtherWords,
    strictFamilies,
  );
}

/** matchWidget of a segment: its folded text has its spaces collapsed and its letter runs are counted. */
export function matchSegmentWidget(
  segment: Pick<Segment, 'text' | 'folded' | 'features'>,
  maxOtherWords: number,
  strictFamilies: Pick<ReadonlySet<string>, 'has'> = NO_FAMILIES,
): WidgetMatch | null {
  // Folding keeps every letter, so the folded line has the text's letter runs but where it drops a
  // stray combining mark between two letters.
  return matchFoldedWidget(
    segment.text,
    segment.folded,
    segment.features.letterRunCount,
    maxOtherWords,
    strictFamilies,
  );
}

function matchFoldedWidget(
  text: string,
  folded: string,
  letterRuns: number,
  maxOtherWords: number,
  strictFamilies: Pick<ReadonlySet<string>, 'has'>,
): WidgetMatch | null {
  if (isLanguageSwitch(folded)) return { family: 'language-switch', reason: 'navigation' };
  if (isInlineRelatedLink(folded)) return { family: INLINE_RELATED_LINK_FAMILY, reason: 'related-news' };
  if (letterRuns > WIDGET_MAX_WORDS) return null;
  const candidates = PATTERN_PREFILTER.candidates(folded);
  if (isEmptyGroupSet(candidates))
    return isMenuLine(text) ? { family: MENU_FAMILY, reason: 'navigation' } : null;
  let best: Candidate | null = null;
  let rest = folded;
  // Patterns ruled out for the line may still match what is left once other phrases are taken out
  // (the gap closes two words into a phrase): the rest is screened again whenever it changes.
  let restCandidates = candidates;
  const lineFamilies = familiesOf(candidates);
  let restFamilies = lineFamilies;
  for (let familyIndex = 0; familyIndex < FAMILY_PATTERNS.length; familyIndex++) {
    const familyBit = 1 << familyIndex;
    // A family with no candidate pattern in the line or in the rest can neither match nor change the rest.
    if (((lineFamilies | restFamilies) & familyBit) === 0) continue;
    const { family, anyPattern, patterns } = FAMILY_PATTERNS[familyIndex]!;
    let covered = 0;
    let inFolded = false;
    for (const { index, global } of patterns) {
      if (!hasGroup(candidates, index)) continue;
      const coverage = measureCoverage(folded, global);
      if (coverage === NO_MATCH) continue;
      inFolded = true;
      covered += coverage;
    }
    // Until a family's phrases are taken out, the rest is the folded line itself: no second test.
    const inRest = rest === folded ? inFolded : (restFamilies & familyBit) !== 0 && anyPattern.test(rest);
    if (inRest) {
      for (const { index, global } of patterns) {
        if (!hasGroup(restCandidates, index)) continue;
        const replaced = rest.replace(global, ' ');
        if (replaced === rest) continue;
        rest = replaced;
        restCandidates = PATTERN_PREFILTER.candidates(rest);
        restFamilies = familiesOf(restCandidates);
      }
    }
    if (covered > 0 && (!best || covered > best.covered)) {
      best = {
        match: { family: family.name, reason: family.reason },
        covered,
        maxOtherWords: family.maxOtherWords,
      };
    }
  }
  if (!best) return isMenuLine(text) ? { family: MENU_FAMILY, reason: 'navigation' } : null;
  // Inside the body (allowance 0) no family gets extra room; elsewhere a family may widen the default.
  // A family the article itself writes about gets no room either (see `topical` in the families).
  const otherWords = countLetterRunsExcept(rest, FILLER_WORDS, LONGEST_FILLER_WORD);
  // A line that is all family phrases matches under any allowance: the article's own topics, which
  // take reading its prose, are asked only about lines with words to spare.
  if (otherWords === 0) return best.match;
  // A family the article writes about allows no other words: a line with more than the family would
  // allow anyway fails whatever the prose says, and is decided without reading it.
  const allowed = maxOtherWords === 0 ? 0 : Math.max(maxOtherWords, best.maxOtherWords ?? 0);
  return otherWords <= allowed && !strictFamilies.has(best.match.family) ? best.match : null;
}
