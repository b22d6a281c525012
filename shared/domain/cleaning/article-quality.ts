// The honest gate: is what the cleaner kept a Vietnamese news article at all? Listing and category
// pages (headlines, each with a teaser), empty shells, login pages and foreign-language pages go
// through the same cascade and come out with a little "body"; they are flagged, not stored as news.
import type { ArticleQuality } from '#domain/article/types';
import { hasPhotoCredit, isLabelledFigure } from '#domain/metadata/caption';
import { judgeVietnameseShare } from '#domain/text/vietnamese-letters';
import { indicesWhere } from './line-indices.ts';
import { isTableRow } from './regions.ts';
import type { CleaningLine, CleaningState } from './types.ts';
import { findStanzaLines } from './verse.ts';

// Calibration: the shortest real briefs ("tin vắn") carry two sentences of 20+ syllables; below
// this many words a page kept a caption or a stray sentence, not an article.
const MIN_ARTICLE_WORDS = 40;
// A prose paragraph: a sentence of at least this many words.
const PROSE_MIN_WORDS = 10;
// Headline-shaped: no final period, 6–30 syllables (see headline-runs.ts).
const HEADLINE_MIN_WORDS = 6;
const HEADLINE_MAX_WORDS = 30;
// A listing interleaves a headline with each teaser (one per paragraph); a feature article has a
// sub-heading every two or three paragraphs at most. Four interleaved headlines at eight or more per
// ten paragraphs is a listing.
const LISTING_MIN_HEADLINES = 4;
const LISTING_HEADLINES_PER_PARAGRAPH = 0.8;
// A page of bare headlines with fewer prose paragraphs than this is a link list.
const LINK_LIST_MIN_HEADLINES = 5;
const LINK_LIST_MAX_PARAGRAPHS = 2;

// Items of a list, table rows and clauses continued on the next line ("1. Hoàn thiện hạ tầng số;",
// "gồm:") are the article's text, never headlines of a listing.
const LIST_ITEM = /^(?:[-–•+*]|\d{1,2}[.)]|[a-zđ][.)])\s/u;
const CONTINUES_TEXT = /[:;,]$/;

function isProse(line: CleaningLine): boolean {
  const { endsWithSentencePunctuation, wordCount } = line.segment.features;
  return endsWithSentencePunctuation && wordCount >= PROSE_MIN_WORDS;
}

function isHeadlineShaped(line: CleaningLine): boolean {
  const { endsWithSentencePunctuation, wordCount } = line.segment.features;
  // The cheap tests first: the photo-credit expressions run only on lines shaped like headlines.
  return (
    line.widget === null &&
    line.role !== 'title' &&
    line.role !== 'meta' &&
    line.role !== 'caption' &&
    !endsWithSentencePunctuation &&
    wordCount >= HEADLINE_MIN_WORDS &&
    wordCount <= HEADLINE_MAX_WORDS &&
    !CONTINUES_TEXT.test(line.segment.text) &&
    !LIST_ITEM.test(line.segment.text) &&
    !isTableRow(line.segment.text) &&
    // A fact box's row ("Tổng vốn đầu tư: 7.800 tỷ đồng") is the article's data, no other article.
    !isLabelledFigure(line.segment.text) &&
    !hasPhotoCredit(line.segment.text, line.segment.folded)
  );
}

/**
 * Body lines under a lead-in ending with ":" down to the next sentence: the lead-in's list ("Thông số
 * kỹ thuật chính:" / "Động cơ: 1.5L tăng áp, 4 xi-lanh" / …). A spec sheet's rows have a headline's
 * shape, but a listing's headlines follow no lead-in.
 */
function findListItems(lines: CleaningState['lines']): ReadonlySet<number> {
  const items = new Set<number>();
  let underLeadIn = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.role !== 'body') continue;
    if (underLeadIn && !line.segment.features.endsWithSentencePunctuation) items.add(i);
    else underLeadIn = false;
    if (line.segment.features.endsWithColon) underLeadIn = true;
  }
  return items;
}

/** Decides from the cleaned lines whether the page is an article, and why not. */
export function assessArticleQuality(lines: CleaningState['lines']): ArticleQuality {
  const body = lines.filter((line) => line.role === 'body');
  // The whole page is judged only when nothing is left in the body. Segments are NFC, and their letter
  // runs add up to those of the text joined (looksVietnamese of the joined text, without joining it).
  const judged = body.length > 0 ? body : lines;
  let letterRuns = 0;
  let vietnameseLetterRuns = 0;
  for (const { segment } of judged) {
    letterRuns += segment.features.letterRunCount;
    vietnameseLetterRuns += segment.features.vietnameseLetterRunCount;
  }
  if (!judgeVietnameseShare(letterRuns, vietnameseLetterRuns))
    return { isArticle: false, reason: 'not-vietnamese' };
  const proseIndices = indicesWhere(lines, (line) => line.role === 'body' && isProse(line));
  const listItems = findListItems(lines);
  // Lines of verse have a headline's shape; a poem is no listing.
  const stanzaLines = findStanzaLines(lines, (line) => line.role === 'body');
  const headlines = indicesWhere(
    lines,
    (line, i) => isHeadlineShaped(line) && !listItems.has(i) && !stanzaLines.has(i),
  );
  const first = proseIndices[0] ?? -1;
  const last = proseIndices.at(-1) ?? -1;
  const interleaved = headlines.filter((i) => i > first && i < last).length;
  if (
    interleaved >= LISTING_MIN_HEADLINES &&
    interleaved >= proseIndices.length * LISTING_HEADLINES_PER_PARAGRAPH
  )
    return { isArticle: false, reason: 'listing' };
  if (headlines.length >= LINK_LIST_MIN_HEADLINES && proseIndices.length < LINK_LIST_MAX_PARAGRAPHS)
    return { isArticle: false, reason: 'listing' };
  const bodyWords = body.reduce((sum, line) => sum + line.segment.features.wordCount, 0);
  if (bodyWords === 0) return { isArticle: false, reason: 'empty' };
  if (bodyWords < MIN_ARTICLE_WORDS) return { isArticle: false, reason: 'too-short' };
  return { isArticle: true };
}
