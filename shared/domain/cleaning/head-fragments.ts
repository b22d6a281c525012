// Lines left in the body above the lead once title and kicker are chosen: other headlines of a
// sidebar, section names, slogans. The lead is the first body line ending like a sentence; a line
// above it without a final period is no part of the running text, unless it is as long as a
// paragraph (a sapo whose period the scraper lost).
import { findBodyRegion } from './regions.ts';
import { changeLine, withLines, type CleaningLine, type CleaningState } from './types.ts';

// Calibration: headlines stop at about 30 syllables, a sapo runs 35–80.
const HEAD_FRAGMENT_MAX_WORDS = 30;

export function removeHeadFragmentsStage(state: CleaningState): CleaningState {
  const region = findBodyRegion(state.lines);
  if (!region) return state;
  const lines = state.lines.map((line, i): CleaningLine => {
    const { endsWithSentencePunctuation, wordCount } = line.segment.features;
    // A lead-in right above the lead introduces it ("Bạn đọc hỏi:" over the reader's question).
    const leadIn = i === region.start - 1 && line.segment.features.endsWithColon;
    return i < region.start &&
      line.role === 'body' &&
      !endsWithSentencePunctuation &&
      !leadIn &&
      wordCount <= HEAD_FRAGMENT_MAX_WORDS
      ? changeLine(line, { role: 'removed', reason: 'short-fragment' })
      : line;
  });
  return withLines(state, lines);
}
