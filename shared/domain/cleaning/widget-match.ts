// Decides whether one line is a page widget, and which family.
import type { RemovalReason } from '#domain/article/types';
import { countLetterRuns } from '#domain/text/letter-runs';
import { foldDiacritics } from '#domain/text/normalize';
import { LANGUAGE_NAMES, WIDGET_FAMILIES } from './widget-families.ts';
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
const LANGUAGE_SEPARATOR = /\s*[|/·•,]\s*|\s+-\s+/;

const LANGUAGE_NAME_SET: ReadonlySet<string> = new Set(LANGUAGE_NAMES);

function isLanguageSwitch(folded: string): boolean {
  // Nearly every line fails on its first part: rule that out before splitting the whole line.
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

/** findTopicalFamilies of prose already folded (foldDiacritics), as segments carry it. */
export function findTopicalFamiliesFolded(foldedProse: readonly string[]): ReadonlySet<string> {
  const found = new Set<string>();
  for (const text of foldedProse) {
    // Most paragraphs use no topical vocabulary at all: one scan with the union rules them out.
    if (!ANY_TOPICAL_PATTERN.test(text)) continue;
    for (const { name, anyPattern } of TOPICAL_PATTERNS)
      if (!found.has(name) && anyPattern.test(text)) found.add(name);
  }
  // In the families' order, as callers may list them.
  return new Set(TOPICAL_PATTERNS.filter(({ name }) => found.has(name)).map(({ name }) => name));
}

// "Xem thêm: <headline>", ">> Đọc thêm: …", "Tin liên quan: …" inside the article: a link to another
// article under a label, whatever the length of the headline after it.
const INLINE_RELATED_LINK =
  /^(?:>>|»|\*|-)?\s*(?:xem them|doc them|xem tiep|doc tiep|tin lien quan|bai lien quan|co the ban quan tam|video|clip)\s*(?:>>|»)?\s*:?\s*>*\s*\S/;
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
// are prose that no family matches, so one combined test per line, and one per family, rule them out
// before the per-pattern work that measures coverage (the cleaner's hottest loop).
const GLOBAL_PATTERNS = WIDGET_FAMILIES.map((family) => ({
  family,
  anyPattern: unitePatterns(family.patterns),
  patterns: family.patterns.map((pattern) => new RegExp(pattern.source, 'g')),
}));
const ANY_WIDGET_PATTERN = unitePatterns(WIDGET_FAMILIES.flatMap((family) => family.patterns));
// One alternation per topical family: a family is topical when any of its patterns occurs in the prose.
const TOPICAL_PATTERNS = WIDGET_FAMILIES.filter((family) => family.topical === true).map((family) => ({
  name: family.name,
  anyPattern: unitePatterns(family.patterns),
}));
const ANY_TOPICAL_PATTERN = unitePatterns(
  WIDGET_FAMILIES.filter((family) => family.topical === true).flatMap((family) => family.patterns),
);
// Segments are trimmed and their spaces folded already; only a rare line (vertical tab, line
// separator) needs the collapsing the widget vocabulary assumes.
const OTHER_SPACE = /[^\S ]/;

function collapseSpaces(folded: string): string {
  const collapsed =
    !OTHER_SPACE.test(folded) && !folded.includes('  ') && !folded.startsWith(' ') && !folded.endsWith(' ');
  return collapsed ? folded : folded.replace(/\s+/g, ' ').trim();
}

/**
 * Characters of the line the global pattern's matches cover (trimmed), as summing over
 * `text.matchAll(pattern)` would: an exec loop, because matchAll copies the expression on every call.
 */
function measureCoverage(text: string, pattern: RegExp): number {
  let covered = 0;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    covered += found[0].trim().length;
    // An empty match would be found again at the same place; matchAll steps past it the same way.
    if (found[0] === '') pattern.lastIndex++;
  }
  return covered;
}

/**
 * The widget family of a line, or null. The line must be short and, once the family phrases and filler
 * words are taken out, have at most `maxOtherWords` words left. `foldedText` is foldDiacritics(text)
 * when the caller has it already (a segment's `folded`).
 */
export function matchWidget(
  text: string,
  maxOtherWords: number,
  strictFamilies: ReadonlySet<string> = NO_FAMILIES,
  foldedText: string = foldDiacritics(text),
): WidgetMatch | null {
  const folded = collapseSpaces(foldedText);
  if (isLanguageSwitch(folded)) return { family: 'language-switch', reason: 'navigation' };
  if (isInlineRelatedLink(folded)) return { family: 'inline-related-link', reason: 'related-news' };
  if (countLetterRuns(folded, WIDGET_MAX_WORDS) > WIDGET_MAX_WORDS) return null;
  if (!ANY_WIDGET_PATTERN.test(folded))
    return isMenuLine(text) ? { family: MENU_FAMILY, reason: 'navigation' } : null;
  let best: Candidate | null = null;
  let rest = folded;
  for (const { family, anyPattern, patterns } of GLOBAL_PATTERNS) {
    let covered = 0;
    const inFolded = anyPattern.test(folded);
    if (inFolded) {
      for (const pattern of patterns) covered += measureCoverage(folded, pattern);
    }
    // Until a family's phrases are taken out, the rest is the folded line itself: no second test.
    const inRest = rest === folded ? inFolded : anyPattern.test(rest);
    if (inRest) for (const pattern of patterns) rest = rest.replace(pattern, ' ');
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
  const allowed =
    maxOtherWords === 0 || strictFamilies.has(best.match.family)
      ? 0
      : Math.max(maxOtherWords, best.maxOtherWords ?? 0);
  const otherWords = (rest.match(/\p{L}+/gu) ?? []).filter((word) => !FILLER_WORDS.has(word));
  return otherWords.length <= allowed ? best.match : null;
}
