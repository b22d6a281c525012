// Which source a document belongs to, for learning its template. The URL host is the best identity (one
// site, one template); an envelope's source name is next; without either there is nothing to learn from.
import type { RawDocument } from '#domain/article/types';
import { readUrlHost } from '#domain/metadata/source';
import { normalizeText } from '#domain/text/normalize';

/** The URL host without "www.", else the envelope source (lower case, single spaces), else null. */
export function sourceKeyOf(doc: Pick<RawDocument, 'url' | 'source'>): string | null {
  const host = doc.url ? readUrlHost(doc.url) : null;
  if (host) return host;
  const source = doc.source ? normalizeText(doc.source).toLowerCase().replace(/\s+/gu, ' ').trim() : '';
  return source || null;
}
