// The labelled pages again, as other crawlers deliver the same pages: with other line breaks, white space,
// invisible characters, Unicode normal forms and a repeated header. None of these changes what a line is,
// so every page must be cleaned exactly as the labelled test expects (labelled-sites.test.ts): the body
// lines whole and in order and nothing else, no other line in the body, the captions, title, date,
// author and source, and the verdict that the page is an article. No rule of the cleaner reads blank
// lines (paragraphs are its lines, whatever stands between them), so no perturbation is left out or
// restricted: each is a pure function of the page's labelled lines.
import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import { ONE_BLOCK_A_LINE_PAGES } from './fixtures/labelled-page-sets.ts';
import { normalizeText } from '#domain/text/normalize';
import type { LabelledPage, LineLabel } from './fixtures/labelled-site.ts';

const PAGES = ONE_BLOCK_A_LINE_PAGES;

type LabelledLine = LabelledPage['lines'][number];

interface DeliveredPage {
  /** The page's text as the crawler delivers it. */
  readonly text: string;
  /** The page's labelled lines as the cleaner must give them back (in the fixtures' canonical form). */
  readonly lines: readonly LabelledLine[];
}

interface Perturbation {
  readonly name: string;
  readonly deliver: (lines: readonly LabelledLine[]) => DeliveredPage;
}

const BLANK_LINE = '\n\n';

/** The lines as they are, joined by `separator` instead of one blank line. */
const joinedBy =
  (separator: string) =>
  (lines: readonly LabelledLine[]): DeliveredPage => ({
    text: lines.map(([, text]) => text).join(separator),
    lines,
  });

/** Each line's text written differently by `rewrite` (which the cleaner's normalisation must undo),
 *  the lines joined by `separator`, a blank line unless told. */
const rewritten =
  (rewrite: (text: string, position: number) => string, separator = BLANK_LINE) =>
  (lines: readonly LabelledLine[]): DeliveredPage => ({
    text: lines.map(([, text], position) => rewrite(text, position)).join(separator),
    lines,
  });

// Horizontal white space around a line, in a few mixes of spaces and tabs, the line's position choosing.
const SPACE_AROUND: readonly (readonly [string, string])[] = [
  ['  ', '\t'],
  ['\t', '  '],
  [' \t ', ' '],
  ['', ' \t'],
];
const spacedAround = (text: string, position: number) => {
  const [before, after] = SPACE_AROUND[position % SPACE_AROUND.length]!;
  return `${before}${text}${after}`;
};

/** Every other space a non-breaking one, as editors that paste from word processors write them. */
const withNonBreakingSpaces = (text: string) => {
  let spaces = 0;
  return text.replace(/ /g, () => (spaces++ % 2 === 0 ? '\u00a0' : ' '));
};

const ZERO_WIDTH_SPACE = '\u200b';
const BYTE_ORDER_MARK = '\ufeff';
const openedByZeroWidthSpace = (text: string) => `${ZERO_WIDTH_SPACE}${text}`;
const decomposed = (text: string) => text.normalize('NFD');

/** A byte-order mark before the page, as a file saved with one is read. */
const afterByteOrderMark =
  (deliver: Perturbation['deliver']) =>
  (lines: readonly LabelledLine[]): DeliveredPage => {
    const page = deliver(lines);
    return { ...page, text: `${BYTE_ORDER_MARK}${page.text}` };
  };

/** The leading run of boilerplate lines (menus, section labels, the header clock, a header box) printed
 *  again at the page's foot, as sites that repeat their navigation under the footer do: boilerplate
 *  there too. */
const headerRepeatedAtFoot = (lines: readonly LabelledLine[]): DeliveredPage => {
  const headerLength = lines.findIndex(([label]) => label !== 'drop');
  const header = lines.slice(0, Math.max(headerLength, 0));
  return joinedBy(BLANK_LINE)([...lines, ...header]);
};

// Blank lines are no rule's evidence (a page may come with none, or with several between its blocks),
// so every join of the lines is the same page.
const PERTURBATIONS: readonly Perturbation[] = [
  { name: 'lines joined by single line breaks', deliver: joinedBy('\n') },
  { name: 'lines separated by two blank lines', deliver: joinedBy('\n\n\n') },
  { name: 'blank lines holding spaces and tabs', deliver: joinedBy('\n \t\n') },
  { name: 'CRLF line endings', deliver: joinedBy('\r\n\r\n') },
  { name: 'CRLF line endings without blank lines', deliver: joinedBy('\r\n') },
  { name: 'spaces and tabs around each line', deliver: rewritten(spacedAround) },
  { name: 'non-breaking spaces for every other space', deliver: rewritten(withNonBreakingSpaces) },
  {
    name: 'a byte-order mark before the page and a zero-width space opening each line',
    deliver: afterByteOrderMark(rewritten(openedByZeroWidthSpace)),
  },
  { name: 'decomposed diacritics (NFD)', deliver: rewritten(decomposed) },
  {
    name: 'all the rewritings at once, CRLF without blank lines',
    deliver: afterByteOrderMark(
      rewritten(
        (text, position) =>
          openedByZeroWidthSpace(spacedAround(withNonBreakingSpaces(decomposed(text)), position)),
        '\r\n',
      ),
    ),
  },
  { name: "the header's lines repeated at the foot", deliver: headerRepeatedAtFoot },
];

const textsLabelled = (lines: readonly LabelledLine[], label: LineLabel) =>
  lines.filter(([lineLabel]) => lineLabel === label).map(([, text]) => text);

// The rewritings are compared with the fixtures' own lines, which is fair only if those are what the
// normalisation makes of any of their spellings.
it('writes the labelled lines in the canonical form the cleaner gives back', () => {
  const lines = PAGES.flatMap((page) => page.lines.map(([, text]) => text));
  expect(lines.filter((text) => normalizeText(text) !== text)).toEqual([]);
});

describe.each(PERTURBATIONS)('$name', ({ deliver }) => {
  it.each(PAGES)('$name', (page) => {
    const delivered = deliver(page.lines);
    const cleaned = cleanText(delivered.text);
    const body = cleaned.body.split('\n');
    expect(body, 'the body lines, whole and in order, and nothing else').toEqual(
      textsLabelled(delivered.lines, 'body'),
    );
    const outside = delivered.lines.filter(([label]) => label !== 'body').map(([, text]) => text);
    expect(
      outside.filter((text) => body.includes(text)),
      'no other line in the body',
    ).toEqual([]);
    const captions = textsLabelled(delivered.lines, 'caption');
    expect(
      cleaned.captions.filter((caption) => captions.includes(caption)),
      'the captions',
    ).toEqual(captions);
    expect(cleaned.title, 'the title').toBe(page.title);
    expect(cleaned.publishedAt, 'the date').toBe(page.publishedAt);
    if (page.author !== undefined) expect(cleaned.author, 'the author').toBe(page.author);
    if (page.source !== undefined) expect(cleaned.source, 'the source').toBe(page.source);
    expect(cleaned.quality, 'the verdict').toEqual({ isArticle: true });
  });
});
