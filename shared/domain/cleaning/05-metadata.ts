// Stage 05: metadata lines around the body. Above it: the date line, the title and its kicker. Below
// it, before the footer widgets: source line, byline or bare author name and the author's role line.
// Lines that fed a field leave the body with reason "metadata"; the masthead prefix of the lead stays.
import {
  parseBareNameLine,
  parseBylineLine,
  parseNameBeforeDate,
  parseProductionCredit,
} from '#domain/metadata/author';
import { isDateLine, isTodayClockLine, parsePublishedAt } from '#domain/metadata/published-at';
import { parseDomainLine, parseMastheadPrefix, parseSourceLine } from '#domain/metadata/source';
import { chooseTitle, isHeadingLike, withoutSiteName, type HeadLine } from '#domain/metadata/title';
import { listNewProvinces, listOldProvinces } from '#domain/provinces/province-registry';
import { foldDiacritics, normalizeText } from '#domain/text/normalize';
import type { Segment } from '#domain/text/segment';
import { readHeaderTitle } from './reader-header.ts';
import { findBodyRegion } from './regions.ts';
import {
  changeLine,
  changeMetadata,
  makeState,
  withLines,
  type CleaningLine,
  type CleaningState,
  type ExtractedMetadata,
  type LineChange,
} from './types.ts';
import { AUTHOR_BIO_FAMILY } from './widget-families.ts';

// A role line under a byline ("Tỉnh ủy viên, Bí thư …") is a short phrase, not a sentence.
const ROLE_LINE_MAX_WORDS = 25;
// Some sites print the date line under the lead or the first photo; a few lines below the body's start
// is still "near the top", while an event date deeper in the text never is.
const DATE_LOOKAHEAD_LINES = 3;
// Below the lead only a bare date line counts: "Ảnh chụp ngày 12/3/2024" under a photo is no date line.
const DATE_LOOKAHEAD_MAX_OTHER_WORDS = 0;
// A date line this many lines or more above the title sits in the page header, not by the article:
// between a header clock and the title come the logo, menus, search and breadcrumbs, while article
// dates are printed right above or below the title (a section name or kicker in between at most).
const HEADER_CLOCK_MIN_LINES_TO_TITLE = 4;
// A name beside the date line is the author when a headline stands this close above it (the title, or
// a kicker and the title).
const KICKER_SEARCH_LINES = 2;

/**
 * The stage's working copy: its own array of lines (copied once from the input state, which stays
 * untouched) whose entries the helpers below replace in place. Copying the whole array for every line
 * marked made the stage quadratic in the page's length.
 */
interface Draft {
  readonly lines: CleaningLine[];
  metadata: ExtractedMetadata;
}

/** Replaces one line of the draft with a changed copy (the line objects themselves stay immutable). */
function updateLine(draft: Draft, index: number, change: LineChange): void {
  const line = draft.lines[index];
  if (line) draft.lines[index] = changeLine(line, change);
}

function markMeta(draft: Draft, index: number, change: Partial<ExtractedMetadata>): Draft {
  updateLine(draft, index, { role: 'meta', reason: 'metadata' });
  draft.metadata = changeMetadata(draft.metadata, change);
  return draft;
}

function markRole(
  draft: Draft,
  index: number,
  role: 'title' | 'kicker',
  change: Partial<ExtractedMetadata>,
): Draft {
  updateLine(draft, index, { role, reason: null });
  draft.metadata = changeMetadata(draft.metadata, change);
  return draft;
}

/** Date lines above the body: index and the date each carries. */
function findHeadDates(lines: readonly CleaningLine[], headEnd: number): { index: number; value: string }[] {
  const dates: { index: number; value: string }[] = [];
  for (let index = 0; index < headEnd && index < lines.length; index++) {
    const { text, folded } = lines[index]!.segment;
    const value = parsePublishedAt(text, undefined, folded);
    if (value) dates.push({ index, value });
  }
  return dates;
}

// The article's own toolbar (share and print buttons, view and comment counters, font size) sits by its
// date line, above the title on many sites: such a widget between a date and the title is no sign of
// a page header, unlike menus, search boxes, login links or data boxes.
const ARTICLE_TOOLBAR_REASONS: ReadonlySet<string> = new Set(['share-widget', 'view-counter', 'comments']);
const FONT_SIZE_WIDGET = 'font-size';

function isPageFurniture(line: CleaningLine): boolean {
  if (line.widget === null) return false;
  return !(ARTICLE_TOOLBAR_REASONS.has(line.reason ?? '') || line.widget === FONT_SIZE_WIDGET);
}

/**
 * A date line above the title is the page header's live clock rather than the article's date when it
 * says "hôm nay", or when page furniture (a menu, a search box, a login link) stands between it and
 * the title, or when it is far above the title: the article date sits next to the title and byline.
 */
function isHeaderClock(lines: readonly CleaningLine[], dateIndex: number, titleIndex: number): boolean {
  const segment = lines[dateIndex]?.segment;
  if (segment && isTodayClockLine(segment.text, segment.folded)) return true;
  if (dateIndex > titleIndex) return false;
  const between = lines.slice(dateIndex + 1, titleIndex);
  return between.some(isPageFurniture) || between.length >= HEADER_CLOCK_MIN_LINES_TO_TITLE;
}

/**
 * The publication date among the head's date lines: the first one below the title (sites print the
 * article's date under it), else the nearest one above it that is not a header clock. Returns the
 * chosen index and the clocks to remove.
 */
function chooseHeadDate(
  lines: readonly CleaningLine[],
  dates: readonly { index: number; value: string }[],
  titleIndex: number | null,
): { chosen: { index: number; value: string } | null; clocks: number[] } {
  const anchor = titleIndex ?? -1;
  const clocks = dates
    .filter((date) => isHeaderClock(lines, date.index, Math.max(anchor, date.index)))
    .map((date) => date.index);
  const usable = dates.filter((date) => !clocks.includes(date.index));
  const below = usable.find((date) => date.index > anchor);
  const chosen = below ?? usable.filter((date) => date.index < anchor).at(-1) ?? null;
  return { chosen: chosen && preferPostingDate(lines, usable, chosen), clocks };
}

// Sites printing both dates may print the update first ("Cập nhật lúc 10:30 …" / "Đăng lúc 08:05 …"):
// the publication date is the posting one, so a date labelled as an update yields to an unlabelled or
// posting date of the head.
const UPDATE_DATE_LABEL = /^(?:cap nhat|updated|last updated|sua lan cuoi|chinh sua)\b/;

function isUpdateDate(lines: readonly CleaningLine[], index: number): boolean {
  return UPDATE_DATE_LABEL.test(lines[index]?.segment.folded ?? '');
}

function preferPostingDate(
  lines: readonly CleaningLine[],
  usable: readonly { index: number; value: string }[],
  chosen: { index: number; value: string },
): { index: number; value: string } {
  if (!isUpdateDate(lines, chosen.index)) return chosen;
  return usable.find((date) => !isUpdateDate(lines, date.index)) ?? chosen;
}

// Some portals print the day and the hour on lines of their own: "Ngày đăng: 05/09/2025" / "Giờ: 16:30",
// or a bare "15:30", a separator ("|") on the line between them at most when an extractor puts each
// element of the date on a line.
const HOUR_LINE = /^(?:(?:gio|luc|thoi gian|thoi diem)\s*:?\s*)?([01]?\d|2[0-3])\s*[:h]\s*([0-5]\d)$/;
const MIDNIGHT = 'T00:00:00';

function isSeparatorLine({ features }: Segment): boolean {
  return features.wordCount === 0 && features.charCount <= 2;
}

/** The chosen date with the hour printed on the line under it, when the date line itself has none. */
function addHourLine(draft: Draft, chosen: { index: number; value: string }): string {
  if (!chosen.value.includes(MIDNIGHT)) return chosen.value;
  const next = draft.lines[chosen.index + 1];
  const hourIndex = next && isSeparatorLine(next.segment) ? chosen.index + 2 : chosen.index + 1;
  const hourLine = draft.lines[hourIndex];
  const hour = hourLine && hourLine.widget === null ? HOUR_LINE.exec(hourLine.segment.folded) : null;
  if (!hour) return chosen.value;
  markMeta(draft, hourIndex, {});
  return chosen.value.replace(MIDNIGHT, `T${(hour[1] ?? '').padStart(2, '0')}:${hour[2] ?? ''}:00`);
}

// Section labels that sites print in title case, where they read as a person's name ("Thời Sự", "Văn
// Hóa Giải Trí"), folded: in front of the date ("Thời Sự - 12/08/2025 09:10") or above the title.
const SECTION_LABELS: ReadonlySet<string> = new Set([
  ...['thoi su', 'xa hoi', 'kinh te', 'the gioi', 'quoc te', 'chinh tri', 'giao duc', 'phap luat'],
  ...['the thao', 'suc khoe', 'y te', 'van hoa', 'du lich', 'giai tri', 'doi song', 'cong nghe'],
  ...['khoa hoc', 'kinh doanh', 'tai chinh', 'bat dong san', 'nong nghiep', 'moi truong', 'an ninh'],
  ...['quoc phong', 'ban doc', 'goc nhin', 'tieu dung', 'thi truong', 'giao thong', 'do thi'],
  ...['dia phuong', 'tin tuc', 'su kien', 'phong su', 'lao dong', 'viec lam', 'xe', 'so hoa'],
  ...['van hoa giai tri', 'khoa hoc cong nghe', 'suc khoe doi song', 'van hoa xa hoi', 'thoi su quoc te'],
  ...['an ninh trat tu', 'quoc phong an ninh', 'kinh te xa hoi', 'chinh tri xa hoi', 'the thao giai tri'],
]);

function isSectionLabel(folded: string): boolean {
  return SECTION_LABELS.has(folded.replace(/\s*[-–&,]\s*/g, ' '));
}

/**
 * The head's candidates without a section's label printed under the headline, closest to the body
 * (an extractor that prints the page's <title> first, then the section over the date line): it is no
 * headline when a headline stands above it. Above the headline, a label is its kicker and stays.
 */
function withoutLabelUnderHeadline(candidates: readonly HeadLine[]): readonly HeadLine[] {
  const headingLike = (line: HeadLine) => isHeadingLike(line.text, line.features, line.folded);
  const closest = candidates.findLastIndex(headingLike);
  const label = candidates[closest];
  if (!label?.folded || !isSectionLabel(label.folded)) return candidates;
  const headlineAbove = candidates
    .slice(0, closest)
    .some((line) => !isSectionLabel(line.folded ?? '') && headingLike(line));
  return headlineAbove ? candidates.filter((_, i) => i !== closest) : candidates;
}

// "Minh Châu - 10/09/2025 08:00": the writer's name before the date; a city's or province's name there
// is a dateline ("Hà Nội - 10/09/2025"), a section's its label.
function nameBeforeDate(segment: CleaningLine['segment']): { author: string; source: null } | null {
  const author = parseNameBeforeDate(segment.text);
  if (author === null) return null;
  const folded = foldDiacritics(author);
  if (PROVINCE_NAMES.has(folded) || isSectionLabel(folded)) return null;
  return { author, source: null };
}

function markRemoved(draft: Draft, index: number, reason: 'other-widget' | 'navigation'): Draft {
  updateLine(draft, index, { role: 'removed', reason });
  return draft;
}

// Province names are names too ("Hà Nội", "Cà Mau") and sites print them as section labels by the date.
const PROVINCE_NAMES: ReadonlySet<string> = new Set(
  [...listOldProvinces(), ...listNewProvinces()].map((province) => foldDiacritics(province.name)),
);

/** Whether a head line could be the headline (heading-shaped, not a name, not a widget or metadata). */
function isHeadlineCandidate(line: CleaningLine | undefined): boolean {
  if (!line || line.widget !== null || line.role === 'meta') return false;
  const { text, features, folded } = line.segment;
  return isHeadingLike(text, features, folded) && parseBareNameLine(text) === null;
}

/**
 * Sites print the author's bare name next to the date line, in the head. Under the date line, above
 * the title ("Thứ hai, 10/3/2025 08:00" / "Minh Khôi" / headline): a name line with a line still
 * between it and the body. Under the date line right above the lead, or between the title and the date
 * line ("Headline" / "NGỌC AN" / "12/07/2024 06:30"): a name line once a headline stands above it. The
 * name is then the author rather than the title or a kicker.
 */
function findAuthorNextToDate(draft: Draft, dates: readonly { index: number }[], headEnd: number): Draft {
  for (const { index } of dates) {
    const below = index + 1;
    if (below < headEnd - 1) {
      if (takeHeadName(draft, below, headEnd)) continue;
    } else if (below === headEnd - 1 && hasHeadlineAbove(draft, index) && takeHeadName(draft, below, headEnd))
      continue;
    const above = index - 1;
    if (above > 0 && hasHeadlineAbove(draft, above) && takeHeadName(draft, above, headEnd)) continue;
    // An opinion column prints the writer's position under the name: "Headline" / "TS. Lê Minh Khoa" /
    // "Viện trưởng Viện Nghiên cứu Văn hóa" / date line. The line between name and date is the role.
    const role = draft.lines[above];
    if (
      above - 1 > 0 &&
      role &&
      isRoleLine(role) &&
      hasHeadlineAbove(draft, above - 1) &&
      takeHeadName(draft, above - 1, headEnd)
    )
      markMeta(draft, above, {});
  }
  return draft;
}

// The two helpers below are module functions, not closures inside findAuthorNextToDate: that is run
// for every page, and closures would be made each time even on pages without a date line.

/** Takes the line as the author's name when it is a bare name in the head (markMeta changes the draft
 *  in place); whether it did. */
function takeHeadName(draft: Draft, index: number, headEnd: number): boolean {
  const line = draft.lines[index];
  if (!line || index >= headEnd || line.widget !== null || line.role === 'meta') return false;
  if (draft.metadata.author !== null || PROVINCE_NAMES.has(line.segment.folded)) return false;
  const name = parseBareNameLine(line.segment.text);
  if (name) markMeta(draft, index, { author: name });
  return name !== null;
}

/** Whether a headline candidate stands within KICKER_SEARCH_LINES above the line. */
function hasHeadlineAbove(draft: Draft, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - KICKER_SEARCH_LINES; i--)
    if (isHeadlineCandidate(draft.lines[i])) return true;
  return false;
}

// In the head a role line must name a position: between a kicker such as "THÔNG BÁO" (capitals read
// as a name) and the date line stands the title, which no position word opens.
const POSITION_OPENER =
  /^(?:nguyen |cuu |pho )*(?:giam doc|tong giam doc|vien truong|chu tich|bi thu|truong (?:ban|phong|khoa|bo mon|dai dien)|hieu truong|giang vien|chuyen gia|nha nghien cuu|nghien cuu vien|tong bien tap|uy vien|dai bieu|thanh vien|co van|luat su|bac si|tien si|giao su|nha bao|can bo|cong tac vien|phong vien)\b/;

/** A short phrase naming a position, not a sentence, that no other stage has claimed: an author's role. */
function isRoleLine(line: CleaningLine): boolean {
  const { endsWithSentencePunctuation, wordCount } = line.segment.features;
  return (
    line.widget === null &&
    line.role !== 'meta' &&
    line.role !== 'body' &&
    !endsWithSentencePunctuation &&
    wordCount <= ROLE_LINE_MAX_WORDS &&
    POSITION_OPENER.test(line.segment.folded)
  );
}

// Author boxes put a "Theo dõi" (follow) button, and often a follower count, beside the writer's name,
// above the title as well as under the article: a bare name right above such a button is the author.
// The bare button only: a paper's name ("Tuổi Trẻ") reads as a person's above its social links.
const FOLLOW_BUTTON = /^\+?\s*(?:theo doi|follow)$/;

function findAuthorBesideFollowButton(start: Draft, headEnd: number): Draft {
  let draft = start;
  for (let i = 1; i < headEnd && draft.metadata.author === null; i++) {
    const button = draft.lines[i];
    if (!button || button.widget === null || !FOLLOW_BUTTON.test(button.segment.folded)) continue;
    const above = draft.lines[i - 1];
    if (!above || above.widget !== null || above.role === 'meta') continue;
    if (PROVINCE_NAMES.has(above.segment.folded)) continue;
    const name = parseBareNameLine(above.segment.text);
    if (name) draft = markMeta(draft, i - 1, { author: name });
  }
  return draft;
}

// An author box under the article opens with its heading ("Về tác giả", "Thông tin tác giả") over the
// writer's name: on a page that names its writer nowhere else, that name is the author.
const AUTHOR_BOX_HEADING = /^(?:ve|gioi thieu|thong tin(?: ve)?) (?:tac gia|phong vien|nguoi viet)$/;

function findAuthorInAuthorBox(start: Draft, from: number): Draft {
  let draft = start;
  for (let i = from; i < draft.lines.length - 1 && draft.metadata.author === null; i++) {
    const heading = draft.lines[i]!;
    if (heading.widget !== AUTHOR_BIO_FAMILY || !AUTHOR_BOX_HEADING.test(heading.segment.folded)) continue;
    const name = parseBareNameLine(draft.lines[i + 1]!.segment.text);
    if (name) draft = markMeta(draft, i + 1, { author: name });
  }
  return draft;
}

function extractHead(start: Draft, headEnd: number, hintTitle: string | null): Draft {
  let draft = start;
  const dates = findHeadDates(draft.lines, headEnd);
  const dateIndices = new Set(dates.map((date) => date.index));
  for (let i = 0; i < headEnd; i++) {
    const segment = draft.lines[i]?.segment;
    if (!segment || dateIndices.has(i)) continue;
    if (draft.lines[i]?.widget !== null) continue;
    const byline = parseBylineLine(segment.text, segment.folded);
    if (byline) draft = markMeta(draft, i, fillMissing(draft.metadata, byline));
    else draft = markProductionCredit(draft, i);
  }
  draft = findAuthorBesideFollowButton(draft, headEnd);
  draft = findAuthorNextToDate(draft, dates, headEnd);
  let titleIndex: number | null = null;
  const wanted = hintTitle === null ? null : foldDiacritics(hintTitle);
  const hinted = draft.lines.findIndex(
    (line, i) => i < Math.max(headEnd, 1) && line.segment.folded === wanted,
  );
  if (hintTitle !== null && hinted >= 0) {
    draft = markRole(draft, hinted, 'title', { title: hintTitle });
    titleIndex = hinted;
  } else {
    const candidates: HeadLine[] = [];
    // A loop, not flatMap: see indicesWhere.
    for (let index = 0; index < Math.min(headEnd, draft.lines.length); index++) {
      const line = draft.lines[index]!;
      if (line.widget === null && line.role !== 'meta' && !dateIndices.has(index)) {
        const { text, features, folded } = line.segment;
        candidates.push({ index, text, features, folded });
      }
    }
    const choice = chooseTitle(withoutLabelUnderHeadline(candidates));
    titleIndex = choice.titleIndex;
    if (choice.titleIndex !== null)
      draft = markRole(draft, choice.titleIndex, 'title', {
        title: withoutSiteName(draft.lines[choice.titleIndex]!.segment.text),
      });
    if (choice.kickerIndex !== null)
      draft = markRole(draft, choice.kickerIndex, 'kicker', {
        kicker: draft.lines[choice.kickerIndex]?.segment.text ?? null,
      });
    if (choice.captionIndex !== null) draft = markCaption(draft, choice.captionIndex);
    for (const index of choice.siteNameIndices) draft = markRemoved(draft, index, 'navigation');
  }
  const { chosen, clocks } = chooseHeadDate(draft.lines, dates, titleIndex);
  for (const index of clocks) draft = markRemoved(draft, index, 'other-widget');
  for (const date of dates) {
    if (clocks.includes(date.index)) continue;
    // "Đăng bởi Minh Khoa lúc 10:15 12/03/2024" is a date line and a byline at once.
    const segment = draft.lines[date.index]?.segment;
    const byline = segment
      ? (parseBylineLine(segment.text, segment.folded) ?? nameBeforeDate(segment))
      : null;
    const filled = byline ? fillMissing(draft.metadata, byline) : null;
    draft = markMeta(draft, date.index, {
      publishedAt: date === chosen ? addHourLine(draft, date) : undefined,
      author: filled?.author,
      source: filled?.source,
    });
  }
  if (chosen === null) draft = findDateBelowHead(draft, headEnd);
  return draft;
}

/** Some sites print the date under the lead or the first photo: a bare date line a few lines down. */
function findDateBelowHead(start: Draft, headEnd: number): Draft {
  const end = Math.min(start.lines.length, headEnd + DATE_LOOKAHEAD_LINES);
  for (let i = headEnd; i < end; i++) {
    const segment = start.lines[i]?.segment;
    const publishedAt = segment
      ? parsePublishedAt(segment.text, DATE_LOOKAHEAD_MAX_OTHER_WORDS, segment.folded)
      : null;
    if (publishedAt) return markMeta(start, i, { publishedAt });
  }
  return start;
}

function markCaption(draft: Draft, index: number): Draft {
  updateLine(draft, index, { role: 'caption', reason: null });
  return draft;
}

/** The byline's author and source, each only where the metadata has none yet: the first one found wins. */
function fillMissing(
  metadata: ExtractedMetadata,
  byline: { author: string | null; source: string | null },
): Partial<ExtractedMetadata> {
  return {
    author: byline.author !== null && metadata.author === null ? byline.author : undefined,
    source: byline.source !== null && metadata.source === null ? byline.source : undefined,
  };
}

/**
 * A long-read's production credit ("Nội dung: Hà Phương", "Đồ họa: Thảo Nguyên") is metadata; a
 * writer's credit names the author when none is known yet. Above the lead, the credits would otherwise
 * read as the headline nearest the body.
 */
function markProductionCredit(draft: Draft, index: number): Draft {
  const segment = draft.lines[index]?.segment;
  const credit = segment ? parseProductionCredit(segment.text, segment.folded) : null;
  if (!credit) return draft;
  const author = credit.writer !== null && draft.metadata.author === null ? { author: credit.writer } : {};
  return markMeta(draft, index, author);
}

// Some sites print the date only under the article, by the byline ("Minh Trang" / "Đăng lúc 09:40
// ngày 14/11/2024"): a bare date line there, before the footer widgets, is the publication date when
// the head holds none, if it is labelled as the posting date or signed off right under the author's
// name. An unlabelled date closing the text may be an event's; past the widgets, dates belong to
// related headlines.
const TAIL_DATE_MAX_OTHER_WORDS = 0;
const POSTING_DATE_LABEL = /^(?:ngay dang|dang|dang tai|xuat ban|cap nhat|posted|published|updated)\b/;

function readTailDate(line: CleaningLine, afterAuthor: boolean): string | null {
  const { text, folded } = line.segment;
  if (!afterAuthor && !POSTING_DATE_LABEL.test(folded)) return null;
  return parsePublishedAt(text, TAIL_DATE_MAX_OTHER_WORDS, folded);
}

function extractTail(start: Draft, bodyEnd: number): Draft {
  let draft = start;
  let afterAuthor = false;
  let beforeWidgets = true;
  for (let i = bodyEnd + 1; i < draft.lines.length; i++) {
    const line = draft.lines[i];
    if (!line) break;
    const { text, folded } = line.segment;
    if (line.widget !== null) beforeWidgets = false;
    const publishedAt =
      beforeWidgets && draft.metadata.publishedAt === null ? readTailDate(line, afterAuthor) : null;
    if (publishedAt) {
      draft = markMeta(draft, i, { publishedAt });
      continue;
    }
    const source = parseSourceLine(text, folded) ?? parseDomainLine(text);
    if (source) {
      draft = markMeta(draft, i, draft.metadata.source === null ? { source } : {});
      afterAuthor = false;
      continue;
    }
    const byline = parseBylineLine(text, folded);
    if (byline) {
      draft = markMeta(draft, i, fillMissing(draft.metadata, byline));
      afterAuthor = byline.author !== null;
      continue;
    }
    if (line.widget === null && parseProductionCredit(text, folded)) {
      draft = markProductionCredit(draft, i);
      continue;
    }
    // The footer widgets end the article's tail; a source line may still sit among them (handled above).
    if (line.widget !== null) {
      afterAuthor = false;
      continue;
    }
    const name = draft.metadata.author === null ? parseBareNameLine(text) : null;
    if (name) {
      draft = markMeta(draft, i, { author: name });
      afterAuthor = true;
      continue;
    }
    const { endsWithSentencePunctuation, wordCount } = line.segment.features;
    if (
      afterAuthor &&
      line.role === 'removed' &&
      !endsWithSentencePunctuation &&
      wordCount <= ROLE_LINE_MAX_WORDS
    ) {
      draft = markMeta(draft, i, {});
    }
  }
  return draft;
}

// A long-read may print its credits between the sapo and the text ("Thực hiện: Hà Linh" / "Ảnh: Quốc
// Khánh" / "Đồ họa: Thu Nga"), where the classifier keeps them for the paragraphs around. Two credits
// in a row are the team's block; one "Label: Name" line alone may be a field of the text.
const CREDIT_BLOCK_MIN_LINES = 2;
const CREDIT_MAX_WORDS = 10;

/** A body line that credits a writer or a member of the team: a byline or a production credit. */
function isBodyCredit(line: CleaningLine | undefined): boolean {
  if (line === undefined || line.role !== 'body') return false;
  const { text, folded, features } = line.segment;
  // The cheap screen first: a credit is short and labelled.
  if (features.wordCount > CREDIT_MAX_WORDS || !text.includes(':')) return false;
  return parseBylineLine(text, folded) !== null || parseProductionCredit(text, folded) !== null;
}

function markBodyCredit(draft: Draft, index: number): Draft {
  const { text, folded } = draft.lines[index]!.segment;
  const byline = parseBylineLine(text, folded);
  return byline
    ? markMeta(draft, index, fillMissing(draft.metadata, byline))
    : markProductionCredit(draft, index);
}

/** Runs of CREDIT_BLOCK_MIN_LINES credits or more inside the body become metadata. */
function extractCreditBlocks(start: Draft, regionStart: number): Draft {
  let draft = start;
  for (let i = regionStart; i < draft.lines.length; i++) {
    if (!isBodyCredit(draft.lines[i])) continue;
    let end = i + 1;
    while (isBodyCredit(draft.lines[end])) end++;
    if (end - i >= CREDIT_BLOCK_MIN_LINES) for (let k = i; k < end; k++) draft = markBodyCredit(draft, k);
    i = end;
  }
  return draft;
}

// Section labels above a headline are a word or three ("Sức khỏe", "Thời sự"); a headline is longer.
const SECTION_LABEL_MAX_WORDS = 3;
const QUESTION_OR_EXCLAMATION_END = /[?!]["'”’»)\]]*$/u;

/**
 * Whether the first body line is the headline itself: a question or exclamation headline ("Uống nước
 * thế nào cho đúng?") reads as a sentence to the classifier. It is, when nothing above it could be a
 * headline (only section labels, dates and widgets) and a paragraph follows it.
 */
function headlineOpensBody(lines: readonly CleaningLine[], start: number): boolean {
  const first = lines[start];
  if (!first || !QUESTION_OR_EXCLAMATION_END.test(first.segment.text)) return false;
  if (!isHeadingLike(first.segment.text, first.segment.features, first.segment.folded)) return false;
  if (first.segment.features.wordCount <= SECTION_LABEL_MAX_WORDS) return false;
  const next = lines.findIndex((line, i) => i > start && line.role === 'body');
  if (next < 0) return false;
  // The date line printed right under it says where the head ends, whatever stands above.
  const below = lines[start + 1]?.segment;
  if (below && next > start + 1 && isDateLine(below.text, undefined, below.folded)) return true;
  return !lines
    .slice(0, start)
    .some(
      (line) =>
        line.widget === null &&
        line.segment.features.wordCount > SECTION_LABEL_MAX_WORDS &&
        isHeadingLike(line.segment.text, line.segment.features, line.segment.folded),
    );
}

// Under a headline that opens the body come at most its date line and the writer's name beside it.
const HEAD_LINES_UNDER_HEADLINE = 2;

/**
 * Where the head ends when the headline opens the body: past the date line and a bare name printed
 * right under the headline ("Vì sao giá vé tăng?" / "Minh Quân" / "16/12/2025 07:30"), so that they are
 * read as the head's name and date; the lead starts at the first other line.
 */
function endOfHeadUnderHeadline(lines: readonly CleaningLine[], headline: number): number {
  let end = headline + 1;
  while (end < lines.length && end <= headline + HEAD_LINES_UNDER_HEADLINE) {
    const { text, folded } = lines[end]!.segment;
    if (!isDateLine(text, undefined, folded) && parseBareNameLine(text) === null) break;
    end++;
  }
  return end;
}

// A header box of other articles may give a teaser its own date ("Tin mới" / "12/07/2024 07:00" / a
// sapo): the teaser reads like a lead. The article's own head under it (a headline beside a date line,
// within a few lines, with a paragraph after it) shows where the article starts.
const SECOND_HEAD_LOOKAHEAD = 4;
const RELATED_NEWS_REASON = 'related-news';

function isDateSegment(line: CleaningLine | undefined): boolean {
  return line !== undefined && isDateLine(line.segment.text, undefined, line.segment.folded);
}

// The article's own date line under a header teaser is a date and its furniture, a byline at most
// ("Cập nhật lúc 08:30 ngày 12/7/2024 bởi Minh Anh"); a related headline with its date in brackets
// ("Hội An mở lại phố đi bộ ban đêm (02/08/2024)") is a date line by the lenient measure, but no head.
const OWN_DATE_LINE_MAX_OTHER_WORDS = 3;

function isOwnDateLine(line: CleaningLine): boolean {
  return isDateLine(line.segment.text, OWN_DATE_LINE_MAX_OTHER_WORDS, line.segment.folded);
}

/** The first line of the article's own head under a header teaser at `start`, or -1. */
function findHeadBelowTeaser(lines: readonly CleaningLine[], start: number): number {
  const above = lines[start - 1];
  if (!above || !(above.reason === RELATED_NEWS_REASON || isDateSegment(above))) return -1;
  for (let j = start + 1; j <= start + SECOND_HEAD_LOOKAHEAD && j < lines.length; j++) {
    const line = lines[j]!;
    if (line.role === 'body') return -1;
    if (!isOwnDateLine(line)) continue;
    const headline = isHeadlineCandidate(lines[j - 1]) && j - 1 > start ? j - 1 : -1;
    const below = isHeadlineCandidate(lines[j + 1]) ? j + 1 : -1;
    if (headline < 0 && below < 0) return -1;
    if (!opensArticleRun(lines, Math.max(j, below) + 1)) return -1;
    return headline >= 0 ? headline : j;
  }
  return -1;
}

// A listing repeats the pattern (headline, date, teaser) where an article's head is followed by its
// paragraphs: two of them, with no date line of another item among them.
const ARTICLE_RUN_MIN_PARAGRAPHS = 2;
const ARTICLE_RUN_LOOKAHEAD = 6;

function opensArticleRun(lines: readonly CleaningLine[], from: number): boolean {
  let paragraphs = 0;
  for (let k = from; k < from + ARTICLE_RUN_LOOKAHEAD && k < lines.length; k++) {
    const line = lines[k]!;
    if (line.role === 'body' && line.segment.features.endsWithSentencePunctuation) {
      if (++paragraphs >= ARTICLE_RUN_MIN_PARAGRAPHS) return true;
    } else if (isDateSegment(line)) return false;
  }
  return false;
}

/** Removes a header teaser that the classifier kept above the article's own head (see above). */
function removeHeaderTeaser(lines: readonly CleaningLine[]): readonly CleaningLine[] {
  const region = findBodyRegion(lines);
  if (!region) return lines;
  const head = findHeadBelowTeaser(lines, region.start);
  if (head < 0) return lines;
  return lines.map((line, i) =>
    i >= region.start && i < head && line.role === 'body'
      ? changeLine(line, { role: 'removed', reason: RELATED_NEWS_REASON, widget: 'header-teaser' })
      : line,
  );
}

// Some sites print the writer's name above the title, over the title's own date line ("Vàng Thị Dung" /
// headline / "Thứ 2, 01/09/2025 - 07:45"), where sections and kickers stand too. Read only when the page
// names no author elsewhere, and only a full name of three words or more, not in capitals: section labels
// in title case ("Thời Sự") are shorter, kickers in capitals read as names, and a section's label is
// printed in the menu or the breadcrumb above too ("Văn Hóa Giải Trí"), which a writer's name is not.
const NAME_ABOVE_TITLE_MIN_WORDS = 3;
const HAS_LOWER_CASE = /\p{Ll}/u;

function isPrintedAbove(lines: readonly CleaningLine[], index: number): boolean {
  const folded = lines[index]!.segment.folded;
  for (let i = 0; i < index; i++) if (lines[i]!.segment.folded.includes(folded)) return true;
  return false;
}

function findAuthorAboveTitle(draft: Draft): Draft {
  if (draft.metadata.author !== null) return draft;
  const titleIndex = draft.lines.findIndex((line) => line.role === 'title');
  const above = draft.lines[titleIndex - 1];
  if (titleIndex < 1 || !above || above.widget !== null || above.role === 'body') return draft;
  const { text, folded, features } = above.segment;
  if (features.wordCount < NAME_ABOVE_TITLE_MIN_WORDS || !HAS_LOWER_CASE.test(text)) return draft;
  if (PROVINCE_NAMES.has(folded) || !isDateSegment(draft.lines[titleIndex + 1])) return draft;
  if (isSectionLabel(folded) || isPrintedAbove(draft.lines, titleIndex - 1)) return draft;
  const name = parseBareNameLine(text);
  if (!name) return draft;
  const kicker = draft.metadata.kicker === text ? null : undefined;
  return markMeta(draft, titleIndex - 1, { author: name, kicker });
}

export function extractMetadataStage(input: CleaningState): CleaningState {
  const state = withLines(input, removeHeaderTeaser(input.lines));
  const region = findBodyRegion(state.lines);
  const headEnd =
    region === null
      ? state.lines.length
      : headlineOpensBody(state.lines, region.start)
        ? endOfHeadUnderHeadline(state.lines, region.start)
        : region.start;
  // A reader service's header names the page's title as an envelope would.
  const hintTitle = state.hints.title ? normalizeText(state.hints.title) : readHeaderTitle(state.lines);
  let draft: Draft = { lines: [...state.lines], metadata: state.metadata };
  draft = extractHead(draft, headEnd, hintTitle);
  if (region) {
    // The tail starts after the last line ending like a sentence: a name or role line the classifier
    // kept (its neighbours were related headlines removed later) is still a signature.
    const lastSentence = draft.lines.findLastIndex(
      (line, i) =>
        i >= region.start && line.role === 'body' && line.segment.features.endsWithSentencePunctuation,
    );
    draft = extractTail(draft, Math.max(region.start, lastSentence));
    draft = findAuthorInAuthorBox(draft, region.end);
    draft = extractCreditBlocks(draft, region.start);
    const lead = draft.lines.findIndex((line, i) => i >= region.start && line.role === 'body');
    const masthead = parseMastheadPrefix(draft.lines[lead]?.segment.text ?? '');
    if (masthead && draft.metadata.source === null)
      draft.metadata = changeMetadata(draft.metadata, { source: masthead });
  }
  draft = findAuthorAboveTitle(draft);
  if (hintTitle !== null && draft.metadata.title !== hintTitle)
    draft.metadata = changeMetadata(draft.metadata, { title: hintTitle });
  return makeState(state.text, state.hints, draft.lines, draft.metadata);
}
