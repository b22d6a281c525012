// The template profile of one source as a DynamoDB item: pk SRC#<source key>, sk TEMPLATE, a `version`
// for optimistic concurrency, and the window as a list of {id, fp} where fp packs the article's
// fingerprints as binary (6 bytes each instead of 12 hex characters).
//
// Size and write cost: at most PROFILE_WINDOW_ARTICLES (40) articles × MAX_FINGERPRINTS_PER_ARTICLE
// (200) × 6 bytes = 48 KB of fingerprints plus ~40 × 40 bytes of ids and list overhead: ~50 KB at
// worst, far under the 400 KB item limit. A typical page has 60–120 candidate lines, so a full window
// is ~15–30 KB. DynamoDB bills a write per started KB of the whole item, so each stored article with a
// source key costs ~15–50 WCU for the profile rewrite (plus ~4–13 RCU for the consistent read before
// cleaning) — more than the article's own four writes. Ways to cut it if the bill says so: fewer
// fingerprints per article, a shorter window, or updating the profile for a deterministic sample of
// articles (hash of the id) once the window is full.
import { FINGERPRINT_HEX_CHARS } from '#domain/templates/fingerprint';
import type { SourceProfile } from '#domain/templates/profile';
import { buildTemplateProfilePk, KEY, TEMPLATE_SORT_KEY } from './table-keys.ts';

type Item = Record<string, unknown>;

export const PROFILE_ITEM_TYPE = 'template-profile';

export function buildProfileKey(sourceKey: string): Item {
  return { [KEY.pk]: buildTemplateProfilePk(sourceKey), [KEY.sk]: TEMPLATE_SORT_KEY };
}

export function packFingerprints(fingerprints: readonly string[]): Uint8Array {
  return Uint8Array.from(Buffer.from(fingerprints.join(''), 'hex'));
}

export function unpackFingerprints(packed: Uint8Array): string[] {
  const hex = Buffer.from(packed).toString('hex');
  const fingerprints: string[] = [];
  for (let at = 0; at + FINGERPRINT_HEX_CHARS <= hex.length; at += FINGERPRINT_HEX_CHARS)
    fingerprints.push(hex.slice(at, at + FINGERPRINT_HEX_CHARS));
  return fingerprints;
}

export function toProfileItem(profile: SourceProfile, version: number): Item {
  return {
    ...buildProfileKey(profile.sourceKey),
    itemType: PROFILE_ITEM_TYPE,
    sourceKey: profile.sourceKey,
    version,
    // DynamoDB rejects empty binary values; an article without candidate lines stores no fp.
    articles: profile.articles.map((article) =>
      article.fingerprints.length > 0
        ? { id: article.articleId, fp: packFingerprints(article.fingerprints) }
        : { id: article.articleId },
    ),
  };
}

export interface StoredProfile {
  readonly profile: SourceProfile;
  readonly version: number;
}

export function fromProfileItem(item: Item, sourceKey: string): StoredProfile {
  const stored = Array.isArray(item['articles']) ? (item['articles'] as Item[]) : [];
  const articles = stored.map((entry) => ({
    articleId: String(entry['id']),
    fingerprints: entry['fp'] instanceof Uint8Array ? unpackFingerprints(entry['fp']) : [],
  }));
  const version = typeof item['version'] === 'number' ? item['version'] : 0;
  return { profile: { sourceKey, articles }, version };
}
