// A reader service's header over the page's markdown: its fields leave the body, its title is read as
// an envelope's.
import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';

const PARAGRAPHS = [
  'Sáng 16/9, Chi cục Thủy sản tỉnh bàn giao 85 thiết bị giám sát hành trình cho chủ tàu cá có chiều dài từ 15 m trở lên, giúp các tàu đủ điều kiện ra khơi theo quy định chống khai thác hải sản bất hợp pháp.',
  'Mỗi thiết bị trị giá khoảng 18 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 70%, chủ tàu đóng góp phần còn lại. Thiết bị gửi vị trí của tàu về trung tâm giám sát trên bờ mỗi giờ một lần, kể cả khi tàu đi xa.',
];
const HEADER = [
  'Title: Ngư dân được hỗ trợ lắp thiết bị giám sát hành trình - Báo Lam Hồng',
  'URL Source: https://baolamhong.vn/kinh-te/ngu-dan-a20931.html',
  'Published Time: 2025-09-16T10:40:00+07:00',
  'Markdown Content:',
];

describe('a reader service header', () => {
  it('leaves the body and names the title and the date when the page prints neither', () => {
    const cleaned = cleanText([...HEADER, ...PARAGRAPHS, 'Hồ Thanh Bình'].join('\n\n'));
    expect(cleaned.body.split('\n')).toEqual(PARAGRAPHS);
    expect(cleaned).toMatchObject({
      title: 'Ngư dân được hỗ trợ lắp thiết bị giám sát hành trình',
      publishedAt: '2025-09-16T10:40:00+07:00',
    });
  });

  it('is no header without the fields only such a service prints', () => {
    const page = ['Title: Ghi chép từ vùng lũ', ...PARAGRAPHS];
    expect(cleanText(page.join('\n\n')).removed.map((line) => line.reason)).not.toContain('navigation');
  });
});
