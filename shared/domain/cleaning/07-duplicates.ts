// Stage 07: a body line repeating the title or an earlier body line (sapo printed twice, caption
// repeated under a gallery) is removed as a duplicate.
import { foldDiacritics } from '#domain/text/normalize';
import type { CleaningLine, CleaningState } from './types.ts';

export function removeDuplicatesStage(state: CleaningState): CleaningState {
  const seen = new Set<string>();
  if (state.metadata.title) seen.add(foldDiacritics(state.metadata.title));
  const lines = state.lines.map((line): CleaningLine => {
    if (line.role !== 'body' && line.role !== 'caption') return line;
    const key = line.segment.folded;
    if (seen.has(key)) return { ...line, role: 'removed', reason: 'duplicate' };
    seen.add(key);
    return line;
  });
  return { ...state, lines };
}
