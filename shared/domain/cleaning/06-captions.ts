// Stage 06: photo captions between body paragraphs move out of the body into `captions`.
import { hasPhotoCredit, isCaptionLine, isFieldLine, isStandaloneCredit } from '#domain/metadata/caption';
import { findBodyRegion } from './regions.ts';
import { changeLine, withLines, type CleaningLine, type CleaningState } from './types.ts';
import { findStanzaLines } from './verse.ts';

// With an explicit photo credit a caption may be a full sentence or two (as in isCaptionLine).
const CREDITED_CAPTION_MAX_CHARS = 450;

/**
 * A line the classifier dropped (few stop words, or short) that carries a photo credit: a caption
 * ("Học sinh trong giờ ra chơi. Ảnh: Thanh Hằng"), which reads like a fragment to the classifier.
 */
function isDroppedCreditedCaption(line: CleaningLine): boolean {
  return (
    line.role === 'removed' && line.widget === null && line.blockClass !== null && isCreditedCaption(line)
  );
}

/** A caption's length with a photo credit ("… Ảnh: Quang Minh."). */
function isCreditedCaption(line: CleaningLine): boolean {
  return (
    line.segment.features.charCount <= CREDITED_CAPTION_MAX_CHARS &&
    hasPhotoCredit(line.segment.text, line.segment.folded)
  );
}

/** A line the classifier dropped (no widget): a photo caption reads like a fragment to it. */
function isDroppedText(line: CleaningLine): boolean {
  return line.role === 'removed' && line.widget === null && line.blockClass !== null;
}

/** A line without a sentence's end right above a credit of its own ("Canh bí đao nấu tôm" / "Ảnh:
 *  Internet", a video's title over "(Video: VTV)"): that photo's or video's caption. */
function isAboveOwnCredit(lines: readonly CleaningLine[], i: number): boolean {
  const { features } = lines[i]!.segment;
  const next = lines[i + 1];
  return (
    next !== undefined &&
    !features.endsWithSentencePunctuation &&
    features.wordCount >= 2 &&
    isStandaloneCredit(next.segment.text, next.segment.features, next.segment.folded)
  );
}

/**
 * A dropped line that describes a photo (isCaptionLine) with paragraphs right above and below it, or
 * the line right above a credit of its own.
 */
function isDroppedCaption(lines: readonly CleaningLine[], i: number): boolean {
  const line = lines[i]!;
  if (!isDroppedText(line)) return false;
  if (isAboveOwnCredit(lines, i)) return true;
  const { text, features, folded } = line.segment;
  const next = lines[i + 1];
  return lines[i - 1]?.role === 'body' && next?.role === 'body' && isCaptionLine(text, features, folded);
}

// A gallery numbers its photos on a line of their own above each caption: "Ảnh 2/8", "Hình 3/12", "2/8".
const GALLERY_COUNTER = /^(?:(?:anh|hinh) )?\d{1,2} ?\/ ?\d{1,2}$/;
const GALLERY_COUNTER_MAX_CHARS = 12;

/** A removed gallery counter ("Ảnh 2/8"): the line under it is that photo's caption, however it reads. */
function isGalleryCounter(line: CleaningLine | undefined): boolean {
  return (
    line !== undefined &&
    line.role === 'removed' &&
    line.segment.features.charCount <= GALLERY_COUNTER_MAX_CHARS &&
    GALLERY_COUNTER.test(line.segment.folded)
  );
}

/** A line under a gallery counter, of a caption's length (a credited one's at most). */
function isCountedCaption(lines: readonly CleaningLine[], i: number): boolean {
  const line = lines[i]!;
  return (
    (line.role === 'body' || isDroppedText(line)) &&
    line.segment.features.charCount <= CREDITED_CAPTION_MAX_CHARS &&
    isGalleryCounter(lines[i - 1])
  );
}

function isBodyField(line: CleaningLine | undefined): boolean {
  return line !== undefined && line.role === 'body' && isFieldLine(line.segment.text);
}

// A list's items run a handful of lines under their lead-in.
const LIST_MAX_ITEMS_ABOVE = 6;

/**
 * Whether the body lines above reach a lead-in ending with ":" through items only (lines without a
 * sentence's end): the line is one more item of that list ("Gia đình … báo tin:" / the name in
 * capitals / "Sinh năm 1941, nguyên Hiệu trưởng …").
 */
function isUnderLeadIn(lines: readonly CleaningLine[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - LIST_MAX_ITEMS_ABOVE; k--) {
    const line = lines[k]!;
    if (line.role !== 'body') return false;
    if (line.segment.features.endsWithColon) return true;
    if (line.segment.features.endsWithSentencePunctuation) return false;
  }
  return false;
}

/**
 * A row of a list or a record the article prints (a wanted person's particulars, an event's time and
 * place, a notice's name and dates): an item under a lead-in, a field line beside another, or a line
 * between two fields ("Sinh ngày … tại …" among "Họ và tên:" and "Nơi thường trú:"). A caption stands
 * alone between paragraphs.
 */
function isRecordRow(lines: readonly CleaningLine[], i: number): boolean {
  const line = lines[i]!;
  if (hasPhotoCredit(line.segment.text, line.segment.folded)) return false;
  if (isUnderLeadIn(lines, i)) return true;
  const aboveField = isBodyField(lines[i - 1]);
  const belowField = isBodyField(lines[i + 1]);
  return isFieldLine(line.segment.text) ? aboveField || belowField : aboveField && belowField;
}

export function extractCaptionsStage(state: CleaningState): CleaningState {
  const region = findBodyRegion(state.lines);
  if (!region) return state;
  // A credited photo may also close the article: up to the first widget after the body.
  const afterBody = state.lines.findIndex((line, i) => i > region.end && line.widget !== null);
  const creditedEnd = afterBody < 0 ? state.lines.length : afterBody;
  // A line of verse may describe a scene as a caption does ("Cánh cò chấp chới xa xôi"): its stanza
  // says it is the text.
  const stanzaLines = findStanzaLines(state.lines, (line) => line.role === 'body');
  const lines = state.lines.map((line, i): CleaningLine => {
    if (stanzaLines.has(i)) return line;
    if (i > region.start && i < creditedEnd && isCountedCaption(state.lines, i))
      return changeLine(line, { role: 'caption', reason: null });
    // Only lines with body on both sides: a caption stands between paragraphs, and a short last line
    // is more often the article's closing words or a signature than a photo.
    const between = i > region.start && i < region.end;
    if (
      between &&
      line.role === 'body' &&
      (isCaptionLine(line.segment.text, line.segment.features, line.segment.folded) ||
        isAboveOwnCredit(state.lines, i)) &&
      !isRecordRow(state.lines, i)
    )
      return changeLine(line, { role: 'caption', reason: null });
    if (i > region.start && i < creditedEnd && isDroppedCreditedCaption(line))
      return changeLine(line, { role: 'caption', reason: null });
    // The photo closing the article, its credited caption kept as the body's last line.
    if (i >= region.end && i > region.start && line.role === 'body' && isCreditedCaption(line))
      return changeLine(line, { role: 'caption', reason: null });
    if (between && isDroppedCaption(state.lines, i))
      return changeLine(line, { role: 'caption', reason: null });
    return line;
  });
  return withLines(state, lines);
}
