// Finds the article's own text: Readability scores the blocks of the page and keeps the main one, which
// drops menus, sidebars, related lists and footers before the text cleaner even starts. When it finds
// nothing, or too little to be an article, the whole page is rendered instead and the text cleaner,
// built for exactly such scraped pages, does the work.
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomNode } from './dom-shape.ts';
import { renderLines } from './render-lines.ts';
import { measureTree } from './tree-shape.ts';

export const EXTRACTION_METHODS = ['readability', 'whole-page'] as const;
export type ExtractionMethod = (typeof EXTRACTION_METHODS)[number];

export interface MainContent {
  readonly lines: readonly string[];
  readonly method: ExtractionMethod;
  /** Readability's guess at the title (from <title> and headings), when it ran. */
  readonly title: string | null;
  /** The byline Readability lifted out of the text, when it found one. */
  readonly byline: string | null;
}

// Calibration: the shortest news briefs run two or three sentences, about 200 characters; below that
// Readability has picked a caption or a teaser box, not the article.
export const MIN_READABLE_ARTICLE_CHARS = 200;

// Readability's scoring walks ancestors for every block, so its cost grows with depth times size: a
// page nested 20,000 levels deep takes it seconds. Real news pages nest 15-40 levels and hold a few
// thousand elements (a heavy portal page about 8,000); well past both, the page is rendered whole,
// which is linear, rather than letting a broken or hostile page hold the function.
const MAX_READABILITY_DEPTH = 200;
const MAX_READABILITY_ELEMENTS = 30_000;

const countChars = (lines: readonly string[]): number =>
  lines.reduce((total, line) => total + line.length, 0);

interface ReadabilityArticle {
  readonly content: DomNode | null;
  readonly title: string | null;
  readonly byline: string | null;
}

/** Runs Readability on a copy (it rewrites the tree it reads); null when it finds nothing or fails. */
function runReadability(document: DomDocument): ReadabilityArticle | null {
  try {
    const reader = new Readability<DomNode>(document.cloneNode(true) as never, {
      // JSON-LD is read on its own (json-ld.ts); here the byline must be what the page shows.
      disableJSONLD: true,
      // Keep the content as a node, so the lines come from its structure rather than a re-parse.
      serializer: (node) => node as unknown as DomNode,
    });
    const article = reader.parse();
    if (!article) return null;
    return { content: article.content ?? null, title: article.title ?? null, byline: article.byline ?? null };
  } catch {
    // Readability assumes browser-grade DOMs; on markup linkedom builds differently it may throw.
    // The page is still readable as a whole.
    return null;
  }
}

function isFitForReadability(document: DomDocument): boolean {
  const shape = measureTree(document);
  return shape.maxDepth <= MAX_READABILITY_DEPTH && shape.elements <= MAX_READABILITY_ELEMENTS;
}

export function extractMainContent(document: DomDocument): MainContent {
  const article = isFitForReadability(document) ? runReadability(document) : null;
  const articleLines = article?.content ? renderLines(article.content) : [];
  if (article && countChars(articleLines) >= MIN_READABLE_ARTICLE_CHARS) {
    return { lines: articleLines, method: 'readability', title: article.title, byline: article.byline };
  }
  const pageRoot = document.documentElement ?? document;
  const pageLines = renderLines(pageRoot);
  const better = countChars(pageLines) >= countChars(articleLines) ? pageLines : articleLines;
  return {
    lines: better,
    method: better === articleLines && articleLines.length > 0 ? 'readability' : 'whole-page',
    title: article?.title ?? null,
    byline: article?.byline ?? null,
  };
}
