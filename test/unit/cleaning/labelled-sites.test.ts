// Pages in the shapes of many kinds of Vietnamese news sites, labelled line by line: every body line is
// kept whole and in order, no boilerplate or metadata line stays in the body, captions are recognised,
// and title, date, author and source are read.
import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import { ALL_LABELLED_PAGES } from './fixtures/labelled-page-sets.ts';
import { pageText, type LineLabel } from './fixtures/labelled-site.ts';

const PAGES = ALL_LABELLED_PAGES;

// A labelled line may hold a hard-wrapped paragraph (wrapAt): its lines are the page's, compared as
// the scorer compares them, their white space (a tab between a table's cells) folded.
const pageLines = (text: string) => text.split('\n').map((line) => line.replace(/\s+/g, ' '));
const linesOf = (page: (typeof PAGES)[number], label: LineLabel) =>
  page.lines.filter(([lineLabel]) => lineLabel === label).flatMap(([, text]) => pageLines(text));

describe.each(PAGES)('$name', (page) => {
  const cleaned = cleanText(pageText(page));
  const body = cleaned.body.split('\n');

  it('keeps every body line whole and in order, and nothing else', () => {
    expect(body).toEqual(linesOf(page, 'body'));
  });

  it('keeps boilerplate, metadata, title and kicker lines out of the body', () => {
    const outside = page.lines.filter(([label]) => label !== 'body').flatMap(([, text]) => pageLines(text));
    expect(outside.filter((text) => body.includes(text))).toEqual([]);
  });

  it('takes the photo captions out as captions', () => {
    const captions = linesOf(page, 'caption');
    const captionLines = cleaned.captions.flatMap((caption) => caption.split('\n'));
    expect(captionLines.filter((caption) => captions.includes(caption))).toEqual(captions);
  });

  it('reads title, date, author and source, and judges the page an article', () => {
    expect(cleaned.title).toBe(page.title);
    expect(cleaned.publishedAt).toBe(page.publishedAt);
    if (page.author !== undefined) expect(cleaned.author).toBe(page.author);
    if (page.source !== undefined) expect(cleaned.source).toBe(page.source);
    expect(cleaned.quality).toEqual({ isArticle: true });
  });
});
