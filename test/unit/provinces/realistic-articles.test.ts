// The whole classifier on realistic articles (article-fixtures.ts): each must get the old and the
// new province a reader would give, or abstain where the reader would file it under no province.
import { describe, expect, it } from 'vitest';
import { classifyProvince } from '#domain/provinces/classify';
import { ARTICLE_FIXTURES, type ArticleFixture } from './article-fixtures.ts';

/** Names compared as the scorer compares them: without diacritics or case. */
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function outcome(fixture: ArticleFixture): { old: string; new: string } | null {
  const { province } = classifyProvince({ title: null, captions: [], source: null, ...fixture.input });
  return province ? { old: province.name, new: province.newName } : null;
}

describe('classifyProvince on realistic articles', () => {
  it.each(ARTICLE_FIXTURES.map((fixture) => [fixture.name, fixture] as const))('%s', (_, fixture) => {
    const got = outcome(fixture);
    const { want } = fixture;
    if (want === null) {
      expect(got).toBeNull();
      return;
    }
    if (got === null && fixture.orAbstain) return;
    expect(got, 'abstained').not.toBeNull();
    expect(fold(got!.new)).toBe(fold(want.new));
    if (want.old !== null) expect(fold(got!.old)).toBe(fold(want.old));
  });
});
