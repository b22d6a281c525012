// The cleaning cascade. Each numbered stage is a pure function from state to state:
//   01 normalize  - canonical text (NFC, Đ look-alikes, spaces, entities)
//   02 segment    - lines with features (length, stop-word density, punctuation, digits, capitals)
//   03 widgets    - widget families by vocabulary, and the footer run after the article
//   04 classify   - jusText-style good/bad classification with context smoothing
//   05 metadata   - date line, title, kicker, byline, source, role lines
//   06 captions   - photo captions between paragraphs
//   07 duplicates - repeated lines
// The result keeps every removed line with its reason.
import type { RemovedLine } from '#domain/article/types';
import { normalizeStage } from './01-normalize.ts';
import { segmentStage } from './02-segment.ts';
import { removeWidgetsStage } from './03-widgets.ts';
import { classifyBlocksStage } from './04-classify.ts';
import { extractMetadataStage } from './05-metadata.ts';
import { extractCaptionsStage } from './06-captions.ts';
import { removeDuplicatesStage } from './07-duplicates.ts';
import type { CleaningHints, CleaningState, ExtractedMetadata } from './types.ts';

export type { CleaningHints, CleaningLine, CleaningState, ExtractedMetadata } from './types.ts';

export interface CleanedText extends ExtractedMetadata {
  /** Paragraphs separated by "\n". */
  readonly body: string;
  readonly captions: readonly string[];
  readonly removed: readonly RemovedLine[];
}

const STAGES: readonly ((state: CleaningState) => CleaningState)[] = [
  segmentStage,
  removeWidgetsStage,
  classifyBlocksStage,
  extractMetadataStage,
  extractCaptionsStage,
  removeDuplicatesStage,
];

/** Runs every stage and returns the final state, for inspection and tests. */
export function runCleaningStages(text: string, hints: CleaningHints = {}): CleaningState {
  return STAGES.reduce((state, stage) => stage(state), normalizeStage(text, hints));
}

/** Cleans page text: body, captions, metadata found in the text, and the removed lines with reasons. */
export function cleanText(text: string, hints: CleaningHints = {}): CleanedText {
  const state = runCleaningStages(text, hints);
  const textsWithRole = (role: string) =>
    state.lines.filter((line) => line.role === role).map((line) => line.segment.text);
  return {
    ...state.metadata,
    body: textsWithRole('body').join('\n'),
    captions: textsWithRole('caption'),
    removed: state.lines.flatMap((line) =>
      line.reason !== null && (line.role === 'removed' || line.role === 'meta')
        ? [{ text: line.segment.text, reason: line.reason }]
        : [],
    ),
  };
}
