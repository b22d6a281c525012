// Stage 01: one canonical text (NFC, Đ look-alikes, spaces, entities) before anything measures it.
import { normalizeText } from '#domain/text/normalize';
import { EMPTY_METADATA, makeState, type CleaningHints, type CleaningState } from './types.ts';

export function normalizeStage(text: string, hints: CleaningHints): CleaningState {
  return makeState(normalizeText(text), hints, [], EMPTY_METADATA);
}
