// Article facts from <meta> and <link> tags: Open Graph, article:*, the classic name="author", and the
// canonical URL. Crawlers and social networks read these, so sites keep them accurate.
import { collapseWhiteSpace, type DomDocument } from './dom-shape.ts';

export interface MetaTagFacts {
  readonly title?: string;
  readonly siteName?: string;
  readonly publishedAt?: string;
  readonly author?: string;
  readonly canonicalUrl?: string;
  readonly openGraphUrl?: string;
}

// Names each fact goes by, best first; names are compared in lower case.
const TITLE_NAMES = ['og:title', 'twitter:title'] as const;
const SITE_NAMES = ['og:site_name', 'application-name'] as const;
const PUBLISHED_NAMES = [
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'dc.date.issued',
  'date',
] as const;
const AUTHOR_NAMES = ['author', 'dc.creator', 'article:author'] as const;

/** Every meta tag's content by its lower-cased property, name or itemprop; the first one wins. */
function collectMetaContents(document: DomDocument): ReadonlyMap<string, string> {
  const contents = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = collapseWhiteSpace(meta.getAttribute('content') ?? '');
    if (key && content && !contents.has(key.toLowerCase())) contents.set(key.toLowerCase(), content);
  }
  return contents;
}

function pickFirst(contents: ReadonlyMap<string, string>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const content = contents.get(name);
    if (content) return content;
  }
  return undefined;
}

/** `article:author` is often a profile URL rather than a name; a URL is no byline. */
function readAuthor(contents: ReadonlyMap<string, string>): string | undefined {
  const author = pickFirst(contents, AUTHOR_NAMES);
  return author && !/^https?:\/\//i.test(author) ? author : undefined;
}

export function readMetaTags(document: DomDocument): MetaTagFacts {
  const contents = collectMetaContents(document);
  const title = pickFirst(contents, TITLE_NAMES);
  const siteName = pickFirst(contents, SITE_NAMES);
  const publishedAt =
    pickFirst(contents, PUBLISHED_NAMES) ??
    document.querySelector('time[itemprop="datePublished"][datetime]')?.getAttribute('datetime') ??
    undefined;
  const author = readAuthor(contents);
  const canonicalUrl = document.querySelector('link[rel="canonical" i][href]')?.getAttribute('href')?.trim();
  const openGraphUrl = contents.get('og:url');
  return {
    ...(title ? { title } : {}),
    ...(siteName ? { siteName } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(author ? { author } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(openGraphUrl ? { openGraphUrl } : {}),
  };
}
