// One article with everything the pipeline knows: removed lines with reasons, province evidence.
import type { ArticleRecord } from '#domain/article/record';
import type { ArticleRepository } from '#ports/article-repository';

/** Ids are a one-letter kind and 32 hex digits (see deriveArticleId); anything else cannot exist. */
const ARTICLE_ID_PATTERN = /^[a-z][0-9a-f]{32}$/;

export async function getArticle(id: string, articles: ArticleRepository): Promise<ArticleRecord | null> {
  if (!ARTICLE_ID_PATTERN.test(id)) return null;
  return articles.getArticle(id);
}
