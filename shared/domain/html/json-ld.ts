// Article facts from schema.org JSON-LD: most Vietnamese news CMSs emit a NewsArticle block for search
// engines, with the exact headline, an ISO publication time, the authors and the publisher.
import { decodeHtmlEntities } from '#domain/text/html-entities';
import { collapseWhiteSpace, type DomDocument } from './dom-shape.ts';

export interface JsonLdArticle {
  readonly headline?: string;
  readonly datePublished?: string;
  /** Person authors, joined with ", ". */
  readonly author?: string;
  readonly publisher?: string;
}

// schema.org's Article and the subtypes news sites use.
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
]);

// Article blocks sit at the top, in an array, in @graph or under mainEntity; deeper than this is some
// other entity's nested data, and the bound keeps a hostile block from costing much.
const MAX_SEARCH_DEPTH = 4;

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTypes(node: Record<string, Json>): string[] {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((item): item is string => typeof item === 'string').map((item) => item.toLowerCase());
}

function findArticleNodes(
  value: Json,
  depth = 0,
  found: Record<string, Json>[] = [],
): Record<string, Json>[] {
  if (depth > MAX_SEARCH_DEPTH) return found;
  if (Array.isArray(value)) {
    for (const item of value) findArticleNodes(item, depth + 1, found);
    return found;
  }
  if (!isObject(value)) return found;
  if (readTypes(value).some((type) => ARTICLE_TYPES.has(type))) found.push(value);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    if (key in value) findArticleNodes(value[key], depth + 1, found);
  }
  return found;
}

function readString(value: Json): string | undefined {
  if (typeof value !== 'string') return undefined;
  // CMSs often escape the JSON strings a second time, as HTML.
  const text = collapseWhiteSpace(decodeHtmlEntities(value));
  return text === '' ? undefined : text;
}

function readName(value: Json): string | undefined {
  if (typeof value === 'string') return readString(value);
  if (isObject(value)) return readString(value['name']);
  return undefined;
}

/** Names of the people credited; an Organization as author is the publisher speaking, not a byline. */
function readAuthors(value: Json): string | undefined {
  const entries = Array.isArray(value) ? value : [value];
  const names = entries.flatMap((entry) => {
    if (isObject(entry) && readTypes(entry).includes('organization')) return [];
    const name = readName(entry);
    return name === undefined ? [] : [name];
  });
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

/** Parses a JSON-LD block; CMS templates leave raw line breaks inside strings, which JSON forbids. */
function parseJsonLd(text: string): Json {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** The first article block of the page that has a headline (or else the first at all), as hints. */
export function readJsonLdArticle(document: DomDocument): JsonLdArticle {
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json" i]'));
  const articles = scripts.flatMap((script) => findArticleNodes(parseJsonLd(script.textContent ?? '')));
  const article = articles.find((node) => readString(node['headline']) !== undefined) ?? articles[0];
  if (!article) return {};
  const headline = readString(article['headline']) ?? readString(article['name']);
  const datePublished = readString(article['datePublished']);
  const author = readAuthors(article['author']);
  const publisher = readName(article['publisher']);
  return {
    ...(headline ? { headline } : {}),
    ...(datePublished ? { datePublished } : {}),
    ...(author ? { author } : {}),
    ...(publisher ? { publisher } : {}),
  };
}
