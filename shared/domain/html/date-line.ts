// The page's visible date line ("Thứ bảy, 10/06/2023 - 08:15"). Readability drops it with the rest of
// the article's furniture; when the page declares no date in its metadata, the line is put back so the
// text cleaner can read the date from it as it does on scraped text.
import { type DomDocument, readElementText } from './dom-shape.ts';

// Where CMSs put the date: <time>, or an element whose class or id says date/time/publish.
const DATE_ELEMENT_SELECTOR = [
  'time',
  '[class*="date" i]',
  '[class*="time" i]',
  '[class*="publish" i]',
  '[id*="date" i]',
].join(', ');
// A date line is short: the date, a time and a weekday or "Cập nhật". Longer text is a paragraph.
const MAX_DATE_LINE_CHARS = 60;
// A date needs digits in day/month/year form; one loose number is a counter or a temperature.
const LOOKS_LIKE_DATE = /\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}/;

/** The first short element that reads as a date, or null. */
export function findDateLine(document: DomDocument): string | null {
  for (const element of Array.from(document.querySelectorAll(DATE_ELEMENT_SELECTOR))) {
    const text = readElementText(element);
    if (text && text.length <= MAX_DATE_LINE_CHARS && LOOKS_LIKE_DATE.test(text)) return text;
  }
  return null;
}
