import { describe, expect, it } from 'vitest';
import {
  createEmptyProfile,
  createProfile,
  PROFILE_WINDOW_ARTICLES,
  updateProfile,
  withoutArticle,
  type ProfileArticle,
} from '#domain/templates/profile';
import {
  computeTemplateThreshold,
  MIN_OTHER_ARTICLES,
  templateLinesOf,
} from '#domain/templates/template-lines';

const article = (articleId: string, fingerprints: readonly string[]): ProfileArticle => ({
  articleId,
  fingerprints,
});

describe('updateProfile', () => {
  it('adds an article and leaves the input profile untouched', () => {
    const empty = createEmptyProfile('songxanh.example.vn');
    const updated = updateProfile(empty, article('a', ['f1', 'f2']));
    expect(updated.articles.map((known) => known.articleId)).toEqual(['a']);
    expect(empty.articles).toEqual([]);
  });

  it('is idempotent for the same article id', () => {
    const once = updateProfile(createEmptyProfile('s'), article('a', ['f1']));
    const twice = updateProfile(once, article('a', ['f1', 'f9']));
    expect(twice).toBe(once);
  });

  it('keeps a bounded window of the newest articles', () => {
    let profile = createEmptyProfile('s');
    for (let i = 0; i < PROFILE_WINDOW_ARTICLES + 5; i++)
      profile = updateProfile(profile, article(`a${i}`, ['f']));
    expect(profile.articles).toHaveLength(PROFILE_WINDOW_ARTICLES);
    expect(profile.articles[0]?.articleId).toBe('a5');
    expect(profile.articles.at(-1)?.articleId).toBe(`a${PROFILE_WINDOW_ARTICLES + 4}`);
  });

  it('accepts a smaller window', () => {
    let profile = createEmptyProfile('s');
    for (const id of ['a', 'b', 'c']) profile = updateProfile(profile, article(id, ['f']), 2);
    expect(profile.articles.map((known) => known.articleId)).toEqual(['b', 'c']);
  });
});

describe('createProfile and withoutArticle', () => {
  it('keeps the first article of an id, and removes one by id', () => {
    const profile = createProfile('s', [article('a', ['f1']), article('b', ['f2']), article('a', ['f3'])]);
    expect(profile.articles).toEqual([article('a', ['f1']), article('b', ['f2'])]);
    expect(withoutArticle(profile, 'a').articles).toEqual([article('b', ['f2'])]);
  });
});

describe('templateLinesOf', () => {
  const others = createProfile('s', [
    article('o1', ['menu', 'slogan', 'quote', 'x1']),
    article('o2', ['menu', 'slogan', 'x2']),
    article('o3', ['menu', 'slogan', 'x3']),
    article('o4', ['menu', 'x4']),
    article('o5', ['menu', 'slogan', 'x5']),
  ]);

  it('marks lines most other articles carry, and keeps one shared with a single other article', () => {
    const template = templateLinesOf(others, ['menu', 'slogan', 'quote', 'own']);
    expect([...template].sort()).toEqual(['menu', 'slogan']);
  });

  it('decides nothing with fewer than the minimum of other articles', () => {
    const small = createProfile('s', others.articles.slice(0, MIN_OTHER_ARTICLES - 1));
    expect(templateLinesOf(small, ['menu', 'slogan']).size).toBe(0);
  });

  it('needs the share as well as the minimum once the window is large', () => {
    expect(computeTemplateThreshold(MIN_OTHER_ARTICLES - 1)).toBe(Number.POSITIVE_INFINITY);
    expect(computeTemplateThreshold(4)).toBe(MIN_OTHER_ARTICLES);
    expect(computeTemplateThreshold(39)).toBe(20);
    const wide = createProfile(
      's',
      Array.from({ length: 10 }, (_, i) => article(`w${i}`, i < 4 ? ['section-box', `x${i}`] : [`x${i}`])),
    );
    // Four of ten others is above the minimum but below half: kept.
    expect(templateLinesOf(wide, ['section-box']).size).toBe(0);
  });

  it('does not depend on the order of articles or fingerprints', () => {
    const reversed = createProfile('s', [...others.articles].reverse());
    const asked = ['own', 'quote', 'slogan', 'menu'];
    expect([...templateLinesOf(reversed, asked)].sort()).toEqual(
      [...templateLinesOf(others, [...asked].reverse())].sort(),
    );
  });
});
