// Title and kicker from the lines above the article body.
import type { SegmentFeatures } from '#domain/text/segment';
import { foldDiacritics } from '#domain/text/normalize';
import { hasPhotoCredit, scoreCaptionCues } from './caption.ts';
import { isWeekdayLine } from './published-at.ts';

export interface HeadLine {
  readonly index: number;
  readonly text: string;
  readonly features: SegmentFeatures;
  /** foldDiacritics(text), when the caller has it already (a segment's `folded`). */
  readonly folded?: string;
}

export interface HeadingChoice {
  readonly titleIndex: number | null;
  readonly kickerIndex: number | null;
  /** A photo caption printed between the title and the lead. */
  readonly captionIndex: number | null;
  /** Lines naming the site itself ("Báo Điện tử tỉnh X", "baoxyz.vn"): masthead, not kicker. */
  readonly siteNameIndices: readonly number[];
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
// Kickers are short labels ("Đảng bộ huyện X", "Kinh tế"); a long line above the title is another
// headline of a sidebar, unless it ends with ":" and so introduces the title.
const KICKER_MAX_WORDS = 12;

// A relative time stamps the page without a date ("Hôm qua lúc 10:30", "Cập nhật: 5 phút trước",
// "Vừa xong"): no headline reads like that.
const RELATIVE_TIME_LINE =
  /^(?:(?:cap nhat|dang|updated)\s*:?\s*)?(?:hom qua|hom kia|vua xong|vua dang|\d+\s*(?:giay|phut|gio|ngay|tuan|thang|nam)\s*truoc)(?:\s*,?\s*(?:luc\s*)?\d{1,2}\s*[:h]\s*\d{2})?$/;

function isRelativeTimeLine(folded: string): boolean {
  // The words every such stamp holds rule most lines out before the expression runs.
  if (!folded.includes('truoc') && !folded.includes('hom ') && !folded.includes('vua ')) return false;
  return RELATIVE_TIME_LINE.test(folded);
}

// The bullets that open a list's items ("* Thời sự", "• Kinh tế", "- Xã hội"): above the title, a menu
// printed as a list; no headline or kicker opens with one.
const LIST_BULLETS: ReadonlySet<string> = new Set(['*', '•', '+', '-']);

function opensWithListBullet(text: string): boolean {
  return text.charCodeAt(1) === 0x20 && LIST_BULLETS.has(text[0]!);
}

/** Whether a line above the body could be a headline or a kicker; `folded` as in HeadLine. */
export function isHeadingLike(text: string, features: SegmentFeatures, folded?: string): boolean {
  if (features.wordCount < TITLE_MIN_WORDS || features.wordCount > TITLE_MAX_WORDS) return false;
  if (opensWithListBullet(text) || isWeekdayLine(text)) return false;
  if (features.digitRatio > TITLE_MAX_DIGIT_RATIO || hasPhotoCredit(text, folded)) return false;
  if (isRelativeTimeLine(folded ?? foldDiacritics(text))) return false;
  // Menus and breadcrumbs list items between separators ("Thời sự | Kinh tế | Xã hội").
  if ((text.match(MENU_SEPARATOR) ?? []).length >= MENU_MIN_SEPARATORS) return false;
  // A full stop closes sentences, not headlines; ? ! … are fine ("Vì sao…?").
  return !/[^.]\.$/.test(text);
}

// A site's own name above the headline: "Báo Nhân Dân điện tử", "Cổng thông tin điện tử tỉnh X",
// "Đài Phát thanh và Truyền hình …", a domain. Capitals after "Báo" tell the paper from "Báo cáo".
const SITE_NAME_START = /^(Báo|Tạp chí|Đài|Kênh|Thông tấn xã|Trang tin|Tin tức)\s+\p{Lu}/u;
const SITE_NAME_FOLDED =
  /^(cong|trang) thong tin( dien tu)?\b|^website\b|\b[a-z0-9-]+\.(vn|com|net|org|info)\b|\b(online|dien tu|news|tv)$/;
// Site names are short; a longer line starting with "Báo …" is a headline about a paper.
const SITE_NAME_MAX_WORDS = 10;
// A caption between title and lead shows a scene or people acting (two cues), see caption.ts.
const HEAD_CAPTION_MIN_CUES = 2;

/** Whether a short head line names the site rather than the article; `folded` as in HeadLine. */
export function looksLikeSiteName(text: string, features: SegmentFeatures, folded?: string): boolean {
  if (features.wordCount > SITE_NAME_MAX_WORDS) return false;
  return SITE_NAME_START.test(text) || SITE_NAME_FOLDED.test(folded ?? foldDiacritics(text));
}

// A page's <title>, which some crawlers print as the first line, names the site after the headline:
// "… - Báo Sơn Cước", "… | Cổng thông tin điện tử tỉnh X".
const SITE_NAME_SEPARATOR = / [-–|] (?=[^-–|]+$)/;

/** The headline without the site's name after it, when the line carries one (see looksLikeSiteName). */
export function withoutSiteName(title: string): string {
  const separator = SITE_NAME_SEPARATOR.exec(title);
  if (!separator) return title;
  const site = title.slice(separator.index + separator[0].length);
  const words = site.split(' ').length;
  if (words > SITE_NAME_MAX_WORDS) return title;
  const named = SITE_NAME_START.test(site) || SITE_NAME_FOLDED.test(foldDiacritics(site));
  return named ? title.slice(0, separator.index) : title;
}

/**
 * Picks the title among heading-like candidate lines above the body: the one closest to the body, since
 * sites put kickers, section names and org names above the headline and never between it and the lead.
 * A candidate ending in ":" introduces the title and is a kicker, as is the candidate right above it.
 * Two exceptions: a site name is never title or kicker, and when the closest candidate describes a
 * photo and something (a date, a byline) separates it from a candidate above, that one is the title.
 */
export function chooseTitle(candidates: readonly HeadLine[]): HeadingChoice {
  const siteNames = candidates.filter((line) => looksLikeSiteName(line.text, line.features, line.folded));
  const usable = candidates.filter(
    (line) => isHeadingLike(line.text, line.features, line.folded) && !siteNames.includes(line),
  );
  const titles = usable.filter((line) => !line.features.endsWithColon);
  let title = titles.at(-1);
  let caption: HeadLine | undefined;
  const previous = titles.at(-2);
  if (
    title &&
    previous &&
    title.index - previous.index > 1 &&
    scoreCaptionCues(title.text, title.folded) >= HEAD_CAPTION_MIN_CUES
  ) {
    caption = title;
    title = previous;
  }
  const siteNameIndices = siteNames.map((line) => line.index);
  if (!title) return { titleIndex: null, kickerIndex: null, captionIndex: null, siteNameIndices };
  const titleIndex = title.index;
  const above = usable.filter((line) => line.index < titleIndex).at(-1);
  const kicker =
    above &&
    titleIndex - above.index <= KICKER_MAX_DISTANCE &&
    (above.features.endsWithColon || above.features.wordCount <= KICKER_MAX_WORDS)
      ? above
      : undefined;
  return {
    titleIndex,
    kickerIndex: kicker?.index ?? null,
    captionIndex: caption?.index ?? null,
    siteNameIndices,
  };
}
