// Which lines of an article are its source's template: lines that recur across the source's OTHER
// articles. The decision depends only on the profile passed in and the article's own lines.
import type { SourceProfile } from './profile.ts';

/**
 * A line is template only if at least this many other articles carry it. Three keeps a line two
 * articles happen to share (a quoted statement, a follow-up repeating its lead) in the body, and means a
 * profile of fewer than three articles decides nothing. It also keeps a folder of unrelated sites
 * (the CLI's dev seeds: five sites in one folder) from cross-contaminating: a line would have to recur
 * on three of four different sites' pages.
 */
export const MIN_OTHER_ARTICLES = 3;

/**
 * ...and at least this share of the other articles. Half: a site's template is on (nearly) every page,
 * while a recurring phrase of the news itself (a campaign slogan quoted by some articles) is on a few.
 * Checked on fixtures of one fictitious site; raise it if real sites show topic lines crossing half.
 */
export const MIN_TEMPLATE_SHARE = 0.5;

/** How many other articles must carry a line for it to count as template; Infinity when too few. */
export function computeTemplateThreshold(otherArticles: number): number {
  if (otherArticles < MIN_OTHER_ARTICLES) return Number.POSITIVE_INFINITY;
  return Math.max(MIN_OTHER_ARTICLES, Math.ceil(MIN_TEMPLATE_SHARE * otherArticles));
}

/**
 * The fingerprints among `fingerprints` that the profile marks as template. Every article of the
 * profile counts as "other": to judge an article the profile already holds, pass
 * withoutArticle(profile, id). Order of articles or fingerprints never changes the answer.
 */
export function templateLinesOf(
  profile: SourceProfile,
  fingerprints: readonly string[],
): ReadonlySet<string> {
  const threshold = computeTemplateThreshold(profile.articles.length);
  if (!Number.isFinite(threshold)) return new Set();
  const counts = new Map<string, number>([...new Set(fingerprints)].map((fingerprint) => [fingerprint, 0]));
  for (const article of profile.articles) {
    // A set per article: a fingerprint listed twice by a hand-built profile still counts once.
    for (const fingerprint of new Set(article.fingerprints)) {
      const count = counts.get(fingerprint);
      if (count !== undefined) counts.set(fingerprint, count + 1);
    }
  }
  return new Set([...counts].filter(([, count]) => count >= threshold).map(([fingerprint]) => fingerprint));
}
