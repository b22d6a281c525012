// The sources (mastheads) articles were stored from, with their article counts, most articles first.
import type { ArticleRepository, SourceCount } from '#ports/article-repository';

export async function listSources(articles: ArticleRepository): Promise<{ items: readonly SourceCount[] }> {
  return { items: await articles.listSources() };
}
