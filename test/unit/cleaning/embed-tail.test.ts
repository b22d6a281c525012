// An embedded video under the article's last paragraph, its running time, then the writer's name.
import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import { isInlineWidget } from '#domain/cleaning/widget-families';

const page = [
  'Trang chủ / Kinh tế / Nông nghiệp',
  'Nông dân vùng trũng trúng mùa sen',
  'Cập nhật: 04/12/2025 - 08:15',
  'Vụ sen năm nay, nông dân vùng trũng thu lãi từ 40 đến 60 triệu đồng mỗi héc-ta nhờ giá hạt sen tươi tăng cao.',
  'Nhiều hộ còn sơ chế ngó sen, tim sen để bán cho các cơ sở chế biến trà, giúp tăng thêm thu nhập đáng kể.',
  'Video: Mùa sen trên cánh đồng',
  '02:15',
  'Hoàng Nam',
  'Từ khóa: sen, nông nghiệp',
  'Ý kiến bạn đọc',
].join('\n');

describe('a video embedded under the last paragraph', () => {
  it("removes the embed's label and running time and still reads the writer under them", () => {
    const cleaned = cleanText(page);
    expect(cleaned.author).toBe('Hoàng Nam');
    expect(cleaned.body).not.toContain('02:15');
    expect(cleaned.body).not.toContain('Video:');
  });

  it("counts a line that goes with an inline widget as inline, as the widget's own line is", () => {
    expect(isInlineWidget('inline-related-link')).toBe(true);
    expect(isInlineWidget('inline-related-link:content')).toBe(true);
    expect(isInlineWidget('related-news:content')).toBe(false);
    expect(isInlineWidget('gold-price')).toBe(false);
  });
});
