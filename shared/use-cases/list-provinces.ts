// Old (63) and new (34) provinces with how many stored articles each has, for the search page's filters.
import { listNewProvinces, listOldProvinces, newCodeOf } from '#domain/provinces/province-registry';
import type { ArticleRepository } from '#ports/article-repository';

/** The counters' key for articles whose province the classifier left undecided. */
const NO_PROVINCE_KEY = 'none';

export interface ProvinceWithCount {
  readonly code: string;
  readonly name: string;
  readonly articles: number;
}

export interface ProvinceCountsResult {
  /** Before 2025-07-01, each with the new province it became part of. */
  readonly old: readonly (ProvinceWithCount & { readonly newCode: string })[];
  readonly new: readonly ProvinceWithCount[];
  /** Articles stored without a province. */
  readonly withoutProvince: number;
}

export async function listProvinces(articles: ArticleRepository): Promise<ProvinceCountsResult> {
  const counts = await articles.countArticlesByProvince();
  return {
    old: listOldProvinces().map((province) => ({
      ...province,
      newCode: newCodeOf(province.code) ?? province.code,
      articles: counts.old[province.code] ?? 0,
    })),
    new: listNewProvinces().map((province) => ({ ...province, articles: counts.new[province.code] ?? 0 })),
    withoutProvince: counts.old[NO_PROVINCE_KEY] ?? 0,
  };
}
