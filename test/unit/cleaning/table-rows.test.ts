// Table rows as scrapers flatten them, which the article keeps between its paragraphs.
import { describe, expect, it } from 'vitest';
import { isTableRow } from '#domain/cleaning/regions';

describe('isTableRow', () => {
  it('knows a row by its label cell and its figures, between pipes or tabs', () => {
    expect(isTableRow('| Đắk Lắk | 118.500 | +2.000 |')).toBe(true);
    expect(isTableRow('OM 18\t6.800 - 7.000\t+200')).toBe(true);
    expect(isTableRow('Thời sự | Kinh tế | Xã hội')).toBe(false);
  });

  it("takes a markdown table's rule under its header as a row", () => {
    expect(isTableRow('| --- | :---: | ---: |')).toBe(true);
    expect(isTableRow('|---|---|')).toBe(true);
    expect(isTableRow('Giá --- | tăng')).toBe(false);
  });
});
