// Learning per source: a site's template is the lines that recur across its articles. Design:
//  - fingerprint.ts    every candidate line -> a 48-bit hash of its folded, digit-masked form
//  - profile.ts        a source's profile = the fingerprint sets of its latest PROFILE_WINDOW_ARTICLES
//                      articles (a rolling window, idempotent per article id); a plain value
//  - template-lines.ts a line is template when at least max(MIN_OTHER_ARTICLES, MIN_TEMPLATE_SHARE × n)
//                      of the n OTHER articles of the profile carry it
//  - source-key.ts     which source a document belongs to (URL host, else envelope source)
//  - cleaning/03b-templates.ts removes those lines with reason 'template'
// Results depend only on the text and the profile passed in: no process-local state decides anything,
// so any Lambda container cleans an article the same way. Where the profile lives is the caller's
// business: DynamoDB in AWS (ArticleRepository.getSourceProfile/updateSourceProfile, updated as
// articles are stored), the whole batch in the CLI (`tinsach process`: each file against the others).

/** One article's contribution: its id and the distinct fingerprints of its lines (fingerprint.ts). */
export interface ProfileArticle {
  readonly articleId: string;
  readonly fingerprints: readonly string[];
}

export interface SourceProfile {
  /** Which source this is (sourceKeyOf). */
  readonly sourceKey: string;
  /** Oldest first; at most PROFILE_WINDOW_ARTICLES when built by updateProfile. */
  readonly articles: readonly ProfileArticle[];
}

/**
 * Articles the rolling window keeps. Forty is about a day of one provincial paper's output: enough for
 * a template line to stand out (it needs half of them, template-lines.ts), short enough that a site
 * redesign is learnt within a day, and small enough to store in one DynamoDB item (~50 KB at most).
 */
export const PROFILE_WINDOW_ARTICLES = 40;

export function createEmptyProfile(sourceKey: string): SourceProfile {
  return { sourceKey, articles: [] };
}

/**
 * A profile of every given article (the CLI's batch: no window, each file is judged against all the
 * others). The first article of an id wins, so passing one twice changes nothing.
 */
export function createProfile(sourceKey: string, articles: readonly ProfileArticle[]): SourceProfile {
  const seen = new Set<string>();
  const unique = articles.filter((article) => {
    if (seen.has(article.articleId)) return false;
    seen.add(article.articleId);
    return true;
  });
  return { sourceKey, articles: unique };
}

/**
 * Adds an article at the new end of the window and drops the oldest beyond PROFILE_WINDOW_ARTICLES.
 * Idempotent: an article already in the window returns the same profile object (callers can skip the
 * write), so a redelivered message never counts an article twice.
 */
export function updateProfile(
  profile: SourceProfile,
  article: ProfileArticle,
  windowArticles: number = PROFILE_WINDOW_ARTICLES,
): SourceProfile {
  if (profile.articles.some((known) => known.articleId === article.articleId)) return profile;
  const articles = [
    ...profile.articles,
    { articleId: article.articleId, fingerprints: [...article.fingerprints] },
  ];
  return { ...profile, articles: articles.slice(Math.max(0, articles.length - windowArticles)) };
}

/** The profile without one article: what that article is judged against when the profile holds it. */
export function withoutArticle(profile: SourceProfile, articleId: string): SourceProfile {
  return { ...profile, articles: profile.articles.filter((article) => article.articleId !== articleId) };
}
