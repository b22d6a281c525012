// The cleaning cascade. Each numbered stage is a pure function from state to state:
//   01 normalize  - canonical text (NFC, Đ look-alikes, spaces, entities)
//   02 segment    - lines with features (length, stop-word density, punctuation, digits, capitals)
//   03 widgets    - widget families by vocabulary, and the footer run after the article
//   03b templates - lines the source's other articles carry (hint `templateProfile`), even prose-like ones
//   03c comments  - reader comment threads (headers with name and time, and the comments' prose)
//   04 classify   - jusText-style good/bad classification with context smoothing
//   04a structure - sub-headings and lists between body paragraphs go back into the body
//   04b teasers   - other articles' teasers opening with the site's dateline ("(Dân trí) - …")
//   04c headlines - related-news headlines without a heading (after the article, or three in a row)
//   05 metadata   - date line (not the header clock), title, kicker, byline, source, role lines
//   05b head      - leftover headline-like lines above the lead
//   06 captions   - photo captions between paragraphs
//   07 duplicates - repeated lines
// The result keeps every removed line with its reason, and a verdict on whether the page is an article.
import type { ArticleQuality, RemovedLine } from '#domain/article/types';
import { normalizeStage } from './01-normalize.ts';
import { segmentStage } from './02-segment.ts';
import { removeWidgetsStage } from './03-widgets.ts';
import { removeTemplateLinesStage } from './03b-templates.ts';
import { classifyBlocksStage } from './04-classify.ts';
import { extractMetadataStage } from './05-metadata.ts';
import { extractCaptionsStage } from './06-captions.ts';
import { removeDuplicatesStage } from './07-duplicates.ts';
import { assessArticleQuality } from './article-quality.ts';
import { keepBodyStructureStage } from './body-structure.ts';
import { removeCommentThreadsStage } from './comment-threads.ts';
import { removeDatelineTeasersStage } from './dateline-teasers.ts';
import { removeHeadFragmentsStage } from './head-fragments.ts';
import { removeHeadlineRunsStage } from './headline-runs.ts';
import type { CleaningHints, CleaningState, ExtractedMetadata } from './types.ts';

export type { CleaningHints, CleaningLine, CleaningState, ExtractedMetadata } from './types.ts';
export { normalizeStage } from './01-normalize.ts';

export interface CleanedText extends ExtractedMetadata {
  /** Paragraphs separated by "\n". */
  readonly body: string;
  readonly captions: readonly string[];
  readonly removed: readonly RemovedLine[];
  readonly quality: ArticleQuality;
}

/** One stage of the cascade, named as in the list above (for tracing and the benchmark's breakdown). */
export interface CleaningStage {
  readonly name: string;
  readonly run: (state: CleaningState) => CleaningState;
}

/** The stages after normalisation (normalizeStage makes the first state from the text), in order. */
export const CLEANING_STAGES: readonly CleaningStage[] = [
  { name: 'segment', run: segmentStage },
  { name: 'widgets', run: removeWidgetsStage },
  { name: 'templates', run: removeTemplateLinesStage },
  { name: 'comments', run: removeCommentThreadsStage },
  { name: 'classify', run: classifyBlocksStage },
  { name: 'structure', run: keepBodyStructureStage },
  { name: 'teasers', run: removeDatelineTeasersStage },
  { name: 'headlines', run: removeHeadlineRunsStage },
  { name: 'metadata', run: extractMetadataStage },
  { name: 'head', run: removeHeadFragmentsStage },
  { name: 'captions', run: extractCaptionsStage },
  { name: 'duplicates', run: removeDuplicatesStage },
];

/** Runs every stage and returns the final state, for inspection and tests. */
export function runCleaningStages(text: string, hints: CleaningHints = {}): CleaningState {
  return CLEANING_STAGES.reduce((state, stage) => stage.run(state), normalizeStage(text, hints));
}

/** The page's outputs from the cascade's final state. */
export function finishCleaning(state: CleaningState): CleanedText {
  // One pass sorts the lines into the three outputs.
  const body: string[] = [];
  const captions: string[] = [];
  const removed: RemovedLine[] = [];
  for (const line of state.lines) {
    // Lines come out as the page delivered them (a markdown page's marks included).
    if (line.role === 'body') body.push(line.segment.delivered);
    else if (line.role === 'caption') captions.push(line.segment.delivered);
    if (line.reason !== null && (line.role === 'removed' || line.role === 'meta'))
      removed.push({ text: line.segment.delivered, reason: line.reason });
  }
  // The metadata's fields one by one rather than spread: a spread copy given keys it does not have costs
  // V8 a new hidden class for each key, microseconds a page; naming the fields costs nothing.
  const { title, kicker, publishedAt, author, source } = state.metadata;
  return {
    title,
    kicker,
    publishedAt,
    author,
    source,
    body: body.join('\n'),
    captions,
    removed,
    quality: assessArticleQuality(state.lines),
  };
}

/** Cleans page text: body, captions, metadata found in the text, and the removed lines with reasons. */
export function cleanText(text: string, hints: CleaningHints = {}): CleanedText {
  return finishCleaning(runCleaningStages(text, hints));
}
