// Reader services that fetch a page for a crawler (r.jina.ai and its kin) print a header of fields
// over the page's markdown: "Title: …", "URL Source: https://…", "Published Time: 2025-09-12T…",
// "Markdown Content:". The fields describe the page, as an envelope would; none is the article's text.
import { changeLine, type CleaningLine } from './types.ts';
import { withoutSiteName } from '#domain/metadata/title';

/** The widget name the header's lines are removed under. */
export const READER_HEADER = 'reader-header';

// The header's fields, folded, as the services print them; it opens the page, a handful of lines.
const HEADER_FIELD = /^(title|url source|url|published time|description|warning|markdown content)\s*:/;
const HEADER_MAX_LINES = 8;
// What only such a header prints: the page's address or the label over the markdown.
const HEADER_SIGNATURE = /^(url source|markdown content)\s*:/;
const TITLE_FIELD = /^title\s*:\s*/i;
// The posting time stays for the date's readers, who take it when the page prints none of its own.
const TIME_FIELD = 'published time';

function isHeaderLine(line: CleaningLine): boolean {
  return HEADER_FIELD.test(line.segment.folded);
}

/**
 * The header's lines at the top of the page marked removed ("Published Time:" aside, a date line), or
 * the lines as they are. Costs one test on the first line of any other page.
 */
export function markReaderHeader(lines: readonly CleaningLine[]): readonly CleaningLine[] {
  if (lines.length === 0 || !isHeaderLine(lines[0]!)) return lines;
  let end = 0;
  while (end < Math.min(lines.length, HEADER_MAX_LINES) && isHeaderLine(lines[end]!)) end++;
  if (!lines.slice(0, end).some((line) => HEADER_SIGNATURE.test(line.segment.folded))) return lines;
  return lines.map((line, i) =>
    i < end && !line.segment.folded.startsWith(TIME_FIELD)
      ? changeLine(line, { role: 'removed', reason: 'navigation', widget: READER_HEADER })
      : line,
  );
}

/** The page's title as the header names it, the site's name after it left out; null without one. */
export function readHeaderTitle(lines: readonly CleaningLine[]): string | null {
  const first = lines[0];
  if (first?.widget !== READER_HEADER || !TITLE_FIELD.test(first.segment.text)) return null;
  const title = withoutSiteName(first.segment.text.replace(TITLE_FIELD, '').trim());
  return title || null;
}
