// Title and kicker from the lines above the article body.
import type { SegmentFeatures } from '#domain/text/segment';
import { hasPhotoCredit } from './caption.ts';

export interface HeadLine {
  readonly index: number;
  readonly text: string;
  readonly features: SegmentFeatures;
}

export interface HeadingChoice {
  readonly titleIndex: number | null;
  readonly kickerIndex: number | null;
}

// Calibration: Vietnamese headlines run 5–30 syllables; 45 leaves room for long official titles while
// a lead paragraph (which also sits above the body on some sites) is longer.
const TITLE_MAX_WORDS = 45;
const TITLE_MIN_WORDS = 2;
// Digits-heavy lines (dates, scores, counters) are not headlines.
const TITLE_MAX_DIGIT_RATIO = 0.3;
const MENU_SEPARATOR = /\s[|»›>•·]\s/g;
// Two separators make a list of three items; a headline may hold one ("Hà Nội | Mưa lớn gây ngập").
const MENU_MIN_SEPARATORS = 2;
// A kicker sits right on top of the title; allow one line between (a date or a widget removed earlier).
const KICKER_MAX_DISTANCE = 2;

/** Whether a line above the body could be a headline or a kicker. */
export function isHeadingLike(text: string, features: SegmentFeatures): boolean {
  if (features.wordCount < TITLE_MIN_WORDS || features.wordCount > TITLE_MAX_WORDS) return false;
  if (features.digitRatio > TITLE_MAX_DIGIT_RATIO || hasPhotoCredit(text)) return false;
  // Menus and breadcrumbs list items between separators ("Thời sự | Kinh tế | Xã hội").
  if ((text.match(MENU_SEPARATOR) ?? []).length >= MENU_MIN_SEPARATORS) return false;
  // A full stop closes sentences, not headlines; ? ! … are fine ("Vì sao…?").
  return !/[^.]\.$/.test(text);
}

/**
 * Picks the title among heading-like candidate lines above the body: the one closest to the body, since
 * sites put kickers, section names and org names above the headline and never between it and the lead.
 * A candidate ending in ":" introduces the title and is a kicker, as is the candidate right above it.
 */
export function chooseTitle(candidates: readonly HeadLine[]): HeadingChoice {
  const usable = candidates.filter((line) => isHeadingLike(line.text, line.features));
  const titles = usable.filter((line) => !line.features.endsWithColon);
  const title = titles.at(-1);
  if (!title) return { titleIndex: null, kickerIndex: null };
  const above = usable.filter((line) => line.index < title.index).at(-1);
  const kicker = above && title.index - above.index <= KICKER_MAX_DISTANCE ? above : undefined;
  return { titleIndex: title.index, kickerIndex: kicker?.index ?? null };
}
