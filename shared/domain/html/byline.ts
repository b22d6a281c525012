// The byline as the page shows it. Readability reports the text of the element it took for the byline
// as one string, its children's texts glued without a space: a name in one <div> and the date in a
// <time> beside it come out as "Hoàng MinhThứ Sáu, 05/09/2025 - 07:12", which reads as neither. The
// element is found again (by the same marks Readability looks for) and rendered line by line.
import { collapseWhiteSpace, type DomDocument } from './dom-shape.ts';
import { renderLines } from './render-lines.ts';

// Readability's byline marks: rel="author", an itemprop naming the author, a class or id with "author",
// "byline" or "dateline".
const BYLINE_SELECTOR = [
  '[rel="author"]',
  '[itemprop*="author" i]',
  '[class*="author" i]',
  '[class*="byline" i]',
  '[class*="dateline" i]',
  '[id*="author" i]',
  '[id*="byline" i]',
].join(', ');

/** The byline's lines: its element rendered by blocks, or the byline itself when no element shows it. */
export function readBylineLines(document: DomDocument, byline: string): string[] {
  const wanted = collapseWhiteSpace(byline);
  for (const element of Array.from(document.querySelectorAll(BYLINE_SELECTOR))) {
    if (collapseWhiteSpace(element.textContent ?? '') === wanted) return renderLines(element);
  }
  return [wanted];
}
