// Decides whether one line is a page widget, and which family.
import type { RemovalReason } from '#domain/article/types';
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

function isLanguageSwitch(folded: string): boolean {
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

function isMenuLine(text: string): boolean {
  const items = text.split(MENU_SEPARATOR).filter((item) => item.trim());
  const minItems = BREADCRUMB_SEPARATOR.test(text) ? BREADCRUMB_MIN_ITEMS : MENU_MIN_ITEMS;
  return (
    items.length >= minItems &&
    items.every((item) => (item.match(/\p{L}+/gu) ?? []).length <= MENU_ITEM_MAX_WORDS) &&
    !/[.!?]$/.test(text)
  );
}

const NO_FAMILIES: ReadonlySet<string> = new Set();

/**
 * Names of the topical families (weather, gold prices…) whose vocabulary occurs in the given prose:
 * on a page about the weather, "Thời tiết miền Bắc chuyển lạnh" is a headline, not the weather box.
 */
export function findTopicalFamilies(prose: readonly string[]): ReadonlySet<string> {
  const folded = prose.map((text) => foldDiacritics(text));
  return new Set(
    WIDGET_FAMILIES.filter(
      (family) =>
        family.topical === true &&
        family.patterns.some((pattern) => folded.some((text) => pattern.test(text))),
    ).map((family) => family.name),
  );
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
  return (folded.match(/\p{L}+/gu) ?? []).length <= INLINE_LINK_MAX_WORDS && !/[.!?…]$/.test(folded.trim());
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

/**
 * The widget family of a line, or null. The line must be short and, once the family phrases and filler
 * words are taken out, have at most `maxOtherWords` words left.
 */
export function matchWidget(
  text: string,
  maxOtherWords: number,
  strictFamilies: ReadonlySet<string> = NO_FAMILIES,
): WidgetMatch | null {
  const folded = foldDiacritics(text).replace(/\s+/g, ' ').trim();
  if (isLanguageSwitch(folded)) return { family: 'language-switch', reason: 'navigation' };
  if (isInlineRelatedLink(folded)) return { family: 'inline-related-link', reason: 'related-news' };
  const words = folded.match(/\p{L}+/gu) ?? [];
  if (words.length > WIDGET_MAX_WORDS) return null;
  if (!ANY_WIDGET_PATTERN.test(folded))
    return isMenuLine(text) ? { family: MENU_FAMILY, reason: 'navigation' } : null;
  let best: Candidate | null = null;
  let rest = folded;
  for (const { family, anyPattern, patterns } of GLOBAL_PATTERNS) {
    let covered = 0;
    if (anyPattern.test(folded)) {
      for (const pattern of patterns) {
        for (const found of folded.matchAll(pattern)) covered += found[0].trim().length;
      }
    }
    if (anyPattern.test(rest)) for (const pattern of patterns) rest = rest.replace(pattern, ' ');
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
