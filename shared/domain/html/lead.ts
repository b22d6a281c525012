// The article's lead (sapo). Readability keeps the container it scores highest and the paragraphs beside
// it, but Vietnamese CMSs often print the lead in an element of its own outside the body's container,
// and as a heading (<h2 class="singular-sapo">, <h2 class="detail-sapo">), which Readability leaves out.
// The CMSs name that element the same few ways, so the lead is found by its class and put back.
import { type DomDocument, readElementText } from './dom-shape.ts';

// Class names of the lead across the CMSs: "sapo" (most Vietnamese ones), "summary", "chapeau",
// "description" (VnExpress-style "p.description"), and a "lead" class token.
const LEAD_SELECTOR = [
  '[class*="sapo" i]',
  '[class*="chapeau" i]',
  '[class*="summary" i]',
  '[class*="description" i]',
  '[class~="lead" i]',
].join(', ');
// A lead is a sentence or two: shorter is a label ("Tóm tắt"), longer a box holding more than the lead.
const MIN_LEAD_CHARS = 60;
const MAX_LEAD_CHARS = 600;

/** The page's lead when Readability left it out of the lines, or null. */
export function findMissingLead(document: DomDocument, lines: readonly string[]): string | null {
  const element = document.querySelector(LEAD_SELECTOR);
  const lead = readElementText(element);
  if (!lead || lead.length < MIN_LEAD_CHARS || lead.length > MAX_LEAD_CHARS) return null;
  const shown = lines.some(
    (line) => line.includes(lead) || (line.length >= MIN_LEAD_CHARS && lead.includes(line)),
  );
  return shown ? null : lead;
}
