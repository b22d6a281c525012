// Stage 04a: the article's own structure between its paragraphs. Sub-headings ("1. Tiềm năng lớn",
// "KẾT QUẢ NỔI BẬT", "Uống đủ nước"), lists (a lead-in ending with ":" and items opening with "-", "•"
// or "a)", or bare items such as match results under "Kết quả các trận đấu:"), table rows and the
// turns of an interview are short and poor in stop words, so the jusText-style classifier drops them,
// and on pages whose paragraphs are all of middling length even its context smoothing does not save
// them. Set between body paragraphs they are the article's text, and go back into the body.
import {
  hasPhotoCredit,
  isEnumeration,
  isFieldLine,
  isLabelledFigure,
  isStandaloneCredit,
  looksLikeSubheading,
} from '#domain/metadata/caption';
import { parseBareNameLine, parseBylineLine, parseProductionCredit } from '#domain/metadata/author';
import { parseSourceLine } from '#domain/metadata/source';
import { isDateLine } from '#domain/metadata/published-at';
import { foldDiacritics } from '#domain/text/normalize';
import { VIETNAMESE_STOPWORDS } from '#domain/text/stopwords';
import { endsLikeParagraph, isMatchReportLine, isProseParagraph, isTableRow } from './regions.ts';
import { PROSE_LEAD_IN_MIN_WORDS, STOPWORDS_LOW } from './thresholds.ts';
import { changeLine, withLines, type CleaningLine, type CleaningState } from './types.ts';
import { findStanzaLines } from './verse.ts';
import { isInlineWidget } from './widget-families.ts';

// Recipes and how-to pieces number their steps with a word: "Bước 1:", "Bước 2.".
const LIST_ITEM = /^(?:[-–•+*]|\d{1,2}[.)]|[a-zđ][.)]|[Bb]ước\s+\d{1,2}\s*[:.)])\s+\S/u;
// A lead-in introduces a list or a quotation: a clause of a few words ending with ":", or shorter
// ("Ghi bàn:", "Cách làm:") when a marked list item or a kept paragraph follows it.
const LEAD_IN_MIN_WORDS = 3;
// Structure lines are short; a long line the classifier dropped was dropped for its content.
const STRUCTURE_MAX_WORDS = 40;
// Items of a list without markers (results, names, places) under a lead-in are short lines.
const BARE_ITEM_MAX_WORDS = 15;
// An item may be longer when it enumerates under a label of its own (isEnumeration, a line-up).
// Sentence-case sub-headings ("Khó khăn về nhân lực") are a few words; a longer line without a period
// between paragraphs is more often a caption or a link to another article.
const SUBHEADING_MIN_WORDS = 2;
const SUBHEADING_MAX_WORDS = 10;
const TITLE_CASE_MIN_WORDS = 3;
// The paragraph a sub-heading opens is prose: a sentence of at least this many words.
const SECTION_PARAGRAPH_MIN_WORDS = 10;
// Interview turns open with the speaker: "PV:", "Ông Nguyễn Văn Hưng:" (one to six words).
const SPEAKER_LABEL = /^(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,5})\s*:\s+\S/u;

// A live blog stamps each update with its time, on a line of its own: "10:30", "10h30:", "10:30 12/7".
const TIME_STAMP =
  /^(?:[01]?\d|2[0-3])\s*[:hg]\s*[0-5]\d(?:\s*[-,|]?\s*(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?)?\s*:?$/u;
const TIME_STAMP_MAX_CHARS = 24;

function isTimeStamp({ text, features }: CleaningLine['segment']): boolean {
  // The cheap tests first: a stamp is short and opens with a digit.
  return features.charCount <= TIME_STAMP_MAX_CHARS && /^\d/.test(text) && TIME_STAMP.test(text);
}

// Official and legal prose punctuates its list items: each closes with ";" and the last with "." ("Ông
// …, Phó Giám đốc Sở Tài chính, giữ chức Giám đốc Sở Tài chính;"). The semicolon makes a line an item
// whatever its length, up to a structure line's.
const SEMICOLON_ITEM_END = /;\s*$/;

/** An item of a list without markers: a short line, an item closing with ";", or an enumeration under
 *  its own label. */
function isBareItem({ text, features }: CleaningLine['segment']): boolean {
  if (features.endsWithColon) return false;
  if (features.wordCount <= BARE_ITEM_MAX_WORDS) return true;
  if (features.wordCount > STRUCTURE_MAX_WORDS) return false;
  return SEMICOLON_ITEM_END.test(text) || isEnumeration(text);
}

// A sentence a scraper broke at an inline element (a link, a bold run) goes on, in lower case, on the
// next line: "các tuyến xe buýt được điều chỉnh lộ trình" / "trong ít nhất sáu tháng tới, theo …".
const OPENS_LOWER_CASE = /^\p{Ll}/u;

function opensLowerCase(line: CleaningLine | undefined): boolean {
  return line !== undefined && OPENS_LOWER_CASE.test(line.segment.text);
}

function endsSentence({ features }: CleaningLine['segment']): boolean {
  return features.endsWithSentencePunctuation || features.endsWithColon;
}

/**
 * A dropped line between two body lines that is part of a sentence broken over lines: it ends no
 * sentence and the body line under it goes on in lower case, or it goes on in lower case from a body
 * line above that ended none. Too short to be judged alone, it is the paragraph's, as the lines it
 * joins are.
 */
function isBrokenSentence(lines: readonly CleaningLine[], i: number): boolean {
  const line = lines[i]!;
  if (!isDroppedText(line) || i === 0) return false;
  const above = lines[i - 1]!;
  const below = lines[i + 1];
  if (above.role !== 'body' || below?.role !== 'body') return false;
  return (
    (!endsSentence(line.segment) && opensLowerCase(below)) ||
    (!endsSentence(above.segment) && opensLowerCase(line))
  );
}

function isDroppedText(line: CleaningLine): boolean {
  return line.role === 'removed' && line.widget === null && line.blockClass !== null;
}

function isLeadIn(lines: readonly CleaningLine[], i: number): boolean {
  const { features } = lines[i]!.segment;
  if (!features.endsWithColon) return false;
  if (features.wordCount >= LEAD_IN_MIN_WORDS) return true;
  const next = lines[i + 1];
  return (
    next !== undefined &&
    (LIST_ITEM.test(next.segment.text) || isKeptParagraph(next) || isDroppedBareItem(next))
  );
}

/** A dropped line that may be an item of a list without markers ("1 con cá lóc khoảng 800 g"). A
 *  label's list must still close on the body (the lead-in loop of the stage). */
function isDroppedBareItem(line: CleaningLine): boolean {
  return (
    isDroppedText(line) && !line.segment.features.endsWithSentencePunctuation && isBareItem(line.segment)
  );
}

/**
 * A list may close on the lead-in of the next one, which opens onto the article's text ("Nguyên liệu:"
 * / its items / "Cách làm:" / the steps): a short label whose next line is kept.
 */
function isLeadInToBody(lines: readonly CleaningLine[], j: number): boolean {
  const line = lines[j];
  return (
    line !== undefined &&
    isDroppedText(line) &&
    line.segment.features.endsWithColon &&
    isKeptLine(lines[j + 1])
  );
}

function isKeptLine(line: CleaningLine | undefined): boolean {
  return line !== undefined && line.role === 'body';
}

/** A prose paragraph (isProseParagraph) that the classifier dropped, no widget. */
function isDroppedProse(line: CleaningLine | undefined): boolean {
  return line !== undefined && isDroppedText(line) && isProseParagraph(line.segment.features);
}

/** A line the classifier kept that ends as a sentence: the text a short label ("Cách làm:") opens. */
function isKeptParagraph(line: CleaningLine): boolean {
  return line.role === 'body' && line.segment.features.endsWithSentencePunctuation;
}

/** A table's header row: cells between separators right above a row with figures ("Loại | Mua vào | Bán
 *  ra" over "Vàng miếng SJC | 94.000 | 95.500"). */
function isTableHeader(lines: readonly CleaningLine[], i: number): boolean {
  const { text } = lines[i]!.segment;
  const next = lines[i + 1];
  return (text.includes('|') || text.includes('\t')) && next !== undefined && isTableRow(next.segment.text);
}

// A table's title is a heading's length: "Giá vàng trong nước", "Bảng giá lúa tại ruộng ngày 10/4".
const TABLE_TITLE_MAX_WORDS = 12;

/** The title right above a table (its header row or first row), a short line that is no sentence. */
function isTableTitle(lines: readonly CleaningLine[], i: number): boolean {
  const { features } = lines[i]!.segment;
  if (features.wordCount > TABLE_TITLE_MAX_WORDS || features.endsWithSentencePunctuation) return false;
  const next = lines[i + 1];
  return next !== undefined && (isTableRow(next.segment.text) || isTableHeader(lines, i + 1));
}

// A fact box prints its record as fields without a lead-in: a film review's "Đạo diễn: …", "Thể loại:
// …", "Thời lượng: 112 phút", a profile's "Năm sinh: …", "Quê quán: …". Three fields in a row make a
// record; one or two may be a byline and a source ("Tác giả: …", "Nguồn: …"), which are no fields, nor
// are a long-read's credits under its sapo ("Thực hiện: …", "Ảnh: …", "Đồ họa: …").
const FIELD_RUN_MIN_LINES = 3;

/** A short "Label: value" line (isFieldLine) that is no byline, source line or production credit. */
function isRecordField(line: CleaningLine | undefined): boolean {
  if (line === undefined || line.widget !== null) return false;
  const { text, folded, features } = line.segment;
  if (features.wordCount > BARE_ITEM_MAX_WORDS || features.endsWithSentencePunctuation) return false;
  return (
    isFieldLine(text) &&
    parseBylineLine(text, folded) === null &&
    parseSourceLine(text, folded) === null &&
    parseProductionCredit(text, folded) === null
  );
}

/** A dropped field of a run of at least FIELD_RUN_MIN_LINES fields (see FIELD_RUN_MIN_LINES). */
function isFieldOfRecord(lines: readonly CleaningLine[], i: number): boolean {
  if (!isRecordField(lines[i])) return false;
  let first = i;
  while (first > 0 && i - first < FIELD_RUN_MIN_LINES && isRecordField(lines[first - 1])) first--;
  let last = i;
  while (last - first + 1 < FIELD_RUN_MIN_LINES && isRecordField(lines[last + 1])) last++;
  return last - first + 1 >= FIELD_RUN_MIN_LINES;
}

function isStructureLine(lines: readonly CleaningLine[], i: number): boolean {
  const line = lines[i]!;
  if (!isDroppedText(line)) return false;
  const { text, folded, features } = line.segment;
  if (features.wordCount === 0 || features.wordCount > STRUCTURE_MAX_WORDS) return false;
  return (
    LIST_ITEM.test(text) ||
    isLeadIn(lines, i) ||
    isTableRow(text) ||
    isTableHeader(lines, i) ||
    isTableTitle(lines, i) ||
    isTimeStamp(line.segment) ||
    looksLikeSubheading(text, features, folded) ||
    isFieldOfRecord(lines, i) ||
    // A fact box's row ("Tổng vốn đầu tư: 7.800 tỷ đồng") between paragraphs is the article's data.
    isLabelledFigure(text)
  );
}

/**
 * Lines a structure run may stand beside without breaking it: inline widgets, credited photos, and the
 * caption line right above a credit of its own ("Canh bí đao nấu tôm" / "Ảnh: Internet").
 */
function isTransparent(lines: readonly CleaningLine[], i: number): boolean {
  const line = lines[i]!;
  if (line.widget !== null) return isInlineWidget(line.widget);
  if (line.role === 'caption' || hasPhotoCredit(line.segment.text, line.segment.folded)) return true;
  const next = lines[i + 1];
  return (
    next !== undefined &&
    next.widget === null &&
    !line.segment.features.endsWithSentencePunctuation &&
    isStandaloneCredit(next.segment.text, next.segment.features, next.segment.folded)
  );
}

/** The nearest line in a direction that is neither structure nor transparent, or -1. */
function nearestOther(
  lines: readonly CleaningLine[],
  from: number,
  step: 1 | -1,
  isStructure: (i: number) => boolean,
): number {
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    if (isStructure(i) || isTransparent(lines, i)) continue;
    return i;
  }
  return -1;
}

// Expressions with the u flag are written once here, not inline: an inline /…/u is a new object each
// time the function runs, and for \p{…} classes that costs several times the test itself.
const STARTS_UPPER_CASE = /^\p{Lu}/u;
const ENDS_WITH_PUNCTUATION = /[.,;:!?…"”)\]]$/u;

/**
 * A sentence-case sub-heading: a few words opening with a capital, no final punctuation, no name or
 * figures, with a body line above and a prose paragraph right under it (past photos).
 */
function isSentenceCaseSubheading(
  lines: readonly CleaningLine[],
  i: number,
  articleWords: () => ReadonlySet<string>,
): boolean {
  const line = lines[i]!;
  if (!isDroppedText(line)) return false;
  const { text, features } = line.segment;
  if (features.wordCount < SUBHEADING_MIN_WORDS || features.wordCount > SUBHEADING_MAX_WORDS) return false;
  if (features.digitRatio > 0 || !STARTS_UPPER_CASE.test(text) || ENDS_WITH_PUNCTUATION.test(text))
    return false;
  // Every word capitalised is a menu of section names ("Thời Sự Kinh Tế Văn Hóa").
  if (features.capitalisedRatio >= 1 && features.wordCount >= TITLE_CASE_MIN_WORDS) return false;
  // Three words or more without one Vietnamese letter are a site's English chrome ("Sign up for free").
  if (features.vietnameseLetterRunCount === 0 && features.wordCount >= TITLE_CASE_MIN_WORDS) return false;
  // The neighbours first: they settle most lines before the credit and name parsers run.
  const next = nearestOther(lines, i, 1, () => false);
  const previous = nearestOther(lines, i, -1, () => false);
  const below = lines[next]?.segment.features;
  const betweenBodyLines =
    lines[previous]?.role === 'body' &&
    lines[next]?.role === 'body' &&
    below !== undefined &&
    below.endsWithSentencePunctuation &&
    below.wordCount >= SECTION_PARAGRAPH_MIN_WORDS;
  return (
    betweenBodyLines &&
    !hasPhotoCredit(text, line.segment.folded) &&
    parseBareNameLine(text) === null &&
    !isOffTopic(line, articleWords)
  );
}

// A sub-heading names what its section is about, so some of its words recur in the article; a link to
// another article set between two paragraphs ("Giá vàng tăng vọt trong phiên sáng nay" in a piece on
// schools) may share none. Short sub-headings ("Nỗi lo còn đó") are left alone: a few syllables may
// miss the text by chance, a headline's six or more hardly do.
const OFF_TOPIC_MIN_WORDS = 6;
const FOLDED_STOPWORDS: ReadonlySet<string> = new Set([...VIETNAMESE_STOPWORDS].map(foldDiacritics));
const SYLLABLE_SEPARATOR = /[^\p{L}\d]+/u;

function isOffTopic(line: CleaningLine, articleWords: () => ReadonlySet<string>): boolean {
  if (line.segment.features.wordCount < OFF_TOPIC_MIN_WORDS) return false;
  const words = articleWords();
  return !line.segment.folded
    .split(SYLLABLE_SEPARATOR)
    .some((word) => word.length > 1 && !FOLDED_STOPWORDS.has(word) && words.has(word));
}

/** The folded syllables of the body lines, read once and only when a sub-heading needs them. */
function lazyArticleWords(lines: readonly CleaningLine[]): () => ReadonlySet<string> {
  let words: Set<string> | null = null;
  return () => {
    if (words) return words;
    words = new Set();
    for (const line of lines)
      if (line.role === 'body')
        for (const word of line.segment.folded.split(SYLLABLE_SEPARATOR)) words.add(word);
    return words;
  };
}

/** Speaker labels that open body lines ("PV:", "Ông Nguyễn Văn Hưng:"): the page is an interview. */
function findSpeakers(lines: readonly CleaningLine[]): ReadonlySet<string> {
  const speakers = new Set<string>();
  for (const line of lines) {
    if (line.role !== 'body' || !line.segment.text.includes(':')) continue;
    const label = SPEAKER_LABEL.exec(line.segment.text)?.[1];
    if (label) speakers.add(label);
  }
  return speakers;
}

/** A dropped sentence that opens with the label of a speaker the body already quotes: an interview turn. */
function isInterviewTurn(line: CleaningLine, speakers: ReadonlySet<string>): boolean {
  if (speakers.size === 0 || !isDroppedText(line)) return false;
  if (!line.segment.features.endsWithSentencePunctuation) return false;
  const label = SPEAKER_LABEL.exec(line.segment.text)?.[1];
  return label !== undefined && speakers.has(label);
}

// Some interviews mark their turns instead of naming the speaker: "* Thưa ông, …?" for the questions,
// "- Chúng tôi …" for the answers. The marker is a line's first character, followed by a space.
const TURN_MARKERS = '*+-–•';
// Two marked body lines make a convention of the page, one may be a stray list item.
const TURN_MARKER_MIN_LINES = 2;

function readTurnMarker(text: string): string | null {
  const marker = text.charAt(0);
  return TURN_MARKERS.includes(marker) && text.charAt(1) === ' ' ? marker : null;
}

/** The markers that open at least two body lines: the page's way of marking its turns or items. */
function findTurnMarkers(lines: readonly CleaningLine[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.role !== 'body') continue;
    const marker = readTurnMarker(line.segment.text);
    if (marker !== null) counts.set(marker, (counts.get(marker) ?? 0) + 1);
  }
  const markers = new Set<string>();
  for (const [marker, count] of counts) if (count >= TURN_MARKER_MIN_LINES) markers.add(marker);
  return markers;
}

/**
 * A dropped sentence right after a body line that opens with one of the page's turn markers: the next
 * turn, however short ("* Xin cảm ơn ông!" closing the interview).
 */
function isMarkedTurn(lines: readonly CleaningLine[], i: number, markers: ReadonlySet<string>): boolean {
  const line = lines[i]!;
  if (markers.size === 0 || !isDroppedText(line) || lines[i - 1]?.role !== 'body') return false;
  if (!line.segment.features.endsWithSentencePunctuation) return false;
  const marker = readTurnMarker(line.segment.text);
  return marker !== null && markers.has(marker);
}

// Reader-mail and advice columns label their turns: "Bạn đọc hỏi:", "Hỏi:", "Câu hỏi:", then "Trả
// lời:", "Đáp:", "Luật sư Trần Minh Đức trả lời:", "Bác sĩ tư vấn:", alone or opening the turn's text.
// The asker may be named, with a place in brackets: "Bạn đọc Minh Hà (Hà Nội) hỏi:".
// So may the one who answers, with a workplace: "Bác sĩ Lê Văn An, Bệnh viện Nhi trả lời:", or a law
// firm's full name: "Luật sư Phạm Thị Hoa, Công ty Luật TNHH Minh Chính, trả lời:" (13 words; the
// character cap below keeps the label short all the same).
// A column of several questions numbers them: "Câu hỏi 1:", "Hỏi 2:".
const QUESTION_LABEL = /^(?:[a-z(),.]+ ){0,8}hoi(?:\s+\d{1,2})?\s*:/;
const ANSWER_LABEL = /^(?:[a-z(),.]+ ){0,14}(?:tra loi|giai dap|dap|tu van)\s*:/;
// A label opens the line; it is a few words, so the colon comes early.
const QA_LABEL_MAX_CHARS = 64;

export function readQaLabel(folded: string): 'question' | 'answer' | null {
  const colon = folded.indexOf(':');
  if (colon < 0 || colon > QA_LABEL_MAX_CHARS) return null;
  const head = folded.slice(0, colon + 1);
  if (head.includes('hoi') && QUESTION_LABEL.test(head)) return 'question';
  if (
    (head.includes('tra loi') || head.includes('dap') || head.includes('tu van')) &&
    ANSWER_LABEL.test(head)
  )
    return 'answer';
  return null;
}

/**
 * The turns of a reader-mail column: on a page with both a question and an answer label, each label
 * and the sentences under it down to the next label (the question, the answer) are the article, which
 * the classifier drops for their labels' shortness and the short turns.
 */
function findQaTurns(lines: readonly CleaningLine[]): number[] {
  const labels: { index: number; kind: 'question' | 'answer' }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.widget !== null) continue;
    const kind = readQaLabel(line.segment.folded);
    if (kind) labels.push({ index, kind });
  }
  if (!labels.some(({ kind }) => kind === 'question') || !labels.some(({ kind }) => kind === 'answer'))
    return [];
  const turns: number[] = [];
  for (const { index } of labels) {
    turns.push(index);
    for (let j = index + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.widget !== null || readQaLabel(line.segment.folded) !== null) break;
      if (line.role === 'body') continue;
      // A reader's question is often signed in brackets after its last sentence: "(Thu Hà, Hải Dương)".
      if (!isDroppedText(line) || !endsLikeParagraph(line.segment)) break;
      turns.push(j);
    }
  }
  return turns;
}

/**
 * A match report's score and scorer lines between the date line and the lead (isMatchReportLine):
 * above them is the head, so they reach no body line there.
 */
function isMatchReportUnderDate(lines: readonly CleaningLine[], i: number): boolean {
  const line = lines[i]!;
  if (!isDroppedText(line) || !isMatchReportLine(line.segment)) return false;
  let below = i + 1;
  while (below < lines.length && isMatchReportLine(lines[below]!.segment)) below++;
  if (lines[below]?.role !== 'body') return false;
  let above = i - 1;
  while (above >= 0 && isMatchReportLine(lines[above]!.segment)) above--;
  const date = lines[above];
  return date !== undefined && isDateLine(date.segment.text, undefined, date.segment.folded);
}

/** A lead-in written as a clause of the text (see PROSE_LEAD_IN_MIN_WORDS), not a label. */
function isProseLeadIn(line: CleaningLine): boolean {
  const { wordCount, stopwordDensity } = line.segment.features;
  return wordCount >= PROSE_LEAD_IN_MIN_WORDS && stopwordDensity >= STOPWORDS_LOW;
}

/** A kept line of a list: no sentence's end, no longer than a structure line (a kept item may run
 *  past a bare item's length: the classifier found it prose enough). */
function isKeptBareItem(line: CleaningLine): boolean {
  const { endsWithSentencePunctuation, endsWithColon, wordCount } = line.segment.features;
  return (
    line.role === 'body' &&
    line.widget === null &&
    !endsWithSentencePunctuation &&
    !endsWithColon &&
    wordCount <= STRUCTURE_MAX_WORDS
  );
}

/** A widget that is no part of the text (not an inline one): where the article's footer begins. */
function opensFooter(line: CleaningLine | undefined): boolean {
  return line !== undefined && line.widget !== null && !isInlineWidget(line.widget);
}

/**
 * A line right under the date line: there the article starts, so a lead-in there opens it (a notice's
 * "Gia đình vô cùng thương tiếc báo tin:" over the name and the dates), though no body line is above.
 */
function isUnderDateLine(lines: readonly CleaningLine[], i: number): boolean {
  const date = lines[i - 1];
  return date !== undefined && isDateLine(date.segment.text, undefined, date.segment.folded);
}

/**
 * Where the author's name closes a list that ends the article, as a position in `items`, or -1. The
 * name is as short as an item. The last item, when a name; or else the first name after items that are
 * no names (a table, a spec sheet), when the site's own short links ("Đăng ký lái thử") follow the
 * signature. A list of names is no such case: its first item is a name already.
 */
function findClosingAuthor(lines: readonly CleaningLine[], items: readonly number[]): number {
  const isName = (k: number) => parseBareNameLine(lines[items[k]!]!.segment.text) !== null;
  if (items.length > 1 && isName(items.length - 1)) return items.length - 1;
  if (items.length === 0 || isName(0)) return -1;
  for (let k = 1; k < items.length; k++) if (isName(k)) return k;
  return -1;
}

const restore = (line: CleaningLine): CleaningLine =>
  changeLine(line, {
    role: 'body',
    reason: null,
    blockClass: 'good',
  });

/** Whether the nearest line from `i` going `step`, past structure lines and transparent ones, is body.
 *  A module function rather than a closure in the stage: the stage runs on every page. */
function reachesBody(
  lines: readonly CleaningLine[],
  structure: readonly boolean[],
  i: number,
  step: 1 | -1,
): boolean {
  const nearest = nearestOther(lines, i, step, (k) => structure[k] === true);
  // nearestOther gives -1 for none: reading index -1 would be a named-property look-up.
  return nearest >= 0 && lines[nearest]!.role === 'body';
}

export function keepBodyStructureStage(state: CleaningState): CleaningState {
  const { lines: input } = state;
  const structure = input.map((_, i) => isStructureLine(input, i));
  const restored = new Set<number>();
  const articleWords = lazyArticleWords(input);
  input.forEach((_, i) => {
    if (structure[i] && reachesBody(input, structure, i, -1) && reachesBody(input, structure, i, 1))
      restored.add(i);
  });
  // A lead-in with bare items under it ("Kết quả các trận đấu:" / "Chelsea 3-0 Fulham" / …): the items
  // reach down to the body line that closes the list, or to the author's name when the list closes the
  // article (a match report's line-ups above "Anh Khoa").
  input.forEach((line, i) => {
    // The classifier may have kept the lead-in itself, a clause as long as a paragraph's sentence.
    const leadIn = structure[i] || (line.role === 'body' && line.widget === null);
    if (!leadIn || !line.segment.features.endsWithColon) return;
    if (!reachesBody(input, structure, i, -1) && !isUnderDateLine(input, i)) return;
    const items: number[] = [];
    let j = i + 1;
    for (; j < input.length; j++) {
      const item = input[j]!;
      // Items the classifier kept belong to the list as well; the dropped ones are to be restored.
      if (isKeptBareItem(item)) continue;
      if (!isDroppedText(item) || !isBareItem(item.segment)) break;
      items.push(j);
    }
    // The paragraph that closes the list may have been dropped itself: jusText judges a paragraph by
    // its neighbours, and a list's short items are poor ones. A prose paragraph still closes the list.
    const closingProse = items.length > 0 && isDroppedProse(input[j]);
    if (closingProse) restored.add(j);
    const closedByLeadIn = items.length > 0 && isLeadInToBody(input, j);
    if (closedByLeadIn) restored.add(j);
    const closedByBody = input[j]?.role === 'body' || restored.has(j);
    const closedByFooter = items.length > 0 && isProseLeadIn(line) && opensFooter(input[j]);
    // The author's name closes the list before any footer under it: the site's short links between the
    // signature and the footer are no items, wherever the page ends.
    const author = closedByBody ? -1 : findClosingAuthor(input, items);
    const kept = author < 0 ? items : items.slice(0, author);
    if (kept.length > 0 && (closedByBody || closedByFooter || author >= 0))
      for (const index of [i, ...kept]) restored.add(index);
  });
  input.forEach((_, i) => {
    if (!restored.has(i) && isSentenceCaseSubheading(input, i, articleWords)) restored.add(i);
  });
  input.forEach((_, i) => {
    if (!restored.has(i) && isMatchReportUnderDate(input, i)) restored.add(i);
  });
  for (const i of findQaTurns(input)) if (isDroppedText(input[i]!)) restored.add(i);
  // A stanza is the article's text wherever it stands: a poem printed whole has no paragraph to reach.
  for (const i of findStanzaLines(input, isDroppedText)) restored.add(i);
  const speakers = findSpeakers(input);
  input.forEach((line, i) => {
    if (!restored.has(i) && isInterviewTurn(line, speakers)) restored.add(i);
  });
  const markers = findTurnMarkers(input);
  input.forEach((_, i) => {
    if (!restored.has(i) && isMarkedTurn(input, i, markers)) restored.add(i);
  });
  input.forEach((_, i) => {
    if (!restored.has(i) && isBrokenSentence(input, i)) restored.add(i);
  });
  if (restored.size === 0) return state;
  return withLines(
    state,
    input.map((line, i) => (restored.has(i) ? restore(line) : line)),
  );
}
