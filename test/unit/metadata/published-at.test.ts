import { describe, expect, it } from 'vitest';
import {
  isDateLine,
  normalizePublishedAtHint,
  parseDateTime,
  parsePublishedAt,
} from '#domain/metadata/published-at';

describe('parsePublishedAt', () => {
  it.each([
    ['Thứ sáu, 03/04/2020 - 07:05', '2020-04-03T07:05:00+07:00'],
    ['21:10 - Chủ nhật, 12/01/2025', '2025-01-12T21:10:00+07:00'],
    ['28/02/2023 - 16:40', '2023-02-28T16:40:00+07:00'],
    ['Cập nhật: 9-3-2022 15h05', '2022-03-09T15:05:00+07:00'],
    ['Ngày 2 tháng 9 năm 2023, 7:05 CH', '2023-09-02T19:05:00+07:00'],
    ['Đăng lúc 11.11.2021', '2021-11-11T00:00:00+07:00'],
    ['06:45 - Thứ Ba, 05/12/2023 Lượt xem: 88 In bài viết', '2023-12-05T06:45:00+07:00'],
    ['2024-05-06 10:11', '2024-05-06T10:11:00+07:00'],
  ])('%s → %s', (line, expected) => {
    expect(parsePublishedAt(line)).toBe(expected);
  });

  it('reads dates day-first: 03/04 is the 3rd of April', () => {
    expect(parsePublishedAt('03/04/2021')).toBe('2021-04-03T00:00:00+07:00');
  });

  it('rejects impossible dates and sentences that merely contain a date', () => {
    expect(parsePublishedAt('31/02/2020 10:00')).toBeNull();
    expect(
      parsePublishedAt(
        'Sáng ngày 16/7/2021, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị tổng kết công tác hội năm qua',
      ),
    ).toBeNull();
    expect(isDateLine('Kỷ niệm 75 năm ngày thành lập Hội Nông dân Việt Nam (14/10/1930 – 14/10/2005):')).toBe(
      false,
    );
  });

  it('does not read "14 học sinh" as a time', () => {
    expect(parseDateTime('05/09/2022 14 học sinh')).toBe('2022-09-05T00:00:00+07:00');
  });
});

describe('normalizePublishedAtHint', () => {
  it('re-expresses UTC instants in +07:00 and keeps local ISO times', () => {
    expect(normalizePublishedAtHint('2020-10-15T07:47:00Z')).toBe('2020-10-15T14:47:00+07:00');
    expect(normalizePublishedAtHint('2020-10-15T14:47')).toBe('2020-10-15T14:47:00+07:00');
    expect(normalizePublishedAtHint('15/10/2020 14:47')).toBe('2020-10-15T14:47:00+07:00');
    expect(normalizePublishedAtHint('không rõ')).toBeNull();
  });
});
