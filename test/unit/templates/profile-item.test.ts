import { describe, expect, it } from 'vitest';
import {
  fromProfileItem,
  packFingerprints,
  toProfileItem,
  unpackFingerprints,
} from '#adapters/dynamodb/source-profile-item';
import { FINGERPRINT_HEX_CHARS, MAX_FINGERPRINTS_PER_ARTICLE } from '#domain/templates/fingerprint';
import { PROFILE_WINDOW_ARTICLES, type SourceProfile } from '#domain/templates/profile';

/** Target for the largest profile item: well under DynamoDB's 400 KB, and the WCU budget noted in the adapter. */
const MAX_PROFILE_ITEM_BYTES = 64 * 1024;

const fingerprintOf = (n: number): string => n.toString(16).padStart(FINGERPRINT_HEX_CHARS, '0');

describe('template profile item', () => {
  it('packs fingerprints into 6 bytes each and back', () => {
    const fingerprints = ['0123456789ab', 'ffffffffffff', '000000000000'];
    const packed = packFingerprints(fingerprints);
    expect(packed.byteLength).toBe((fingerprints.length * FINGERPRINT_HEX_CHARS) / 2);
    expect(unpackFingerprints(packed)).toEqual(fingerprints);
  });

  it('round-trips a profile with its version', () => {
    const profile: SourceProfile = {
      sourceKey: 'songxanh.example.vn',
      articles: [
        { articleId: 'u1', fingerprints: [fingerprintOf(1), fingerprintOf(2)] },
        { articleId: 'u2', fingerprints: [] },
      ],
    };
    expect(fromProfileItem(toProfileItem(profile, 7), profile.sourceKey)).toEqual({ profile, version: 7 });
  });

  it('stays within the size budget with a full window of full articles', () => {
    const articles = Array.from({ length: PROFILE_WINDOW_ARTICLES }, (_, a) => ({
      articleId: `u${'0'.repeat(32)}${a}`,
      fingerprints: Array.from({ length: MAX_FINGERPRINTS_PER_ARTICLE }, (_, f) =>
        fingerprintOf(a * MAX_FINGERPRINTS_PER_ARTICLE + f),
      ),
    }));
    const item = toProfileItem({ sourceKey: 'songxanh.example.vn', articles }, 1);
    // Binary values count their bytes, strings their UTF-8 length, names their length (DynamoDB item size).
    const stored = item['articles'] as { id: string; fp: Uint8Array }[];
    const bytes = stored.reduce(
      (sum, entry) => sum + 'id'.length + entry.id.length + 'fp'.length + entry.fp.byteLength,
      0,
    );
    expect(bytes).toBeGreaterThan(PROFILE_WINDOW_ARTICLES * MAX_FINGERPRINTS_PER_ARTICLE * 6 - 1);
    expect(bytes).toBeLessThan(MAX_PROFILE_ITEM_BYTES);
  });
});
