import { describe, expect, it } from 'vitest';
import { isTodayClockLine, parsePublishedAt } from '#domain/metadata/published-at';
import { cleanText } from '#domain/cleaning/index';
import { LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2 } from '../cleaning/fixtures/pages.ts';

describe('date lines in the formats Vietnamese sites use', () => {
  it.each([
    ['07/08/2025', '2025-08-07T00:00:00+07:00'],
    ['07-08-2025 14h30', '2025-08-07T14:30:00+07:00'],
    ['Thứ Sáu, 07/08/2025, 14:30 (GMT+7)', '2025-08-07T14:30:00+07:00'],
    ['Cập nhật: 14h30 ngày 07/08/2025', '2025-08-07T14:30:00+07:00'],
    ['Ngày 15 tháng 10 năm 2022', '2022-10-15T00:00:00+07:00'],
    ['15 tháng 10 năm 2022', '2022-10-15T00:00:00+07:00'],
    ['Thứ Bảy, 15 tháng 10, 2022 - 9:05 SA', '2022-10-15T09:05:00+07:00'],
    ['Đăng lúc: 3:20 CH 01/02/2024', '2024-02-01T15:20:00+07:00'],
    ['Thời gian đăng: 21/11/2026 | 08:30', '2026-11-21T08:30:00+07:00'],
    ['08:33 - Thứ Hai, 17/08/2020 Lượt xem: 5717 In bài viết', '2020-08-17T08:33:00+07:00'],
    ['Ngày đăng: 15/10/2022 09:00 | Lượt xem: 1.204 | In bài viết', '2022-10-15T09:00:00+07:00'],
    ['12 Tháng Bảy, 2024', '2024-07-12T00:00:00+07:00'],
    ['Thứ Tư, ngày 5 tháng Giêng năm 2022 - 08:15', '2022-01-05T08:15:00+07:00'],
    ['06:30 | 12/07/2024', '2024-07-12T06:30:00+07:00'],
    ['Kinh tế - 07:00, 12/07/2024', '2024-07-12T07:00:00+07:00'],
  ])('"%s"', (line, expected) => {
    expect(parsePublishedAt(line)).toBe(expected);
  });

  it('rejects impossible dates and sentences that merely contain a date', () => {
    expect(parsePublishedAt('31/02/2024')).toBeNull();
    expect(
      parsePublishedAt(
        'Ngày 15 tháng 10 năm 2022, hội nghị tổng kết công tác năm đã diễn ra tại hội trường tỉnh với sự tham dự của nhiều đại biểu',
      ),
    ).toBeNull();
  });

  it('tells a "hôm nay" header clock', () => {
    expect(isTodayClockLine('Hôm nay: Thứ Hai, 23/11/2026')).toBe(true);
    expect(isTodayClockLine('Thứ Hai, 23/11/2026 10:15')).toBe(false);
  });
});

describe('which date line is the publication date', () => {
  const article = (head: readonly string[]) =>
    cleanText([...head, LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2].join('\n'));

  it('skips a header clock separated from the title by menus', () => {
    const cleaned = article([
      'Thứ Hai, 23/11/2026 (GMT+7)',
      'Thời sự | Kinh tế | Xã hội | Văn hóa',
      'Tìm kiếm',
      'Trồng rừng gắn với sinh kế',
    ]);
    expect(cleaned.publishedAt).toBeNull();
    expect(cleaned.title).toBe('Trồng rừng gắn với sinh kế');
    expect(cleaned.removed.find((line) => line.text.startsWith('Thứ Hai'))?.reason).toBe('other-widget');
  });

  it('prefers the date under the title over a clock above it', () => {
    const cleaned = article([
      'Hôm nay: Thứ Hai, 23/11/2026',
      'Trồng rừng gắn với sinh kế',
      'Thứ Bảy, 21/11/2026 - 07:45',
    ]);
    expect(cleaned.publishedAt).toBe('2026-11-21T07:45:00+07:00');
  });

  it('accepts a date right above the title, under a breadcrumb', () => {
    const cleaned = article([
      'Trang chủ > Kinh tế',
      'Thứ Bảy, 21/11/2026, 07:45 (GMT+7)',
      'Trồng rừng gắn với sinh kế',
    ]);
    expect(cleaned.publishedAt).toBe('2026-11-21T07:45:00+07:00');
  });

  it('reads a worded date on a line of its own', () => {
    expect(article(['Trồng rừng gắn với sinh kế', '15 tháng 10 năm 2022']).publishedAt).toBe(
      '2022-10-15T00:00:00+07:00',
    );
  });

  it('never takes the event date of the lead', () => {
    expect(article(['Trồng rừng gắn với sinh kế']).publishedAt).toBeNull();
  });
});
