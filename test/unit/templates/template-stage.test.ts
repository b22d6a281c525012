import { describe, expect, it } from 'vitest';
import { processDocument } from '#domain/article/process-document';
import type { CleanedArticle } from '#domain/article/types';
import { fingerprintLines } from '#domain/templates/fingerprint';
import { createProfile, withoutArticle, type SourceProfile } from '#domain/templates/profile';
import {
  QUOTED_TWICE,
  renderSitePage,
  SITE_FOOTER,
  SITE_HOST,
  SITE_NEWSLETTER,
  SITE_PAGES,
  SITE_SLOGAN,
  siteUrlOf,
  type SitePage,
} from './fixtures/song-xanh-site.ts';

const siteProfile: SourceProfile = createProfile(
  SITE_HOST,
  SITE_PAGES.map((page) => ({ articleId: page.id, fingerprints: fingerprintLines(renderSitePage(page)) })),
);

function cleanWithSiteProfile(page: SitePage, profile: SourceProfile = siteProfile): CleanedArticle {
  return processDocument(
    { text: renderSitePage(page), url: siteUrlOf(page) },
    { templateProfile: withoutArticle(profile, page.id) },
  );
}

const removedAs = (article: CleanedArticle, reason: string): string[] =>
  article.removed.filter((line) => line.reason === reason).map((line) => line.text);

describe('template stage', () => {
  it('keeps the prose-like site lines without a profile (what learning is for)', () => {
    const page = SITE_PAGES[2] as SitePage;
    const alone = processDocument({ text: renderSitePage(page), url: siteUrlOf(page) });
    expect(alone.body).toContain(SITE_SLOGAN);
    expect(alone.body).toContain(SITE_FOOTER);
  });

  it.each(SITE_PAGES.map((page) => [page.id, page] as const))(
    'removes the slogan, newsletter and footer of %s as template',
    (_id, page) => {
      const article = cleanWithSiteProfile(page);
      expect(removedAs(article, 'template')).toEqual(
        expect.arrayContaining([SITE_SLOGAN, SITE_NEWSLETTER, SITE_FOOTER]),
      );
      expect(article.body).not.toContain(SITE_SLOGAN);
      expect(article.body).not.toContain(SITE_FOOTER);
      for (const paragraph of page.paragraphs) expect(article.body).toContain(paragraph);
    },
  );

  it('lets the metadata stage see the article once the template is gone', () => {
    const page = SITE_PAGES[3] as SitePage;
    const article = cleanWithSiteProfile(page);
    expect(article.title).toBe(page.title);
    expect(article.author).toBe(page.author);
    expect(article.publishedAt).toBe('2024-09-05T10:05:00+07:00');
    expect(removedAs(article, 'template')).not.toContain(page.dateLine);
  });

  it('keeps a paragraph only one other article shares', () => {
    const article = cleanWithSiteProfile(SITE_PAGES[0] as SitePage);
    expect(article.body).toContain(QUOTED_TWICE);
  });

  it('learns nothing from too few other articles', () => {
    const tiny = createProfile(SITE_HOST, siteProfile.articles.slice(0, 3));
    const page = SITE_PAGES[0] as SitePage;
    const article = cleanWithSiteProfile(page, tiny);
    expect(removedAs(article, 'template')).toEqual([]);
    expect(article).toEqual(processDocument({ text: renderSitePage(page), url: siteUrlOf(page) }));
  });

  it('is deterministic and independent of the order the profile lists articles', () => {
    const page = SITE_PAGES[4] as SitePage;
    const shuffled = createProfile(SITE_HOST, [...siteProfile.articles].reverse());
    const first = cleanWithSiteProfile(page);
    expect(cleanWithSiteProfile(page)).toEqual(first);
    expect(cleanWithSiteProfile(page, shuffled)).toEqual(first);
  });
});
