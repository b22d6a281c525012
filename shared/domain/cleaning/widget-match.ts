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

function isMenuLine(text: string): boolean {
  const items = text.split(MENU_SEPARATOR).filter((item) => item.trim());
  return (
    items.length >= MENU_MIN_ITEMS &&
    items.every((item) => (item.match(/\p{L}+/gu) ?? []).length <= MENU_ITEM_MAX_WORDS) &&
    !/[.!?]$/.test(text)
  );
}

// Global copies of every pattern, compiled once: each line is matched against all of them.
const GLOBAL_PATTERNS = WIDGET_FAMILIES.map((family) => ({
  family,
  patterns: family.patterns.map((pattern) => new RegExp(pattern.source, 'g')),
}));

/**
 * The widget family of a line, or null. The line must be short and, once the family phrases and filler
 * words are taken out, have at most `maxOtherWords` words left.
 */
export function matchWidget(text: string, maxOtherWords: number): WidgetMatch | null {
  const folded = foldDiacritics(text).replace(/\s+/g, ' ').trim();
  if (isLanguageSwitch(folded)) return { family: 'language-switch', reason: 'navigation' };
  const words = folded.match(/\p{L}+/gu) ?? [];
  if (words.length > WIDGET_MAX_WORDS) return null;
  let best: Candidate | null = null;
  let rest = folded;
  for (const { family, patterns } of GLOBAL_PATTERNS) {
    let covered = 0;
    for (const pattern of patterns) {
      for (const found of folded.matchAll(pattern)) covered += found[0].trim().length;
      rest = rest.replace(pattern, ' ');
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
  const allowed = maxOtherWords === 0 ? 0 : Math.max(maxOtherWords, best.maxOtherWords ?? 0);
  const otherWords = (rest.match(/\p{L}+/gu) ?? []).filter((word) => !FILLER_WORDS.has(word));
  return otherWords.length <= allowed ? best.match : null;
}
