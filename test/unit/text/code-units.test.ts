import { describe, expect, it } from 'vitest';
import { codeUnitAt } from '#domain/text/code-units';

describe('codeUnitAt', () => {
  const page = 'Người dân phấn khởi vì được mùa.\nGiá lúa tăng 😀';
  const representations = {
    'a two-byte string': page,
    'a one-byte string': 'ascii only text',
    'a slice of a page': page.slice(10, 40),
    'a concatenation': `${page.slice(0, 12)}${String(page.length)}`,
  };

  it.each(Object.entries(representations))('reads %s as charCodeAt does', (_, text) => {
    const units = Array.from({ length: text.length + 1 }, (_, index) => codeUnitAt(text, index));
    expect(units).toEqual(Array.from({ length: text.length + 1 }, (_, index) => text.charCodeAt(index)));
  });

  it('gives the halves of a surrogate pair and NaN past the end', () => {
    const text = '😀';
    expect([codeUnitAt(text, 0), codeUnitAt(text, 1)]).toEqual([0xd83d, 0xde00]);
    expect(codeUnitAt(text, 2)).toBeNaN();
  });
});
