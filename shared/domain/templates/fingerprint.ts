// Line fingerprints for learning a source's template. A fingerprint is a short hash of a line's matching
// form (diacritics folded, digits masked, spacing collapsed), so "Cập nhật lúc 08:15" and "cập nhật lúc
// 21:40" are one template line, and it is the same in every process and every Lambda container: it
// depends on the text alone (sha256), never on a seed, a counter or a cache.
import { createHash } from 'node:crypto';
import { foldDiacritics, normalizeText } from '#domain/text/normalize';

/**
 * 12 hex characters = 48 bits. A body line is judged template only when its hash equals one of the few
 * dozen hashes that recur in a site's window, so a false match needs a 48-bit collision with one of
 * them (about 1e-13 per line); the short form keeps the stored profile small (6 bytes per line).
 */
export const FINGERPRINT_HEX_CHARS = 12;

/**
 * Distinct fingerprints kept per article. News pages scrape to 40–150 non-empty lines; a page with more
 * keeps its first and last halves, where a site's template (masthead, menus, footer) lives. Bounds the
 * stored profile (see shared/adapters/dynamodb/source-profile-item.ts).
 */
export const MAX_FINGERPRINTS_PER_ARTICLE = 200;

const DIGIT_RUN = /\p{N}+/gu;
const LETTER = /\p{L}/u;

/** The form two lines must share to be "the same line": case, diacritics, digits and spacing ignored. */
export function toTemplateForm(line: string): string {
  return foldDiacritics(line).replace(DIGIT_RUN, '0').replace(/\s+/gu, ' ').trim();
}

/**
 * The fingerprint of one line, or null when the line cannot be a template candidate: empty, or without
 * any letter (a bare date, a price row, a separator) — such lines say nothing about the site.
 */
export function fingerprintLine(line: string): string | null {
  const form = toTemplateForm(line);
  if (!form || !LETTER.test(form)) return null;
  return createHash('sha256').update(form, 'utf8').digest('hex').slice(0, FINGERPRINT_HEX_CHARS);
}

/** Keeps the first and last halves of a long list: the head and the tail of the page. */
function boundToPageEdges(fingerprints: readonly string[]): string[] {
  if (fingerprints.length <= MAX_FINGERPRINTS_PER_ARTICLE) return [...fingerprints];
  const head = Math.ceil(MAX_FINGERPRINTS_PER_ARTICLE / 2);
  const tail = MAX_FINGERPRINTS_PER_ARTICLE - head;
  return [...fingerprints.slice(0, head), ...fingerprints.slice(fingerprints.length - tail)];
}

/**
 * The distinct fingerprints of a page's candidate lines, in page order, at most
 * MAX_FINGERPRINTS_PER_ARTICLE: what one article contributes to its source's profile.
 */
export function fingerprintLines(text: string): string[] {
  const distinct = new Set<string>();
  for (const line of normalizeText(text).split('\n')) {
    const fingerprint = fingerprintLine(line);
    if (fingerprint !== null) distinct.add(fingerprint);
  }
  return boundToPageEdges([...distinct]);
}
