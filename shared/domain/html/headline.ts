// Chooses the page's headline among the visible <h1>s and the declared titles (og:title, JSON-LD
// headline, <title>). The visible <h1> is what readers saw, but many sites also wrap their logo in an
// <h1>; a declared title names the article but often carries the site name or is cut for search engines.
import { foldDiacritics } from '#domain/text/normalize';

export interface HeadlineCandidates {
  readonly headings: readonly string[];
  /** og:title, JSON-LD headline: best first. */
  readonly declared: readonly string[];
  /**
   * Titles nobody declared for the article (<title>, Readability's guess from it): on many portals they
   * are the site's own name, so they count only when the page also shows them as a line.
   */
  readonly fallbacks?: readonly string[];
  /** The lines of the extracted text, to check fallbacks against. */
  readonly shownLines?: readonly string[];
  readonly siteName?: string;
  /** The page's host, which some sites put in their titles ("… - baolamdong.vn"). */
  readonly host?: string;
}

// A headline of fewer words is a logo or a section name ("Thời sự"); Vietnamese headlines run 8-25.
const MIN_HEADLINE_WORDS = 3;
// Search engines show about 110 characters, so JSON-LD headlines get cut there; a cut title still
// agrees with the full heading on its first characters. Calibration: half the length leaves room for
// the ellipsis and a trimmed last word without letting two different headlines match.
const MIN_SHARED_PREFIX_SHARE = 0.5;
// Separators between a headline and the site name in titles: "… - Báo X", "… | X", "X » …".
const TITLE_SEPARATOR = /\s+[-|–—»:]\s+/u;

function foldForComparison(text: string): string {
  return foldDiacritics(text.toLowerCase())
    .replace(/(?:\.\.\.|…)$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Whether two titles name the same article: equal, or one a cut-off beginning of the other. */
export function isSameHeadline(a: string, b: string): boolean {
  const [x, y] = [foldForComparison(a), foldForComparison(b)];
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return longer.startsWith(shorter) && shorter.length >= longer.length * MIN_SHARED_PREFIX_SHARE;
}

function isSiteLabel(part: string, siteName: string | undefined, host: string | undefined): boolean {
  const folded = foldForComparison(part);
  if (siteName && folded === foldForComparison(siteName)) return true;
  if (host && folded === foldForComparison(host.replace(/^www\./, ''))) return true;
  // A bare domain ("VnExpress.net", "baolamdong.vn") is a site label whatever the site is called.
  return /^[\p{L}\p{N}-]+(?:\.[a-z]{2,})+$/iu.test(part.trim());
}

/** Drops a leading or trailing site name ("Tiêu đề - Báo Lâm Đồng" -> "Tiêu đề"). */
export function stripSiteName(title: string, siteName?: string, host?: string): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title.trim();
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  if (isSiteLabel(last, siteName, host)) return stripSiteName(parts.slice(0, -1).join(' - '), siteName, host);
  if (isSiteLabel(first, siteName, host)) return stripSiteName(parts.slice(1).join(' - '), siteName, host);
  return title.trim();
}

/** The headline to put first and pass as the title hint, or null when the page names none. */
export function chooseHeadline(candidates: HeadlineCandidates): string | null {
  const { siteName, host } = candidates;
  const declared = candidates.declared
    .map((title) => stripSiteName(title, siteName, host))
    .filter((title) => countWords(title) >= MIN_HEADLINE_WORDS);
  const headings = candidates.headings.filter(
    (heading) => countWords(heading) >= MIN_HEADLINE_WORDS && !isSiteLabel(heading, siteName, host),
  );
  // A heading that agrees with a declared title is the full, visible form of it.
  for (const title of declared) {
    const heading = headings.find((text) => isSameHeadline(text, title));
    if (heading) return heading.length >= title.length ? heading : title;
  }
  const best = declared[0] ?? headings[0];
  if (best) return best.trim();
  for (const fallback of candidates.fallbacks ?? []) {
    const title = stripSiteName(fallback, siteName, host);
    const shown = candidates.shownLines?.find((line) => isSameHeadline(line, title));
    if (shown) return shown;
  }
  return null;
}
