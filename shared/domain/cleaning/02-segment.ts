// Stage 02: the text becomes lines with features; every line starts as body until a stage says otherwise.
import { segmentText } from '#domain/text/segment';
import { makeLine, withLines, type CleaningState } from './types.ts';

export function segmentStage(state: CleaningState): CleaningState {
  const lines = segmentText(state.text).map((segment) => makeLine(segment, 'body', null, null, null));
  return withLines(state, lines);
}
