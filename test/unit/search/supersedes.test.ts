import { describe, expect, it } from 'vitest';
import { comparePipelineVersions, supersedes } from '#domain/article/record';

const stored = { pipelineVersion: '0.2.0', crawledAt: '2024-06-01T00:00:00Z', contentHash: 'a' };

describe('supersedes', () => {
  it('compares versions numerically', () => {
    expect(comparePipelineVersions('0.10.0', '0.9.3')).toBe(1);
    expect(comparePipelineVersions('1.0', '1.0.0')).toBe(0);
    expect(comparePipelineVersions('0.1.9', '0.2.0')).toBe(-1);
  });

  it('lets a newer pipeline version win and an older one never, whatever the crawl dates', () => {
    expect(
      supersedes(stored, { ...stored, pipelineVersion: '0.3.0', crawledAt: '2020-01-01T00:00:00Z' }),
    ).toBe(true);
    expect(
      supersedes(stored, {
        ...stored,
        pipelineVersion: '0.1.0',
        crawledAt: '2030-01-01T00:00:00Z',
        contentHash: 'b',
      }),
    ).toBe(false);
  });

  it('within one version, lets the later crawl of changed text win', () => {
    expect(supersedes(stored, { ...stored, crawledAt: '2024-07-01T00:00:00+07:00', contentHash: 'b' })).toBe(
      true,
    );
    expect(supersedes(stored, { ...stored, crawledAt: '2024-05-01T00:00:00Z', contentHash: 'b' })).toBe(
      false,
    );
    expect(supersedes(stored, { ...stored, crawledAt: null, contentHash: 'b' })).toBe(false);
    expect(supersedes(stored, { ...stored, crawledAt: '2024-07-01T00:00:00Z' })).toBe(false);
  });
});
