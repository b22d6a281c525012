// Related-news lists without a heading: after the article's last prose paragraph, lines shaped like
// headlines (no final period, a headline's length) are links to other articles, and so is a run of
// three or more of them anywhere: sub-headings and captions never come in threes. Under a related-news
// heading inside the article, headlines with a teaser sentence each go too.
import { parseBareNameLine, parseBylineLine } from '#domain/metadata/author';
import { hasPhotoCredit, isLabelledFigure } from '#domain/metadata/caption';
import { isDateLine } from '#domain/metadata/published-at';
import { parseDomainLine, parseSourceLine } from '#domain/metadata/source';
import { indicesWhere } from './line-indices.ts';
import { changeLine, withLines, type CleaningLine, type CleaningState } from './types.ts';
import { RELATED_NEWS_FAMILY } from './widget-families.ts';

// Calibration: Vietnamese headlines run 6–30 syllables (most 10–20); a role line under a byline or a
// name is shorter, a paragraph that lost its period is longer.
const HEADLINE_MIN_WORDS = 6;
const HEADLINE_MAX_WORDS = 30;
// A prose paragraph closing the article: a sentence of at least this many words.
const PROSE_MIN_WORDS = 10;
// After the article two headline-shaped lines make a list; one alone may be a closing caption or note.
const TAIL_LIST_MIN_LINES = 2;
// Inside the page three in a row are needed: two captions or a sub-heading and a caption can meet.
const INNER_RUN_MIN_LINES = 3;

// A headline opens with a capital, a figure, a quote or a bracket. Written once, not inline: an inline
// /…/u is a new object each time the function runs, and for \p{…} classes that costs more than the test.
const HEADLINE_START = /^[\p{Lu}\d"“'‘(]/u;

function isHeadlineShaped(line: CleaningLine): boolean {
  const { endsWithSentencePunctuation, endsWithColon, wordCount } = line.segment.features;
  const { text, folded } = line.segment;
  return (
    line.role === 'body' &&
    !endsWithSentencePunctuation &&
    !endsWithColon &&
    wordCount >= HEADLINE_MIN_WORDS &&
    wordCount <= HEADLINE_MAX_WORDS &&
    HEADLINE_START.test(text) &&
    !hasPhotoCredit(text, folded) &&
    parseBylineLine(text, folded) === null &&
    parseBareNameLine(text) === null &&
    parseSourceLine(text, folded) === null &&
    parseDomainLine(text) === null &&
    !isDateLine(text, undefined, folded)
  );
}

function isProse(line: CleaningLine): boolean {
  const { endsWithSentencePunctuation, wordCount } = line.segment.features;
  return line.role === 'body' && endsWithSentencePunctuation && wordCount >= PROSE_MIN_WORDS;
}

function markRelated(line: CleaningLine): CleaningLine {
  return changeLine(line, { role: 'removed', reason: 'related-news', widget: 'headline-run' });
}

/** Runs of headline-shaped body lines, where only removed lines may stand between two of them. */
function findRuns(lines: readonly CleaningLine[]): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  lines.forEach((line, i) => {
    if (isHeadlineShaped(line)) current.push(i);
    else if (line.role !== 'removed' && line.role !== 'meta') {
      if (current.length) runs.push(current);
      current = [];
    }
  });
  if (current.length) runs.push(current);
  return runs;
}

/** Whether the nearest kept line above `index` ends with ":" and so introduces a list. */
function followsListLeadIn(lines: readonly CleaningLine[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line || line.role === 'removed') continue;
    return line.segment.features.endsWithColon;
  }
  return false;
}

// A related-news box inside the article ("Tin nổi bật" between two paragraphs) may give each headline
// its teaser sentence. Two headline-and-teaser pairs make such a box; a headline alone may be followed
// by the article's next paragraph, which is then no teaser.
const BOX_MIN_PAIRS = 2;
const BOX_HEADLINE_MIN_WORDS = 4;
// Calibration: a teaser is the other article's sapo, one or two sentences of 20 to 60 syllables ("Ngày
// 7/9, Công an tỉnh … đã khởi tố …, tạm giữ 3 người liên quan."); the box needs two such pairs in a row.
const TEASER_MAX_WORDS = 60;

function isBoxHeadline(line: CleaningLine | undefined): boolean {
  if (!line || line.widget !== null) return false;
  const { endsWithSentencePunctuation, endsWithColon, wordCount } = line.segment.features;
  return (
    !endsWithSentencePunctuation &&
    !endsWithColon &&
    wordCount >= BOX_HEADLINE_MIN_WORDS &&
    wordCount <= HEADLINE_MAX_WORDS &&
    HEADLINE_START.test(line.segment.text)
  );
}

function isTeaser(line: CleaningLine | undefined): boolean {
  if (!line || line.widget !== null) return false;
  const { endsWithSentencePunctuation, wordCount } = line.segment.features;
  return endsWithSentencePunctuation && wordCount <= TEASER_MAX_WORDS;
}

/** The headline-and-teaser pairs under a related-news heading inside the article, when there are two. */
function findTeaserBox(lines: readonly CleaningLine[], heading: number): number[] {
  const box: number[] = [];
  let i = heading + 1;
  while (isBoxHeadline(lines[i]) && isTeaser(lines[i + 1])) {
    box.push(i, i + 1);
    i += 2;
  }
  return box.length >= BOX_MIN_PAIRS * 2 ? box : [];
}

/**
 * A fact box or spec sheet prints its figures under labels, one a line ("Chiều dài toàn tuyến: 54 km",
 * "Tổng vốn đầu tư: 7.800 tỷ đồng"): such lines are shaped like headlines ("Hà Nội: 5 người …" is one),
 * but a list of other articles never labels every line so.
 */
function isFactBox(lines: readonly CleaningLine[], indices: readonly number[]): boolean {
  return indices.every((i) => isLabelledFigure(lines[i]?.segment.text ?? ''));
}

export function removeHeadlineRunsStage(state: CleaningState): CleaningState {
  const lastProse = state.lines.findLastIndex(isProse);
  if (lastProse < 0) return state;
  const firstProse = state.lines.findIndex(isProse);
  const related = new Set<number>();
  for (let i = firstProse + 1; i < lastProse; i++)
    if (state.lines[i]?.widget === RELATED_NEWS_FAMILY)
      for (const j of findTeaserBox(state.lines, i)) related.add(j);
  const tail = indicesWhere(state.lines, (line, i) => i > lastProse && isHeadlineShaped(line));
  // Items of a list the text introduces ("gồm các nội dung sau:") are shaped like headlines too.
  if (
    tail.length >= TAIL_LIST_MIN_LINES &&
    !followsListLeadIn(state.lines, tail[0] ?? 0) &&
    !isFactBox(state.lines, tail)
  )
    tail.forEach((i) => related.add(i));
  for (const run of findRuns(state.lines)) {
    const first = run[0] ?? 0;
    // Above the lead the title chooser decides; a run there is handled with the head.
    if (
      run.length >= INNER_RUN_MIN_LINES &&
      first > firstProse &&
      !followsListLeadIn(state.lines, first) &&
      !isFactBox(state.lines, run)
    )
      run.forEach((i) => related.add(i));
  }
  if (related.size === 0) return state;
  const lines = state.lines.map((line, i) => (related.has(i) ? markRelated(line) : line));
  return withLines(state, lines);
}
