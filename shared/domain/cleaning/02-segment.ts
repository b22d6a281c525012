// Stage 02: the text becomes lines with features; every line starts as body until a stage says otherwise.
import { segmentText } from '#domain/text/segment';
import type { CleaningState } from './types.ts';

export function segmentStage(state: CleaningState): CleaningState {
  const lines = segmentText(state.text).map((segment) => ({
    segment,
    role: 'body' as const,
    reason: null,
    widget: null,
    blockClass: null,
  }));
  return { ...state, lines };
}
