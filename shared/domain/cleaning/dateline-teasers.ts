// Teasers of the site's other articles reuse its dateline: the lead opens with "(Dân trí) - …", and so
// does every "read also" box and related story under it. A paragraph other than the lead that opens
// with the lead's dateline is a teaser; after the article, two or more paragraphs sharing any dateline
// are a teaser list even when the lead carries none.
import { readDatelinePrefix } from '#domain/metadata/source';
import { isSubstantialParagraph } from './regions.ts';
import { changeLine, withLines, type CleaningLine, type CleaningState } from './types.ts';

// Two paragraphs with one dateline outside the article make a list; one alone may be a quoted source.
const TEASER_LIST_MIN_LINES = 2;

/**
 * A paragraph of the article: long prose, or a paragraph the classifier judged good that ends like a
 * sentence (a brief's paragraphs are often shorter than the long-prose threshold).
 */
function isArticleParagraph(line: CleaningLine): boolean {
  const { features } = line.segment;
  return (
    line.role === 'body' &&
    (isSubstantialParagraph(features) || (line.blockClass === 'good' && features.endsWithSentencePunctuation))
  );
}

function markTeaser(line: CleaningLine): CleaningLine {
  return changeLine(line, { role: 'removed', reason: 'related-news', widget: 'dateline-teaser' });
}

/**
 * How many substantial paragraphs follow each prefixed line before the next prefixed one: the site's
 * own lead is followed by the article, a teaser by at most its own sapo.
 */
function countFollowingParagraphs(
  lines: readonly CleaningLine[],
  prefixes: readonly (string | null)[],
): number[] {
  const counts = lines.map(() => 0);
  let owner = -1;
  lines.forEach((line, i) => {
    if (prefixes[i] !== null) owner = i;
    else if (owner >= 0 && isArticleParagraph(line)) counts[owner] = (counts[owner] ?? 0) + 1;
  });
  return counts;
}

export function removeDatelineTeasersStage(state: CleaningState): CleaningState {
  const prefixes = state.lines.map((line) =>
    line.role === 'body' ? readDatelinePrefix(line.segment.text) : null,
  );
  if (prefixes.every((prefix) => prefix === null)) return state;
  const following = countFollowingParagraphs(state.lines, prefixes);
  // The lead is the prefixed line followed by the most article; a sidebar teaser above the title
  // carries the same dateline but no article under it.
  const firstParagraph = state.lines.findIndex(isArticleParagraph);
  let leadIndex = -1;
  prefixes.forEach((prefix, i) => {
    const owns = (following[i] ?? 0) > 0 || i === firstParagraph;
    if (prefix !== null && owns && (leadIndex < 0 || (following[i] ?? 0) > (following[leadIndex] ?? 0)))
      leadIndex = i;
  });
  const leadPrefix = prefixes[leadIndex] ?? null;
  const articleEnd = state.lines.findLastIndex(
    (line, i) => isArticleParagraph(line) && (i === leadIndex || prefixes[i] === null),
  );
  const counts = new Map<string, number>();
  for (const prefix of prefixes) if (prefix !== null) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  const lines = state.lines.map((line, i): CleaningLine => {
    const prefix = prefixes[i] ?? null;
    if (i === leadIndex || prefix === null) return line;
    if (prefix === leadPrefix) return markTeaser(line);
    const outsideArticle = i < Math.max(leadIndex, firstParagraph) || i > articleEnd;
    return outsideArticle && (counts.get(prefix) ?? 0) >= TEASER_LIST_MIN_LINES ? markTeaser(line) : line;
  });
  return withLines(state, lines);
}
