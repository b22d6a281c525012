// Stage 06: photo captions between body paragraphs move out of the body into `captions`.
import { isCaptionLine } from '#domain/metadata/caption';
import { findBodyRegion } from './regions.ts';
import type { CleaningLine, CleaningState } from './types.ts';

export function extractCaptionsStage(state: CleaningState): CleaningState {
  const region = findBodyRegion(state.lines);
  if (!region) return state;
  const lines = state.lines.map((line, i): CleaningLine => {
    // Only lines with body on both sides: a caption stands between paragraphs, and a short last line
    // is more often the article's closing words or a signature than a photo.
    const between = i > region.start && i < region.end;
    return between &&
      line.role === 'body' &&
      isCaptionLine(line.segment.text, line.segment.features, line.segment.folded)
      ? { ...line, role: 'caption', reason: null }
      : line;
  });
  return { ...state, lines };
}
