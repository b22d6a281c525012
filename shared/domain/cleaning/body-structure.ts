// Stage 04a: the article's own structure between its paragraphs. Sub-headings ("1. Tiềm năng lớn",
// "KẾT QUẢ NỔI BẬT") and lists (a lead-in ending with ":" and items opening with "-", "•" or "a)") are
// short and poor in stop words, so the jusText-style classifier drops them, and on pages whose
// paragraphs are all of middling length even its context smoothing does not save them. Set between
// body paragraphs they are the article's text, and go back into the body.
import { hasPhotoCredit, looksLikeSubheading } from '#domain/metadata/caption';
import type { CleaningLine, CleaningState } from './types.ts';
import { INLINE_WIDGET_FAMILIES } from './widget-families.ts';

const LIST_ITEM = /^(?:[-–•+*]|\d{1,2}[.)]|[a-zđ][.)])\s+\S/u;
// A lead-in introduces a list or a quotation: a clause of a few words ending with ":".
const LEAD_IN_MIN_WORDS = 3;
// Structure lines are short; a long line the classifier dropped was dropped for its content.
const STRUCTURE_MAX_WORDS = 40;

function isStructureLine(line: CleaningLine): boolean {
  if (line.role !== 'removed' || line.widget !== null || line.blockClass === null) return false;
  const { text, folded, features } = line.segment;
  if (features.wordCount === 0 || features.wordCount > STRUCTURE_MAX_WORDS) return false;
  return (
    LIST_ITEM.test(text) ||
    (features.endsWithColon && features.wordCount >= LEAD_IN_MIN_WORDS) ||
    looksLikeSubheading(text, features, folded)
  );
}

/** Lines a structure run may stand beside without breaking it: inline widgets and credited photos. */
function isTransparent(line: CleaningLine): boolean {
  return (
    (line.widget !== null && INLINE_WIDGET_FAMILIES.has(line.widget)) ||
    (line.widget === null && hasPhotoCredit(line.segment.text, line.segment.folded))
  );
}

/** Whether the nearest line in a direction that is neither structure nor transparent is body. */
function reachesBody(lines: readonly CleaningLine[], from: number, step: 1 | -1): boolean {
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i]!;
    if (isStructureLine(line) || isTransparent(line)) continue;
    return line.role === 'body';
  }
  return false;
}

export function keepBodyStructureStage(state: CleaningState): CleaningState {
  let changed = false;
  const lines = state.lines.map((line, i): CleaningLine => {
    if (!isStructureLine(line) || !reachesBody(state.lines, i, -1) || !reachesBody(state.lines, i, 1))
      return line;
    changed = true;
    return { ...line, role: 'body', reason: null, blockClass: 'good' };
  });
  return changed ? { ...state, lines } : state;
}
