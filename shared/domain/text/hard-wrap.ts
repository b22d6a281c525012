// Some extractors hard-wrap the text they print: html2text at 78 columns by default, lynx and w3m at
// the terminal's width. A paragraph then stands on several lines with no blank line between, each
// as long as the width allows, and the classifier would judge every line a short fragment. A line
// runs on into the next when the next one's first word would not have fitted on it.

// No extractor wraps wider than this; a line longer than it (an address aside, which nothing breaks)
// says the page is not wrapped, and nearly every page says so on its first paragraph.
const WRAP_MAX_WIDTH = 100;
// Narrower widths would be a menu or a column of short items, not wrapped prose.
const WRAP_MIN_WIDTH = 60;
// A wrapped page runs two lines on at least (a brief of one paragraph on three lines does); the run-ons
// are a good share of the lines followed by another, which on a page printed line by line are a menu's
// items. Most of them carry a sentence on in lower case, as a line printed on its own never opens: a
// list of headlines near one length, each opening with a capital, runs nothing on. Calibration: every
// page of the labelled sets wrapped at 74 and 78 columns is found, but those with a single paragraph of
// two lines; none printed line by line is.
const WRAP_MIN_RUN_ONS = 2;
const WRAP_MIN_RUN_ON_SHARE = 0.25;
const WRAP_MIN_LOWER_CASE_SHARE = 0.5;
const ADDRESS_MARK = '://';
const QUOTE_MARK = '> ';
// What opens a line of its own: a list's bullet or number, a heading or quote mark, a dash turn.
const OWN_LINE_START = /^(?:[-*+•]\s|[>#|]|\d{1,3}[.)]\s)/;

function firstWordLength(line: string): number {
  const space = line.indexOf(' ');
  return space < 0 ? line.length : space;
}

/** The width the lines were wrapped at: the longest line followed by another (a paragraph's lines are,
 *  a heading is not, and an address widens its line past the width), or null when a line is too long
 *  for any wrapping. */
function findWrapWidth(lines: readonly string[]): number | null {
  let width = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length <= width) continue;
    if (line.includes(ADDRESS_MARK)) continue;
    if (line.length > WRAP_MAX_WIDTH) return null;
    if ((lines[i + 1]?.length ?? 0) > 0 && !isHeading(line)) width = line.length;
  }
  return width >= WRAP_MIN_WIDTH ? width : null;
}

function opensInLowerCase(line: string): boolean {
  const first = line[0]!;
  return first !== first.toUpperCase();
}

function isHeading(line: string): boolean {
  return line.charCodeAt(0) === 0x23; /* # */
}

function isQuoteLine(line: string): boolean {
  return line.startsWith(QUOTE_MARK);
}

/** What a line carries on with: its text after a quotation's mark. */
function carriedText(line: string): string {
  return isQuoteLine(line) ? line.slice(QUOTE_MARK.length) : line;
}

function runsOn(line: string, next: string | undefined, width: number): boolean {
  if (!next || !line) return false;
  // A quotation wrapped in markdown repeats its mark on every line.
  const quoted = isQuoteLine(line) && isQuoteLine(next);
  const nextWord = firstWordLength(quoted ? carriedText(next) : next);
  // A line wider than the wrapping was never wrapped, unless an address nothing breaks widened it.
  if (line.length > width && !line.includes(ADDRESS_MARK)) return false;
  if (line.length + 1 + nextWord <= width) return false;
  // A lead-in's colon and a heading end their line; a list item or a quote opens one.
  return !line.endsWith(':') && !isHeading(line) && (quoted || !OWN_LINE_START.test(next));
}

/** A wrapped paragraph's lines as one line: a quotation's marks after its first line left out. */
export function joinWrappedLines(lines: readonly string[]): string {
  if (!isQuoteLine(lines[0]!)) return lines.join(' ');
  return [lines[0]!, ...lines.slice(1).map(carriedText)].join(' ');
}

/**
 * For each line of trimmed page text, whether it runs on into the next line as part of one wrapped
 * paragraph; null when the page is not hard-wrapped (the cost for most pages is a look at line lengths
 * up to the first long paragraph).
 */
export function findRunOnLines(lines: readonly string[]): readonly boolean[] | null {
  const width = findWrapWidth(lines);
  if (width === null) return null;
  let followed = 0;
  let runOnCount = 0;
  let lowerCaseRunOns = 0;
  const runOn = lines.map((line, i) => {
    const next = lines[i + 1];
    if (line && next) followed++;
    const result = runsOn(line, next, width);
    if (result) {
      runOnCount++;
      if (opensInLowerCase(carriedText(next!))) lowerCaseRunOns++;
    }
    return result;
  });
  const wrapped =
    runOnCount >= WRAP_MIN_RUN_ONS &&
    runOnCount >= followed * WRAP_MIN_RUN_ON_SHARE &&
    lowerCaseRunOns >= runOnCount * WRAP_MIN_LOWER_CASE_SHARE;
  return wrapped ? runOn : null;
}
