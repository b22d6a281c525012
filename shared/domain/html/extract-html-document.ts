// Turns an HTML page into a RawDocument: the main text with one line per block, the headline as its
// first line, and the facts the page declares (JSON-LD, meta tags, canonical link) as hints.
import type { RawDocument } from '#domain/article/types';
import { readBylineLines } from './byline.ts';
import { findDateLine } from './date-line.ts';
import { type DomDocument, readElementText } from './dom-shape.ts';
import { chooseHeadline, isSameHeadline } from './headline.ts';
import { readJsonLdArticle } from './json-ld.ts';
import { findMissingLead } from './lead.ts';
import { type ExtractionMethod, extractMainContent } from './main-content.ts';
import { readMetaTags } from './meta-tags.ts';
import { parseHtml } from './parse-html.ts';

export interface HtmlExtractionOptions {
  /** Where the page was fetched from: wins over the page's own canonical URL, and resolves relative ones. */
  readonly url?: string;
}

export type HtmlExtraction =
  | { readonly ok: true; readonly doc: RawDocument; readonly method: ExtractionMethod }
  | { readonly ok: false; readonly reason: 'no-article-text'; readonly message: string };

// A byline is a name or two with a label; anything longer that Readability calls a byline is a
// sentence that happens to mention a writer, and is already in the text if it belongs there.
const MAX_BYLINE_CHARS = 80;
// Declared values longer than this are markup accidents (a whole article in og:title), not hints.
const MAX_HINT_CHARS = 500;
// Class names CMSs give the element holding the headline.
const TITLE_ELEMENT_SELECTOR = ['[class*="title" i]', '[class*="tieu-de" i]', '[class*="tieude" i]'].join(
  ', ',
);

function readHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function readHost(url: string | undefined): string | undefined {
  return url ? new URL(url).hostname : undefined;
}

const keepShortHint = (value: string | null | undefined): string | undefined =>
  value && value.length <= MAX_HINT_CHARS ? value : undefined;

/** The headline first, once: the copy in the text (Readability keeps it as a heading) moves to the top. */
function placeHeadline(lines: readonly string[], headline: string | null): string[] {
  if (!headline) return [...lines];
  const index = lines.findIndex((line) => isSameHeadline(line, headline));
  const rest = index === -1 ? lines : [...lines.slice(0, index), ...lines.slice(index + 1)];
  return [headline, ...rest];
}

/** Puts the visible date line back under the headline when the text lost it (see date-line.ts). */
function restoreDateLine(lines: readonly string[], dateLine: string | null): string[] {
  if (!dateLine || lines.some((line) => line.includes(dateLine))) return [...lines];
  const [headline, ...rest] = lines;
  return headline === undefined ? [dateLine] : [headline, dateLine, ...rest];
}

/**
 * Readability lifts a byline it recognises out of the article (or, failing that, reports the meta
 * author); put it back as the last lines, where Vietnamese papers print the writer and where the text
 * cleaner looks for a bare name, one line per block of the byline's element (byline.ts).
 */
function restoreByline(lines: readonly string[], byline: string | null, document: DomDocument): string[] {
  const name = byline?.trim();
  if (!name || name.length > MAX_BYLINE_CHARS || lines.some((line) => line.includes(name))) return [...lines];
  const missing = readBylineLines(document, name).filter(
    (text) => !lines.some((line) => line.includes(text)),
  );
  return [...lines, ...missing];
}

/**
 * The texts of elements whose class names a title ("news-title", "tieu-de"): on pages without an <h1>
 * or a declared title, the one that repeats the <title> shows the headline Readability left out.
 */
function readTitleElements(document: DomDocument): string[] {
  return Array.from(document.querySelectorAll(TITLE_ELEMENT_SELECTOR)).flatMap((element) => {
    const text = readElementText(element);
    return text && text.length <= MAX_HINT_CHARS ? [text] : [];
  });
}

function readHeadings(document: DomDocument): string[] {
  return Array.from(document.querySelectorAll('h1')).flatMap((heading) => {
    const text = readElementText(heading);
    return text ? [text] : [];
  });
}

export function extractHtmlDocument(html: string, options: HtmlExtractionOptions = {}): HtmlExtraction {
  const document = parseHtml(html);
  const meta = readMetaTags(document);
  const jsonLd = readJsonLdArticle(document);
  // A relative canonical link cannot be resolved without the page's address, and is then left out.
  const url = readHttpUrl(options.url) ?? readHttpUrl(meta.canonicalUrl) ?? readHttpUrl(meta.openGraphUrl);
  const host = readHost(url);
  const documentTitle = readElementText(document.querySelector('title'));
  const content = extractMainContent(document);
  if (content.lines.length === 0) {
    return { ok: false, reason: 'no-article-text', message: 'the HTML page holds no readable text' };
  }
  const siteName = keepShortHint(meta.siteName ?? jsonLd.publisher);
  const candidates = {
    headings: readHeadings(document),
    declared: [meta.title, jsonLd.headline].flatMap((title) => keepShortHint(title) ?? []),
    fallbacks: [content.title, documentTitle].flatMap((title) => keepShortHint(title) ?? []),
    shownLines: content.lines,
    ...(siteName ? { siteName } : {}),
    ...(host ? { host } : {}),
  };
  // The title elements are read only when the lines show no headline: most pages never need them.
  const headline =
    chooseHeadline(candidates) ??
    (candidates.fallbacks.length > 0
      ? chooseHeadline({ ...candidates, shownLines: readTitleElements(document) })
      : null);
  const publishedAt = keepShortHint(jsonLd.datePublished ?? meta.publishedAt);
  const lead = findMissingLead(document, content.lines);
  const withHeadline = placeHeadline(lead ? [lead, ...content.lines] : content.lines, headline);
  const withDate = publishedAt ? withHeadline : restoreDateLine(withHeadline, findDateLine(document));
  const lines = restoreByline(withDate, content.byline, document);
  const author = keepShortHint(jsonLd.author ?? meta.author);
  const doc: RawDocument = {
    text: lines.join('\n'),
    ...(url ? { url } : {}),
    ...(headline ? { title: headline } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(author ? { author } : {}),
    ...(siteName ? { siteName } : {}),
    ...(content.method === 'readability' ? { mainContent: true } : {}),
  };
  return { ok: true, doc, method: content.method };
}
