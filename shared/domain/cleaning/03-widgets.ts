// Stage 03: page widgets (navigation, share/print, comments, counters, weather, exchange rates, gold
// prices, schedules, related news, footers) by their vocabulary, and the footer run after the article.
import { isDateLine } from '#domain/metadata/published-at';
import { parseBylineLine } from '#domain/metadata/author';
import { parseDomainLine, parseSourceLine } from '#domain/metadata/source';
import type { Segment, SegmentFeatures } from '#domain/text/segment';
import { readQaLabel } from './body-structure.ts';
import { indicesWhere } from './line-indices.ts';
import { READER_HEADER, markReaderHeader } from './reader-header.ts';
import { isProseParagraph, isSubstantialParagraph, isTableRow } from './regions.ts';
import {
  PROSE_LEAD_IN_MIN_WORDS,
  STOPWORDS_LOW,
  WIDGET_MAX_OTHER_WORDS,
  WIDGET_MAX_OTHER_WORDS_IN_BODY,
  WIDGET_MAX_WORDS,
} from './thresholds.ts';
import { changeLine, withLines, type CleaningLine, type CleaningState } from './types.ts';
import {
  COMMENTS_FAMILY,
  COMMENT_POLICY_READER,
  COMMENT_POLICY_RULE,
  COMMENT_POLICY_TOPIC,
  COOKIE_NOTICE_FAMILY,
  COOKIE_NOTICE_SPEAKER,
  COOKIE_NOTICE_TOPIC,
  COPYRIGHT_FOOTER_FAMILY,
  DISCLAIMER_NOTICE,
  FOLLOW_US_FAMILY,
  HOTLINE_FAMILY,
  IMPRINT_CONTACT,
  IMPRINT_ROLE,
  INLINE_RELATED_LINK_FAMILY,
  isInlineWidget,
  INPUT_FORM_FAMILY,
  QUOTATION_LEAD_IN_VERB,
  READER_PROMPT_CHANNEL,
  READER_PROMPT_PURPOSE,
  READING_NOTICE,
  RELATED_NEWS_FAMILY,
  SITE_NOTICE_OWNER,
  SITE_NOTICE_RULE,
  SITE_NOTICE_TOPIC,
  SOCIAL_EMBED_FAMILY,
  TABLE_OF_CONTENTS_FAMILY,
  TOPICAL_FAMILY_NAMES,
} from './widget-families.ts';
import {
  MENU_FAMILY,
  familyVocabularyTest,
  lazyTopicalFamilies,
  matchSegmentWidget,
} from './widget-match.ts';

/** A box of related links set inside the text (markBoxesInsideText), removed as related news. */
const INLINE_BOX_FAMILY = 'inline-related-box';

// Contact lines: "Địa chỉ: …", "Điện thoại: …", "Đường dây nóng: …".
const CONTACT_FAMILIES: ReadonlySet<string> = new Set([COPYRIGHT_FOOTER_FAMILY, HOTLINE_FAMILY]);
/** Whether a line names the site's copyright, licence, address or hotline (see removeWidgetsStage). */
const hasFooterVocabulary = familyVocabularyTest([...CONTACT_FAMILIES]);

/** Lines the metadata stage must see even inside a footer run (a source or byline under share buttons). */
function isExplicitMetaLine({ text, folded }: Segment): boolean {
  return (
    parseSourceLine(text, folded) !== null ||
    parseBylineLine(text, folded) !== null ||
    parseDomainLine(text) !== null ||
    isDateLine(text, undefined, folded)
  );
}

// Data boxes (weather, prices, rates, schedules) also sit in page headers, above the title: their rows
// ("Trời nhiều mây", "SJC 88,5 90,5") are short, or hold figures. Calibration: box rows carry at most
// six words, or eight with figures; a headline under the box is longer or stops the scan as the last
// line before the article. A box has a handful of rows.
const HEADER_BOX_ROW_MAX_WORDS = 6;
// The template line naming what the reader is reading (READING_NOTICE).
const READING_NOTICE_FAMILY = 'reading-notice';
// The site's disclaimer under advice (DISCLAIMER_NOTICE).
const DISCLAIMER_FAMILY = 'disclaimer';
// A comments box's own controls are a word or two ("Mới nhất", "Thích"), as in comment-threads.ts.
const THREAD_CONTROL_MAX_WORDS = 2;
const HEADER_BOX_FIGURE_ROW_MAX_WORDS = 8;
const HEADER_BOX_MAX_ROWS = 4;
// The data boxes are the topical families: weather, prices, rates, schedules. A hotline is one line,
// and the short lines under it in the header are the title and the date, no rows of a box.
const DATA_BOX_FAMILIES: ReadonlySet<string> = new Set(
  [...TOPICAL_FAMILY_NAMES].filter((name) => name !== HOTLINE_FAMILY),
);

function isHeaderBoxRow(line: CleaningLine): boolean {
  const { wordCount, digitRatio, endsWithSentencePunctuation } = line.segment.features;
  if (line.widget !== null || endsWithSentencePunctuation || isExplicitMetaLine(line.segment)) return false;
  return wordCount <= (digitRatio > 0 ? HEADER_BOX_FIGURE_ROW_MAX_WORDS : HEADER_BOX_ROW_MAX_WORDS);
}

/** Rows under a data-box heading above the article take the box's reason. */
function markHeaderBoxRows(lines: readonly CleaningLine[], firstSubstantial: number): CleaningLine[] {
  const result = [...lines];
  let box: CleaningLine | null = null;
  let rows = 0;
  // The line right above the first paragraph is the title or a date line, never a box row.
  for (let i = 0; i < firstSubstantial - 1; i++) {
    const line = result[i];
    if (!line) continue;
    if (line.widget !== null && DATA_BOX_FAMILIES.has(line.widget)) {
      box = line;
      rows = 0;
    } else if (box && rows < HEADER_BOX_MAX_ROWS && isHeaderBoxRow(line)) {
      result[i] = changeLine(line, { role: 'removed', reason: box.reason, widget: `${box.widget}:content` });
      rows++;
    } else if (line.widget === null) {
      box = null;
    }
  }
  return result;
}

function isRowAt(lines: readonly CleaningLine[], i: number): boolean {
  const text = lines[i]?.segment.text;
  return text !== undefined && isTableRow(text);
}

// A form's heading names what the form looks up or signs up for ("Tra cứu điểm thi tốt nghiệp THPT
// 2024", "Đăng ký nhận thông tin dự án"): a headline's length at most, never a sentence.
const FORM_HEADING_MAX_WORDS = 12;

function isFormHeading(line: CleaningLine): boolean {
  const { wordCount, endsWithSentencePunctuation, endsWithColon } = line.segment.features;
  if (line.widget !== null || endsWithSentencePunctuation || endsWithColon) return false;
  return wordCount > 0 && wordCount <= FORM_HEADING_MAX_WORDS && !isExplicitMetaLine(line.segment);
}

/** The line right above a form's first field is the form's heading, and goes with the form. */
function markFormHeadings(lines: readonly CleaningLine[]): readonly CleaningLine[] {
  // Most pages have no form: nothing to copy.
  if (!lines.some((line) => line.widget === INPUT_FORM_FAMILY)) return lines;
  const result = [...lines];
  for (let i = 1; i < result.length; i++) {
    if (result[i]!.widget !== INPUT_FORM_FAMILY || result[i - 1]!.widget === INPUT_FORM_FAMILY) continue;
    const above = result[i - 1]!;
    if (isFormHeading(above))
      result[i - 1] = changeLine(above, {
        role: 'removed',
        reason: 'other-widget',
        widget: `${INPUT_FORM_FAMILY}:content`,
      });
  }
  return result;
}

// A table of contents numbers its items as the article may not: "1. Ai được hoàn thuế?" over the
// sub-heading "Ai được hoàn thuế?". The marker is left out when an item is looked for in the article.
const CONTENTS_ITEM_MARKER = /^(?:[-•+*]|(?:\d{1,2}|[ivx]{1,4})(?:\.\d{1,2})*[.)]?)\s+/;

const contentsItemKey = (folded: string): string => folded.replace(CONTENTS_ITEM_MARKER, '');

/**
 * The items under a table of contents' heading: each line printed again further down the page, its
 * marker aside (the sub-heading it links to), down to the first line that is not. The later copies
 * are the article's sub-headings and stay.
 */
function markContentsItems(lines: readonly CleaningLine[]): readonly CleaningLine[] {
  const headings = indicesWhere(lines, (line) => line.widget === TABLE_OF_CONTENTS_FAMILY);
  if (headings.length === 0) return lines;
  const result = [...lines];
  for (const heading of headings) {
    let item = heading + 1;
    for (; item < result.length; item++) {
      const line = result[item]!;
      if (line.widget !== null) break;
      const key = contentsItemKey(line.segment.folded);
      const printedAgain = lines.some(
        (other, j) => j > item && other.widget === null && contentsItemKey(other.segment.folded) === key,
      );
      if (!printedAgain) break;
      result[item] = changeLine(line, {
        role: 'removed',
        reason: 'navigation',
        widget: `${TABLE_OF_CONTENTS_FAMILY}:content`,
      });
    }
  }
  return result;
}

/** A comment box's moderation rule, a sentence addressed to the reader (see COMMENT_POLICY_TOPIC). */
function isCommentPolicy(folded: string): boolean {
  // Most lines name no comments at all: the cheap test first.
  if (!folded.includes('binh luan') && !folded.includes('y kien') && !folded.includes('gop y')) return false;
  return (
    COMMENT_POLICY_TOPIC.test(folded) &&
    COMMENT_POLICY_READER.test(folded) &&
    COMMENT_POLICY_RULE.test(folded)
  );
}

// The speaker of a quotation lead-in: a name, capitalised, after the line's first word ("Chị Hoa").
const SPEAKER_NAME = /\s\p{Lu}/u;

/** A reporter's lead-in to a quotation (see QUOTATION_LEAD_IN_VERB), never a widget's label. */
function isQuotationLeadIn({ text, folded, features }: Segment): boolean {
  return features.endsWithColon && QUOTATION_LEAD_IN_VERB.test(folded) && SPEAKER_NAME.test(text);
}

/** A paragraph of the article's length: a prompt is a sentence, never the last paragraph itself. */
function isLong(line: CleaningLine): boolean {
  return isSubstantialParagraph(line.segment.features);
}

/** The site's app or follow prompt, as long as a sentence (see READER_PROMPT_PURPOSE). */
function isReaderPrompt(folded: string): boolean {
  // Most lines say nothing of reading the news "để …": the cheap test first.
  if (!folded.includes('de ')) return false;
  return READER_PROMPT_PURPOSE.test(folded) && READER_PROMPT_CHANNEL.test(folded);
}

/** A cookie bar's notice, whatever its length (see COOKIE_NOTICE_SPEAKER). */
function isCookieNotice(folded: string): boolean {
  return folded.includes(COOKIE_NOTICE_TOPIC) && COOKIE_NOTICE_SPEAKER.test(folded);
}

/** The site's rule on copying its content, whatever its length (see SITE_NOTICE_TOPIC). */
function isCopyrightNotice(folded: string): boolean {
  return SITE_NOTICE_TOPIC.test(folded) && SITE_NOTICE_RULE.test(folded) && SITE_NOTICE_OWNER.test(folded);
}

/** The site's imprint on one line, whatever its length (see IMPRINT_ROLE). */
function isImprintLine(folded: string): boolean {
  return IMPRINT_ROLE.test(folded) && IMPRINT_CONTACT.test(folded);
}

/**
 * The family of a notice the site prints in sentences (a cookie bar's, its copyright rule, its imprint,
 * the line naming what the reader is reading, its disclaimer under advice),
 * or null. Such a line reads like a paragraph of any length: it is found whatever its length, and it
 * never anchors the article.
 */
function readSiteNotice(folded: string): string | null {
  if (isCookieNotice(folded)) return COOKIE_NOTICE_FAMILY;
  if (READING_NOTICE.test(folded)) return READING_NOTICE_FAMILY;
  if (DISCLAIMER_NOTICE.test(folded)) return DISCLAIMER_FAMILY;
  return isCopyrightNotice(folded) || isImprintLine(folded) ? COPYRIGHT_FOOTER_FAMILY : null;
}

/**
 * The site's notices of the page (readSiteNotice), by line. They stand above the article (a cookie bar)
 * or under it (copyright, imprint, disclaimers), never between its paragraphs: the lines are read from
 * each end of the page up to its first paragraph that is no notice, and the article's own paragraphs
 * in between, most of the page's text, are not scanned for them at all.
 */
function findSiteNotices(lines: readonly CleaningLine[]): (string | null)[] {
  const notices = new Array<string | null>(lines.length).fill(null);
  let top = 0;
  for (; top < lines.length; top++) {
    const { folded, features } = lines[top]!.segment;
    notices[top] = readSiteNotice(folded);
    if (notices[top] === null && isSubstantialParagraph(features)) break;
  }
  for (let i = lines.length - 1; i > top; i--) {
    const { folded, features } = lines[i]!.segment;
    notices[i] = readSiteNotice(folded);
    if (notices[i] === null && isSubstantialParagraph(features)) break;
  }
  return notices;
}

/** The folded prose paragraphs of the page (isProseParagraph), the site's notices left out. */
function foldedProse(lines: readonly CleaningLine[], siteNotices: readonly (string | null)[]): string[] {
  const prose: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { features, folded } = lines[i]!.segment;
    if (isProseParagraph(features) && siteNotices[i] === null) prose.push(folded);
  }
  return prose;
}

// A box of links inside the article marks its items: "• Giá căn hộ …", "- …", "» …".
const BOX_ITEM_MARKER = /^[•·*+»>–-]/u;
const BOX_MAX_ITEMS = 5;

/**
 * A related-news heading ending with ":" ("Tin liên quan:") over bulleted links, with a prose paragraph
 * right under them: a box set inside the text, which goes on after it (the last paragraphs may be
 * shorter than the substantial ones). Such a heading opens no footer run.
 */
function headsBoxInsideText(lines: readonly CleaningLine[], i: number): boolean {
  const line = lines[i]!;
  if (line.widget !== RELATED_NEWS_FAMILY || !line.segment.features.endsWithColon) return false;
  for (let k = i + 1; k < lines.length && k <= i + BOX_MAX_ITEMS + 1; k++) {
    const { segment, widget } = lines[k]!;
    if (widget !== null) return false;
    if (BOX_ITEM_MARKER.test(segment.text)) continue;
    return k > i + 1 && isProseParagraph(segment.features);
  }
  return false;
}

/** A clause of the article's prose that introduces what follows (see PROSE_LEAD_IN_MIN_WORDS). */
function isProseLeadIn({ features }: Segment): boolean {
  return (
    features.endsWithColon &&
    features.wordCount >= PROSE_LEAD_IN_MIN_WORDS &&
    features.stopwordDensity >= STOPWORDS_LOW
  );
}

/**
 * Contact lines right under a lead-in of the article's prose ("Người dân có nhu cầu khám có thể liên hệ
 * theo địa chỉ:" / "Địa chỉ: …" / "Điện thoại: …") are what the article gives its reader, a clinic's
 * address and phone; no sentence of the text introduces the site's own footer.
 */
function keepContactsUnderLeadIn(marked: CleaningLine[], original: readonly CleaningLine[]): CleaningLine[] {
  let open = false;
  for (let i = 0; i < marked.length; i++) {
    const line = marked[i]!;
    if (open && line.widget !== null && CONTACT_FAMILIES.has(line.widget)) {
      marked[i] = original[i]!;
      continue;
    }
    // The list goes on over its other items, the lines without a sentence's end.
    if (open && line.widget === null && !line.segment.features.endsWithSentencePunctuation) continue;
    open = line.widget === null && isProseLeadIn(line.segment);
  }
  return marked;
}

/**
 * A box of links inside the text (headsBoxInsideText) is one inline widget with its items: removed, but
 * no footer and no boilerplate context for the paragraphs around it, as a "Xem thêm: …" link is not.
 */
function markBoxesInsideText(lines: readonly CleaningLine[]): CleaningLine[] {
  const result = [...lines];
  for (let i = 0; i < result.length; i++) {
    if (!headsBoxInsideText(result, i)) continue;
    let k = i;
    do {
      result[k] = changeLine(result[k]!, {
        role: 'removed',
        reason: 'related-news',
        widget: INLINE_BOX_FAMILY,
      });
      k++;
    } while (k < result.length && BOX_ITEM_MARKER.test(result[k]!.segment.text));
    i = k - 1;
  }
  return result;
}

// A media player's running time or position, on a line of its own: "02:35", "1:02:35", "00:00 / 03:12".
const PLAYER_TIME = /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$/;
const PLAYER_TIME_MAX_CHARS = 20;

// The inline widgets that label an embedded video or post (a live page's "Làm mới" is none: a stamp
// follows it).
const EMBED_FAMILIES: ReadonlySet<string> = new Set([INLINE_RELATED_LINK_FAMILY, SOCIAL_EMBED_FAMILY]);

function isPlayerTime({ text, features }: Segment): boolean {
  return (
    features.charCount <= PLAYER_TIME_MAX_CHARS && features.letterRunCount === 0 && PLAYER_TIME.test(text)
  );
}

/**
 * The running time printed under an embed's label ("Video: Cảnh báo thủ đoạn …" / "02:35") is the
 * player's, and goes with the embed: between two paragraphs, context smoothing would keep it as a short
 * line of the text, and a live blog's stamp has the same shape.
 */
function markPlayerTimes(lines: readonly CleaningLine[]): readonly CleaningLine[] {
  let result: CleaningLine[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    const embed = lines[i - 1]!;
    const line = lines[i]!;
    if (embed.widget === null || !EMBED_FAMILIES.has(embed.widget)) continue;
    if (line.widget !== null || !isPlayerTime(line.segment)) continue;
    result ??= [...lines];
    result[i] = changeLine(line, {
      role: 'removed',
      reason: embed.reason,
      widget: `${embed.widget}:content`,
    });
  }
  return result ?? lines;
}

/** Whether a line is a related-news heading ("Tin mới", "Tin liên quan"), widget-shaped. */
function isRelatedNewsHeading(line: CleaningLine | undefined): boolean {
  return (
    line !== undefined &&
    line.segment.features.wordCount <= WIDGET_MAX_WORDS &&
    matchSegmentWidget(line.segment, WIDGET_MAX_OTHER_WORDS)?.family === RELATED_NEWS_FAMILY
  );
}

/**
 * A paragraph under its own date line under a related-news heading ("Tin mới" / "12/07/2024 07:00" / a
 * sapo) is another article's teaser, in a box above the article or under it: it anchors no article, or
 * such a box under the footer of a brief (anchored by its middling paragraphs) would stretch the
 * article down to the teaser.
 */
function isDatedTeaser(lines: readonly CleaningLine[], i: number): boolean {
  // The cheapest tests first: a feature says whether the line above holds figures, as a date line does;
  // then the heading's vocabulary; the date itself is read last.
  if (i < 2) return false;
  const date = lines[i - 1]!.segment;
  if (date.features.digitRatio === 0 || !isRelatedNewsHeading(lines[i - 2])) return false;
  return isDateLine(date.text, undefined, date.folded);
}

/** Whether a line may anchor the article: a paragraph (`isParagraph`) that is no site notice and no
 *  other article's dated teaser. */
function isAnchor(
  lines: readonly CleaningLine[],
  i: number,
  siteNotices: readonly (string | null)[],
  isParagraph: (features: SegmentFeatures) => boolean,
): boolean {
  return isParagraph(lines[i]!.segment.features) && siteNotices[i] === null && !isDatedTeaser(lines, i);
}

/**
 * Marks widget lines as removed with their family's reason. Then the footer trick: once a widget starts
 * after the last substantial paragraph, the lines under it that are not prose (currency codes,
 * temperatures, city names of a price table, headlines of a related-news list) belong to that widget
 * and go with its reason.
 */
export function removeWidgetsStage(input: CleaningState): CleaningState {
  const state = withLines(input, markReaderHeader(input.lines));
  // Asked twice of every long line (as an anchor, then as a widget): found once.
  const siteNotices = findSiteNotices(state.lines);
  // A cookie notice above the head, or a copyright notice under the related news, reads like a
  // paragraph: it must not anchor the article there.
  const long = indicesWhere(state.lines, (_, i) =>
    isAnchor(state.lines, i, siteNotices, isSubstantialParagraph),
  );
  // A page whose paragraphs are all of middling length (a brief) is anchored by its prose paragraphs.
  const substantial =
    long.length > 0
      ? long
      : indicesWhere(state.lines, (_, i) => isAnchor(state.lines, i, siteNotices, isProseParagraph));
  const firstSubstantial = substantial[0] ?? -1;
  const lastSubstantial = substantial.at(-1) ?? -1;
  // What the article writes about is read from its prose paragraphs, the middling ones too: a brief's
  // lead may be the only line naming its topic (the hotline it announces).
  const topical = lazyTopicalFamilies(() => foldedProse(state.lines, siteNotices));

  const marked: CleaningLine[] = state.lines.map((line, i) => {
    if (line.widget === READER_HEADER) return line;
    const insideBody = i > firstSubstantial && i < lastSubstantial;
    const match = matchSegmentWidget(
      line.segment,
      insideBody ? WIDGET_MAX_OTHER_WORDS_IN_BODY : WIDGET_MAX_OTHER_WORDS,
      topical,
    );
    if (!match && !insideBody && isCommentPolicy(line.segment.folded))
      return changeLine(line, { role: 'removed', reason: 'comments', widget: COMMENTS_FAMILY });
    if (!match && !insideBody && !isLong(line) && isReaderPrompt(line.segment.folded))
      return changeLine(line, { role: 'removed', reason: 'other-widget', widget: FOLLOW_US_FAMILY });
    const notice = siteNotices[i]!;
    if (!match && notice !== null) {
      const reason = notice === COPYRIGHT_FOOTER_FAMILY ? ('footer' as const) : ('other-widget' as const);
      return changeLine(line, { role: 'removed', reason, widget: notice });
    }
    // A table row inside the article has a menu's shape; its figures tell it apart.
    // A menu-shaped line over such rows is the table's header ("TT | Đội | Trận | Điểm").
    if (
      !match ||
      (match.family === MENU_FAMILY && (isTableRow(line.segment.text) || isRowAt(state.lines, i + 1)))
    )
      return line;
    // A price or rate table between the paragraphs of an article about those prices is the article's
    // own ("Vàng miếng SJC | 94.000 | 95.500" in a gold-price report), not the sidebar's box.
    if (
      insideBody &&
      isTableRow(line.segment.text) &&
      DATA_BOX_FAMILIES.has(match.family) &&
      topical.has(match.family)
    )
      return line;
    // "Trả lời:" opening an answer in a reader-mail column is no comment box's reply link.
    if (match.family === COMMENTS_FAMILY && readQaLabel(line.segment.folded) === 'answer') return line;
    if (isQuotationLeadIn(line.segment)) return line;
    return changeLine(line, { role: 'removed', reason: match.reason, widget: match.family });
  });

  const withContacts = keepContactsUnderLeadIn(marked, state.lines);
  const withHeaderBoxes = markBoxesInsideText(
    markPlayerTimes(markContentsItems(markFormHeadings(markHeaderBoxRows(withContacts, firstSubstantial)))),
  );
  const footerStart = withHeaderBoxes.findIndex(
    (line, i) => i > lastSubstantial && line.widget !== null && !isInlineWidget(line.widget),
  );
  if (footerStart < 0 || lastSubstantial < 0) return withLines(state, withHeaderBoxes);
  let current = withHeaderBoxes[footerStart];
  // Under a comments heading (and its sort tabs, "Mới nhất") come the readers' names and comments: the
  // comment-thread stage tells them apart, they are no rows of a box.
  // Other widgets end the thread, but for sort tabs before its first comment.
  let inThread = current?.widget === COMMENTS_FAMILY;
  let commentSeen = false;
  const lines = withHeaderBoxes.map((line, i) => {
    if (i <= footerStart) return line;
    // A menu-shaped line inside the footer is a row of the widget above it ("SJC | 74.000 | 76.000").
    if (line.widget !== null && line.widget !== MENU_FAMILY) {
      const sortTab = !commentSeen && line.segment.features.wordCount <= THREAD_CONTROL_MAX_WORDS;
      if (line.widget === COMMENTS_FAMILY) {
        if (!inThread) commentSeen = false;
        inThread = true;
      } else if (!(inThread && sortTab)) inThread = false;
      current = line;
      return line;
    }
    if (inThread) commentSeen = true;
    if (!current || inThread || isExplicitMetaLine(line.segment)) return line;
    if (line.widget === MENU_FAMILY)
      return changeLine(line, { reason: current.reason, widget: `${current.widget}:content` });
    // A copyright or address line too long to be a widget on its own, under a price box or a related
    // list, is the site's footer, not a row of the box.
    if (hasFooterVocabulary(line.segment.folded))
      return changeLine(line, {
        role: 'removed' as const,
        reason: 'footer' as const,
        widget: COPYRIGHT_FOOTER_FAMILY,
      });
    return changeLine(line, {
      role: 'removed' as const,
      reason: current.reason,
      widget: `${current.widget}:content`,
    });
  });
  return withLines(state, lines);
}
