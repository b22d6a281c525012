// Invented HTML pages in the markup of Vietnamese news CMSs, labelled line by line, through the path an
// uploaded .html object takes in production (parseObject, then processDocument): every body paragraph is
// kept whole and in order, no boilerplate stays in the body, captions are recognised, title, date,
// author and source are read, and pages without an article are flagged.
import { describe, expect, it } from 'vitest';
import { processDocument } from '#domain/article/process-document';
import type { CleanedArticle } from '#domain/article/types';
import { parseObject } from '#domain/input/parse-object';
import type { LineLabel } from '../cleaning/fixtures/labelled-site.ts';
import {
  showsLine,
  visibleText,
  type LabelledHtmlPage,
  type NotArticleHtmlPage,
} from './fixtures/labelled-html-page.ts';
import { LABELLED_HTML_PAGES } from './fixtures/labelled-html-pages.ts';
import { LABELLED_HTML_PAGES_2, NOT_ARTICLE_HTML_PAGES } from './fixtures/labelled-html-pages-2.ts';

const PAGES = [...LABELLED_HTML_PAGES, ...LABELLED_HTML_PAGES_2];

/** The page as an uploaded .html object, parsed and processed as ingest and `tinsach process` do. */
function processHtmlPage(html: string): CleanedArticle | { rejected: string } {
  const [outcome] = parseObject({ key: 'page.html', bytes: new TextEncoder().encode(html) });
  if (!outcome) throw new Error('parseObject yielded no outcome for an .html object');
  return outcome.ok ? processDocument(outcome.doc) : { rejected: outcome.rejection.reason };
}

function expectArticle(html: string): CleanedArticle {
  const processed = processHtmlPage(html);
  if ('rejected' in processed) throw new Error(`the page was rejected: ${processed.rejected}`);
  return processed;
}

const linesOf = (page: LabelledHtmlPage, label: LineLabel) =>
  page.lines.filter(([lineLabel]) => lineLabel === label).map(([, text]) => text);

describe.each(PAGES)('$name', (page) => {
  const cleaned = expectArticle(page.html);
  const body = cleaned.body.split('\n');

  it('labels only lines the page shows', () => {
    const shown = visibleText(page.html);
    expect(page.lines.map(([, text]) => text).filter((text) => !showsLine(shown, text))).toEqual([]);
  });

  it('keeps every body line whole and in order, and nothing else', () => {
    expect(body).toEqual(linesOf(page, 'body'));
  });

  it('keeps boilerplate, metadata, title and caption lines out of the body', () => {
    const outside = page.lines.filter(([label]) => label !== 'body').map(([, text]) => text);
    expect(outside.filter((text) => body.includes(text))).toEqual([]);
  });

  it('takes the photo captions out as captions', () => {
    const captions = linesOf(page, 'caption');
    expect(cleaned.captions.filter((caption) => captions.includes(caption))).toEqual(captions);
  });

  it('reads title, date, author and source, and judges the page an article', () => {
    expect({
      title: cleaned.title,
      publishedAt: cleaned.publishedAt,
      author: cleaned.author,
      source: cleaned.source,
    }).toEqual({
      title: page.title,
      publishedAt: page.publishedAt,
      author: page.author,
      source: page.source,
    });
    expect(cleaned.quality).toEqual({ isArticle: true });
  });
});

describe.each(NOT_ARTICLE_HTML_PAGES)('$name', (page: NotArticleHtmlPage) => {
  it('is rejected or flagged as not an article', () => {
    const processed = processHtmlPage(page.html);
    if ('rejected' in processed) expect(processed.rejected).toBe('no-article-text');
    else expect(processed.quality?.isArticle).toBe(false);
  });
});
