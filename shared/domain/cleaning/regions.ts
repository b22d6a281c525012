// Where the article body probably is, before and after classification.
import { isDateLine } from '#domain/metadata/published-at';
import type { Segment, SegmentFeatures } from '#domain/text/segment';
import { LENGTH_LOW, STOPWORDS_LOW, SUBSTANTIAL_MIN_CHARS } from './thresholds.ts';
import type { CleaningLine } from './types.ts';
import { findStanzaLines } from './verse.ts';

/** A long prose paragraph ending like a sentence: no widget, menu or table looks like this. */
export function isSubstantialParagraph(features: SegmentFeatures): boolean {
  return (
    features.charCount >= SUBSTANTIAL_MIN_CHARS &&
    features.endsWithSentencePunctuation &&
    features.stopwordDensity >= STOPWORDS_LOW
  );
}

/**
 * A prose paragraph of any article, short news briefs included: a sentence past jusText's short
 * length with its share of stop words. Long-prose tests (isSubstantialParagraph) find no paragraph at
 * all on pages whose paragraphs are all one or two sentences.
 */
export function isProseParagraph(features: SegmentFeatures): boolean {
  return (
    features.charCount >= LENGTH_LOW &&
    features.endsWithSentencePunctuation &&
    features.stopwordDensity >= STOPWORDS_LOW
  );
}

// A table row as scrapers flatten it: cells between "|" or tabs, a label first and figures after it
// ("Thuế, phí | 2.950 | 3.310", "Khoản thu | 6 tháng 2023 | 6 tháng 2024"). Menus of section names carry
// no figures in their items.
const TABLE_CELL_SEPARATOR = /\s*[|\t]\s*/;
const TABLE_MIN_CELLS = 2;

// A ranked table (a league table, a top-ten list) opens each row with its rank: "1 | Nam Định | 6 | 16".
const RANK_CELL = /^\d{1,3}\.?$/;
// Expressions with the u flag are written once here, not inline: an inline /…/u is a new object each
// time the function runs, and for \p{…} classes that costs several times the test itself.
const STARTS_WITH_LETTER = /^\p{L}/u;
const STARTS_UPPER_CASE = /^\p{Lu}/u;

// A markdown table's rule under its header row: "| --- | :---: |", its cells dashes only.
const RULE_CELL = /^:?-{3,}:?$/;

/**
 * Whether a line is a row of a table: a label cell (after the row's rank, if any), then at least as
 * many cells with figures as without; or the rule a markdown table draws under its header row.
 */
export function isTableRow(text: string): boolean {
  if (!text.includes('|') && !text.includes('\t')) return false;
  const all = text.split(TABLE_CELL_SEPARATOR).filter(Boolean);
  if (text.includes('---')) return all.length >= TABLE_MIN_CELLS && all.every((cell) => RULE_CELL.test(cell));
  const cells = RANK_CELL.test(all[0] ?? '') ? all.slice(1) : all;
  if (cells.length < TABLE_MIN_CELLS || !STARTS_WITH_LETTER.test(cells[0] ?? '')) return false;
  const rest = cells.slice(1);
  const withFigures = rest.filter((cell) => /\d/.test(cell)).length;
  return withFigures > 0 && withFigures * 2 >= rest.length;
}

// A sentence with a note in brackets after it: a reader's question signed "(Nguyễn Thị Hạnh, Bắc
// Giang)", a quotation with its source.
const SENTENCE_THEN_NOTE = /[.?!…]["”’»]?\s*\([^()]{1,80}\)$/u;
// A lead that introduces a list ("… Một số nội dung chính như sau:") ends with ":"; a kicker ending
// with ":" ("Kỷ niệm 91 năm ngày truyền thống … (1930 – 2021):") is a headline, and headlines stop at
// about 30 syllables (head-fragments.ts), as do a list's own lead-ins ("Giá bán lẻ mới như sau:").
const LEAD_IN_PARAGRAPH_MIN_WORDS = 31;

/**
 * Whether a line ends as a paragraph does: with a sentence's punctuation, with a note in brackets after
 * it, or as a prose lead-in to a list.
 */
export function endsLikeParagraph(segment: Segment): boolean {
  const { features, text } = segment;
  if (features.endsWithSentencePunctuation) return true;
  if (features.endsWithColon)
    return features.wordCount >= LEAD_IN_PARAGRAPH_MIN_WORDS && features.stopwordDensity >= STOPWORDS_LOW;
  return text.endsWith(')') && SENTENCE_THEN_NOTE.test(text);
}

// A match report's own head lines, printed between the date line and the lead of sports pages: the
// score ("Nam Định 2-1 Hải Phòng") and the scorers ("Ghi bàn: Văn Vĩ 55', Hendrio 78'"). Team names
// are a few capitalised words; a scorer line carries its label or minutes.
const SCORE_LINE = /^\p{Lu}[\p{L}\d.&'’ -]{0,40}?\s\d{1,2}\s*[-–:]\s*\d{1,2}\s+\p{Lu}[\p{L}\d.&'’ -]{0,40}$/u;
const SCORER_LABEL =
  /^(ghi ban|ban thang|kien tao|the vang|the do|doi hinh( xuat phat)?|ty so|ti so|khan gia|trong tai)\s*:/;
const MINUTE_MARK = /\d{1,3}\s*['’]/;
const MATCH_REPORT_MAX_CHARS = 160;

/** A score or scorer line of a match report (see SCORE_LINE); `segment` as the stages carry it. */
export function isMatchReportLine(segment: Segment): boolean {
  const { text, folded, features } = segment;
  // Both shapes hold figures; most lines are ruled out by the features alone.
  if (features.digitRatio === 0 || features.charCount > MATCH_REPORT_MAX_CHARS) return false;
  if (SCORER_LABEL.test(folded)) return true;
  return (
    SCORE_LINE.test(text) ||
    (MINUTE_MARK.test(text) &&
      STARTS_UPPER_CASE.test(text) &&
      !features.endsWithSentencePunctuation &&
      text.split(MINUTE_MARK).length > 2)
  );
}

export interface BodyRegion {
  /** First body line that ends like a paragraph (endsLikeParagraph): the lead. */
  readonly start: number;
  /** Last body line. */
  readonly end: number;
}

function findFirstStanzaLine(lines: readonly CleaningLine[]): number {
  const stanzaLines = findStanzaLines(lines, (line) => line.role === 'body');
  return stanzaLines.size > 0 ? Math.min(...stanzaLines) : -1;
}

/** The span from the lead to the last body line after classification, or null without a body. */
export function findBodyRegion(lines: readonly CleaningLine[]): BodyRegion | null {
  let start = lines.findIndex((line) => line.role === 'body' && endsLikeParagraph(line.segment));
  // A poem printed whole has no line that ends like a paragraph: its first stanza opens the body.
  if (start < 0) start = findFirstStanzaLine(lines);
  if (start < 0) return null;
  // A match report's score and scorer lines right above the lead open the article with it.
  while (start > 0 && lines[start - 1]?.role === 'body' && isMatchReportLine(lines[start - 1]!.segment))
    start--;
  start = includeLeadInUnderDate(lines, start);
  const end = lines.findLastIndex((line) => line.role === 'body');
  return { start, end: Math.max(start, end) };
}

// A kicker ending with ":" may stand under the date line too, over the one line of the title; a list's
// lead-in has items under it.
const LEAD_IN_MIN_ITEMS = 2;

/**
 * A notice may open with a short lead-in right under the date line ("Gia đình vô cùng thương tiếc báo
 * tin:" over the name in capitals and the dates), too short to end like a paragraph: the kept lines
 * from that lead-in down open the body, when at least two items stand under it.
 */
function includeLeadInUnderDate(lines: readonly CleaningLine[], start: number): number {
  let top = start;
  while (top > 0 && lines[top - 1]!.role === 'body') top--;
  if (start - top <= LEAD_IN_MIN_ITEMS || !lines[top]!.segment.features.endsWithColon) return start;
  const date = lines[top - 1];
  return date !== undefined && isDateLine(date.segment.text, undefined, date.segment.folded) ? top : start;
}
