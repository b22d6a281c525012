// Where an article comes from: a "Nguồn: X" line, a masthead prefix opening the lead ("NAO - …"),
// a bare domain line at the end, or the page's URL host.
import { foldDiacritics } from '#domain/text/normalize';

// A source line is the label and a short name; ten words covers "Nguồn: Cổng Thông tin điện tử tỉnh X".
const SOURCE_LINE_MAX_WORDS = 12;
const SOURCE_LABEL = /^nguon\s*(?::|-)?\s+/;
const BRACKETED_SOURCE = /^\(\s*nguon\b[^()]+\)$/;
// Masthead abbreviations of Vietnamese papers are 2–5 capitals (SGGP, QĐND, NDO, NAO), optionally in
// brackets, followed by a dash that opens the lead: "SGGP - Sáng nay…", "(QNO) – Chiều 5/3…".
const MASTHEAD_PREFIX = /^\(?([\p{Lu}Đ]{2,5})\)?\s*[-–—]\s+\S/u;
// Some papers open the lead with their domain instead: "(Baothanhhoa.vn) - Trong những ngày…".
const DOMAIN_MASTHEAD_PREFIX = /^\(((?:[a-z0-9-]+\.)+[a-z]{2,})\)\s*[-–—]\s+\S/iu;
const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;
/**
 * A file's name on a line of its own, in lower case ("quyet-dinh-12.pdf"): an attachment, which a
 * domain's shape would otherwise take in (its extension reads as a top-level domain).
 */
export const FILE_NAME_LINE = /^[\w()-]+(?:\.[\w()-]+)*\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar)$/;

/** "Nguồn: TTXVN" / "Nguồn Sở Y tế" → the source name; null for other lines. `folded` is
 *  foldDiacritics of the trimmed line when the caller has it already (a segment's `folded`). */
export function parseSourceLine(line: string, folded: string = foldDiacritics(line.trim())): string | null {
  // Both forms open with "n" or "(": other lines are none, and the expressions are not run on them.
  if (!folded.startsWith('n') && !folded.startsWith('(')) return null;
  // Republished stories close on the credit in brackets: "(Nguồn: VOV)".
  if (BRACKETED_SOURCE.test(folded)) {
    const inner = line.trim().slice(1, -1);
    return parseSourceLine(inner, foldDiacritics(inner.trim()));
  }
  const text = line.trim();
  const label = SOURCE_LABEL.exec(folded);
  if (!label) return null;
  const name = text
    .slice(label[0].length)
    .replace(/[.;]+$/, '')
    .trim();
  if (!name || name.split(/\s+/).length > SOURCE_LINE_MAX_WORDS) return null;
  // "Nguồn: https://baovanhoa.vn/van-hoa/…" credits the site: its host.
  if (/^https?:\/\//i.test(name)) return readUrlHost(name) ?? name;
  return name;
}

// The dateline that opens a lead and every teaser of the same site: "(Dân trí) - ", "VOV.VN - ",
// "TPO - ", "(NLĐO) -". Bracketed: one to four words starting with a capital or a domain. Bare: one
// token that is an abbreviation (two capitals or more) or a domain-like brand ("VOV.VN", "Zing.vn").
const BRACKETED_DATELINE = /^\(([\p{Lu}\d][^()]{1,40})\)\s*[-–—:]\s*(?=\S)/u;
const BARE_DATELINE =
  /^([\p{L}\d]*\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*(?:\.(?:vn|VN|com|net|org|tv))?|[\p{L}\d-]+\.(?:vn|VN|com|net|org|tv))\s*[-–—]\s+(?=\S)/u;
const DATELINE_MAX_WORDS = 4;
// BARE_DATELINE's shape without its letter classes: a first token (no white space), then a dash after
// white space or none, then white space. Most paragraphs fail it on their first word, before the
// expression tries every way of finding two capitals in that word.
const FIRST_TOKEN_THEN_DASH = /^\S*?\s*[-–—]\s/;

/** The bare dateline's name opening `text` (see BARE_DATELINE), or undefined. */
function readBareDateline(text: string): string | undefined {
  return FIRST_TOKEN_THEN_DASH.test(text) ? BARE_DATELINE.exec(text)?.[1] : undefined;
}

/**
 * The masthead opening a lead paragraph: an abbreviation ("NAO - …" → "NAO") or a bracketed domain
 * ("(Baothanhhoa.vn) - …" → "baothanhhoa.vn"); null otherwise.
 */
export function parseMastheadPrefix(lead: string): string | null {
  const text = lead.trim();
  const abbreviation = MASTHEAD_PREFIX.exec(text)?.[1];
  if (abbreviation) return abbreviation;
  const domain = DOMAIN_MASTHEAD_PREFIX.exec(text)?.[1]?.toLowerCase();
  if (domain) return domain;
  // A paper's name in brackets or a dotted brand: "(Tin Việt) - …", "VOV.VN - …".
  const name = BRACKETED_DATELINE.exec(text)?.[1] ?? readBareDateline(text);
  return name && name.split(/\s+/).length <= DATELINE_MAX_WORDS ? name.trim() : null;
}

/**
 * The dateline prefix opening a paragraph, folded ("(Dân trí) - Sáng nay…" → "dan tri"), or null.
 * Sites open their own lead and the teasers of their other articles with the same prefix.
 */
export function readDatelinePrefix(paragraph: string): string | null {
  const text = paragraph.trim();
  const name = BRACKETED_DATELINE.exec(text)?.[1] ?? readBareDateline(text);
  if (!name || name.split(/\s+/).length > DATELINE_MAX_WORDS) return null;
  return foldDiacritics(name).trim();
}

/** A line that is only a domain name ("baolangson.vn") → that domain; null otherwise. */
export function parseDomainLine(line: string): string | null {
  const text = line.trim();
  // A domain has a dot and no space: most lines fail on these before the expression runs.
  if (!text.includes('.') || text.includes(' ')) return null;
  if (FILE_NAME_LINE.test(text.toLowerCase())) return null;
  return DOMAIN_LINE.exec(text)?.[1]?.toLowerCase() ?? null;
}

/** The host of a URL without "www.", or null when the URL does not parse. */
export function readUrlHost(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}
