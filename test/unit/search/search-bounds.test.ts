import { describe, expect, it } from 'vitest';
import { InvalidSearchError, resolveBound } from '#use-cases/search-articles';

describe('resolveBound', () => {
  it('reads a bare date as a whole day in Vietnam time, in UTC', () => {
    expect(resolveBound('2024-10-02', 'start')).toBe('2024-10-01T17:00:00.000Z');
    expect(resolveBound('2024-10-02', 'end')).toBe('2024-10-02T16:59:59.999Z');
  });

  it('keeps an explicit date-time and its offset', () => {
    expect(resolveBound('2024-10-02T08:00:00+07:00', 'start')).toBe('2024-10-02T01:00:00.000Z');
  });

  it('passes through an absent bound and rejects garbage', () => {
    expect(resolveBound(undefined, 'end')).toBeUndefined();
    expect(() => resolveBound('thứ hai', 'start')).toThrow(InvalidSearchError);
  });
});
