// The whole domain pipeline for one document: clean, extract metadata, classify the province.
import { cleanText } from '#domain/cleaning/index';
import { normalizePublishedAtHint } from '#domain/metadata/published-at';
import { readUrlHost } from '#domain/metadata/source';
import { classifyProvince } from '#domain/provinces/classify';
import type { SourceProfile } from '#domain/templates/profile';
import { normalizeText } from '#domain/text/normalize';
import type { CleanedArticle, RawDocument } from './types.ts';

export interface ProcessDocumentOptions {
  /**
   * The document's source profile (shared/domain/templates): lines the source's other articles carry
   * are removed as 'template'. It must not hold this document itself (see withoutArticle).
   */
  readonly templateProfile?: SourceProfile;
}

function readHint(value: string | undefined): string | null {
  const normalized = value === undefined ? '' : normalizeText(value).replace(/\s+/g, ' ').trim();
  return normalized || null;
}

/**
 * Cleans a decoded document and classifies its province. Envelope hints (title, publishedAt, author, source)
 * win over what the text yields; the URL host is the source of last resort. The province classifier
 * sees only the cleaned title, body, captions, source and URL, never removed boilerplate.
 */
export function processDocument(doc: RawDocument, options: ProcessDocumentOptions = {}): CleanedArticle {
  const titleHint = readHint(doc.title);
  const cleaned = cleanText(doc.text, {
    ...(titleHint ? { title: titleHint } : {}),
    ...(doc.url ? { url: doc.url } : {}),
    ...(doc.mainContent ? { mainContent: true } : {}),
    ...(options.templateProfile ? { templateProfile: options.templateProfile } : {}),
  });
  const publishedAtHint = readHint(doc.publishedAt);
  const publishedAt =
    (publishedAtHint ? normalizePublishedAtHint(publishedAtHint) : null) ?? cleaned.publishedAt;
  // The site's own name (an HTML page's og:site_name) ranks below an in-text credit such as "Theo TTXVN":
  // a paper often carries other agencies' articles.
  const source =
    readHint(doc.source) ??
    cleaned.source ??
    readHint(doc.siteName) ??
    (doc.url ? readUrlHost(doc.url) : null);
  const title = titleHint ?? cleaned.title;
  const { province, mentioned } = classifyProvince({
    title,
    body: cleaned.body,
    captions: cleaned.captions,
    source,
    ...(doc.url ? { url: doc.url } : {}),
  });
  return {
    title,
    kicker: cleaned.kicker,
    publishedAt,
    author: readHint(doc.author) ?? cleaned.author,
    source,
    body: cleaned.body,
    captions: cleaned.captions,
    removed: cleaned.removed,
    province,
    provincesMentioned: mentioned,
    quality: cleaned.quality,
  };
}
