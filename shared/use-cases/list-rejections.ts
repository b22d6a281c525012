// Rejected objects and lines with their reasons, newest first, so crawler authors can fix their input.
import { decodeCursor, encodeCursor } from '#domain/search/cursor';
import type { ArticleRepository, ObjectOutcome } from '#ports/article-repository';

export async function listRejections(
  request: { readonly limit: number; readonly cursor?: string },
  articles: ArticleRepository,
): Promise<{ items: readonly ObjectOutcome[]; nextCursor: string | null }> {
  const page = await articles.listRejections({
    limit: request.limit,
    ...(request.cursor === undefined ? {} : { after: decodeCursor(request.cursor) }),
  });
  return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
}
