// Stage 07: a body line repeating the title or an earlier body line (sapo printed twice, caption
// repeated under a gallery) is removed as a duplicate; a short label ending with ":" is not.
import { foldDiacritics } from '#domain/text/normalize';
import { changeLine, withLines, type CleaningLine, type CleaningState } from './types.ts';

const REPEATED_LABEL_MAX_WORDS = 4;

/**
 * The lines seen so far, by length: nearly every line differs in length from all the others, so a
 * look-up compares it with the few of its length instead of hashing all its characters, as a set of
 * strings would (each line is looked up once, so its hash would serve nothing else).
 */
class SeenLines {
  private readonly byLength = new Map<number, string[]>();

  has(text: string): boolean {
    return this.byLength.get(text.length)?.includes(text) ?? false;
  }

  add(text: string): void {
    const sameLength = this.byLength.get(text.length);
    if (sameLength) sameLength.push(text);
    else this.byLength.set(text.length, [text]);
  }
}

export function removeDuplicatesStage(state: CleaningState): CleaningState {
  const seen = new SeenLines();
  if (state.metadata.title) seen.add(foldDiacritics(state.metadata.title));
  const lines = state.lines.map((line): CleaningLine => {
    if (line.role !== 'body' && line.role !== 'caption') return line;
    // Labels recur by nature: "Hỏi:", "Trả lời:", "PV:" open every turn of a column or interview.
    const { endsWithColon, wordCount } = line.segment.features;
    if (endsWithColon && wordCount <= REPEATED_LABEL_MAX_WORDS) return line;
    const key = line.segment.folded;
    if (seen.has(key)) return changeLine(line, { role: 'removed', reason: 'duplicate' });
    seen.add(key);
    return line;
  });
  return withLines(state, lines);
}
