// Reader comments under the article: after a comments heading come names, times ("2 giờ trước",
// "Minh Anh - 10:15 23/11/2026"), reply links and the comments themselves, which are prose and would
// pass for article paragraphs. Once a thread is recognised (a comments line after the article's first
// paragraphs, followed by at least one comment header), everything up to the next other widget goes.
import { looksLikePersonName } from '#domain/metadata/author';
import { parseDateTime } from '#domain/metadata/published-at';
import { countWhitespaceRuns } from '#domain/text/letter-runs';
import { foldDiacritics } from '#domain/text/normalize';
import { isProseParagraph } from './regions.ts';
import { changeLine, withLines, type CleaningLine, type CleaningState } from './types.ts';
import { COMMENTS_FAMILY } from './widget-families.ts';

// A thread follows an article: at least this many prose paragraphs above its heading.
const ARTICLE_MIN_PARAGRAPHS = 2;
// Inside a thread stand its own controls, widgets of a word or two ("Mới nhất", "Thích", "Xem thêm"):
// they neither end the thread nor cut a heading from the comments under it. A longer widget line
// ("Tin liên quan", a share bar) is the next box.
const THREAD_CONTROL_MAX_WORDS = 2;

function isThreadControl(line: CleaningLine): boolean {
  return line.widget !== null && line.segment.features.wordCount <= THREAD_CONTROL_MAX_WORDS;
}
// A comment header is a name and a time, short: "Trần Văn Bình - Hà Nội - 10:15 23/11/2026".
const COMMENT_HEADER_MAX_WORDS = 14;
const RELATIVE_TIME = /\b\d+\s*(giay|phut|gio|ngay|tuan|thang|nam)\s*truoc\b/;
const HEADER_SEPARATOR = /\s*(?:\s[-–|•·]\s|,)\s*/u;
// A header's clock time: "10:15", "9h30".
const CLOCK_TIME = /\d{1,2}[:h]\d{2}/;

// Both kinds of header hold a number; the many lines without a digit are ruled out before any splitting.
const DIGIT = /\d/;

/** "2 giờ trước", or a person's name followed by a date or time. `folded` is foldDiacritics(text)
 *  when the caller has it already (a segment's `folded`). */
export function isCommentHeader(text: string, folded?: string): boolean {
  if (!DIGIT.test(text)) return false;
  // text.split(/\s+/) has one part more than the text has runs of white space; counting them stops
  // early on a paragraph instead of splitting it.
  if (countWhitespaceRuns(text, COMMENT_HEADER_MAX_WORDS) + 1 > COMMENT_HEADER_MAX_WORDS) return false;
  const foldedText = folded ?? foldDiacritics(text);
  if (RELATIVE_TIME.test(foldedText)) return true;
  // The part before the first separator, as splitting would give it, without splitting the rest.
  const first = text.slice(0, HEADER_SEPARATOR.exec(text)?.index ?? text.length);
  // The name first: most lines with a figure open with no name, and the date parser is the costly part.
  if (first === text || !looksLikePersonName(first)) return false;
  return CLOCK_TIME.test(text) || parseDateTime(text, foldedText) !== null;
}

// A comment's own controls under it: "Trả lời", "Báo cáo vi phạm" (folded, whole line, maybe with a
// count). A thread that prints no times (a name, the comment, its controls) is known by them. Forum
// and social plugins print them on one line with the comment's age: "Thích · Trả lời · 2 ngày",
// "Thích · Phản hồi · 3 tuần".
// A control beside the reply link: a like or hide button, maybe with a count, or the comment's age.
const COMMENT_SIDE_CONTROL = String.raw`(thich|an|chia se|\d{1,3} ?(phut|gio|ngay|tuan|thang|nam)( truoc)?)( ?\(\d+\))?`;
const CONTROL_SEPARATOR = ' ?[·•|-] ?';
const COMMENT_CONTROL = new RegExp(
  `^(${COMMENT_SIDE_CONTROL}${CONTROL_SEPARATOR})*(tra loi|phan hoi|bao cao( vi pham)?)(\\s*\\(\\d+\\))?(${CONTROL_SEPARATOR}${COMMENT_SIDE_CONTROL})*$`,
);

function isCommentControl(line: CleaningLine): boolean {
  return line.widget === COMMENTS_FAMILY && COMMENT_CONTROL.test(line.segment.folded);
}

function markComment(line: CleaningLine): CleaningLine {
  return changeLine(line, { role: 'removed', reason: 'comments', widget: `${COMMENTS_FAMILY}:thread` });
}

/**
 * The thread starts at the comments heading nearest above the first comment header (or at the header
 * itself when there is no heading), or above the first comment control that follows a line of text
 * under the heading: a "Bình luận (3)" counter higher up, in a share bar, opens nothing.
 */
function findThreadStart(lines: readonly CleaningLine[]): number {
  let paragraphs = 0;
  let heading = -1;
  let textUnderHeading = false;
  // An indexed loop: an entries() iterator costs about ten times as much per line.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.widget === null && isProseParagraph(line.segment.features)) paragraphs++;
    if (paragraphs < ARTICLE_MIN_PARAGRAPHS) continue;
    // A line with no number at all (digits are numbers) is no header: its measurements say so.
    const hasNumber = line.segment.features.digitRatio > 0;
    if (hasNumber && isCommentHeader(line.segment.text, line.segment.folded))
      return heading >= 0 ? heading : i - 1;
    if (heading >= 0 && textUnderHeading && isCommentControl(line)) return heading;
    if (line.widget === null) textUnderHeading = heading >= 0;
    else if (line.widget === COMMENTS_FAMILY) {
      heading = i;
      textUnderHeading = false;
    } else if (!isThreadControl(line)) heading = -1;
  }
  return -1;
}

export function removeCommentThreadsStage(state: CleaningState): CleaningState {
  const start = findThreadStart(state.lines);
  if (start < 0) return state;
  let end = state.lines.length;
  for (let i = start + 1; i < state.lines.length; i++) {
    const line = state.lines[i]!;
    if (line.widget !== null && !line.widget.startsWith(COMMENTS_FAMILY) && !isThreadControl(line)) {
      end = i;
      break;
    }
  }
  const lines = state.lines.map((line, i) =>
    i > start && i < end && line.widget === null ? markComment(line) : line,
  );
  return withLines(state, lines);
}
