// The identity of a page's URL: the same article reached through a share link, with a fragment or
// with a trailing slash is one article. Only parameters known to carry tracking are dropped, because
// many Vietnamese CMSs still address articles by query string (?id=123).

const TRACKING_PARAMETER_PATTERNS = [/^utm_/i, /^fbclid$/i, /^gclid$/i, /^zarsrc$/i, /^_ga$/i] as const;

/** Returns null for anything that is not an absolute http(s) URL. */
export function canonicalizeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // The same page is served on both schemes; https is what sites redirect to.
  url.protocol = 'https:';
  url.hostname = url.hostname.toLowerCase();
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER_PATTERNS.some((pattern) => pattern.test(name))) url.searchParams.delete(name);
  }
  url.searchParams.sort();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  const text = url.toString();
  // URL keeps a bare "?" when every parameter was removed.
  return text.endsWith('?') ? text.slice(0, -1) : text;
}
