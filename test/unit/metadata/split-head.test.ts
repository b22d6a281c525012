// Head lines as extractors print them: the page's <title> with the site's name after the headline, and
// a date one element a line.
import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import { looksLikePersonName } from '#domain/metadata/author';
import { isWeekdayLine } from '#domain/metadata/published-at';
import { withoutSiteName } from '#domain/metadata/title';

const PARAGRAPHS = [
  'Ngày 12/9, Sở Giao thông vận tải tỉnh cho biết đã hoàn thành sửa chữa 14 điểm sạt lở trên các tuyến quốc lộ và tỉnh lộ sau đợt mưa lớn kéo dài, bảo đảm thông xe an toàn cho người và phương tiện.',
  'Theo lãnh đạo Sở, lực lượng chức năng đã huy động hơn 50 máy xúc, máy ủi và hàng trăm công nhân làm việc ngày đêm để thông tuyến, đồng thời cắm biển cảnh báo tại những vị trí có nguy cơ sạt lở cao.',
];

describe('withoutSiteName', () => {
  it("leaves the site's name after the headline out", () => {
    expect(withoutSiteName('Thông xe 14 điểm sạt lở - Báo Sơn Cước')).toBe('Thông xe 14 điểm sạt lở');
    expect(withoutSiteName('Thông xe 14 điểm sạt lở | baosoncuoc.vn')).toBe('Thông xe 14 điểm sạt lở');
  });

  it('keeps a headline whose last part names no site', () => {
    expect(withoutSiteName('Hà Nội - Hải Phòng thông tuyến cao tốc')).toBe(
      'Hà Nội - Hải Phòng thông tuyến cao tốc',
    );
    expect(withoutSiteName('Giá vàng hôm nay - Báo động đỏ')).toBe('Giá vàng hôm nay - Báo động đỏ');
  });
});

describe('a weekday alone', () => {
  it('is a weekday line, and no name', () => {
    expect(isWeekdayLine('Thứ Sáu')).toBe(true);
    expect(isWeekdayLine('Chủ nhật,')).toBe(true);
    expect(isWeekdayLine('Thứ trưởng')).toBe(false);
    expect(looksLikePersonName('Thứ Sáu')).toBe(false);
  });
});

describe('a date printed one element a line', () => {
  it('takes the weekday, the day and the bare hour under it, past a separator', () => {
    const page = ['Thông xe 14 điểm sạt lở trên các tuyến quốc lộ', 'Thứ Sáu', '12/09/2025', '|', '15:30'];
    const cleaned = cleanText([...page, ...PARAGRAPHS, 'Quang Huy'].join('\n\n'));
    expect(cleaned).toMatchObject({
      title: 'Thông xe 14 điểm sạt lở trên các tuyến quốc lộ',
      publishedAt: '2025-09-12T15:30:00+07:00',
      author: 'Quang Huy',
    });
  });
});

describe('an author box under the article', () => {
  it('names the writer under its heading when the page names none elsewhere', () => {
    const page = ['Thông xe 14 điểm sạt lở trên các tuyến quốc lộ', '12/09/2025 15:30', ...PARAGRAPHS];
    const box = ['Về tác giả', 'Quang Huy', 'Phóng viên mảng giao thông, 6 năm theo dõi các công trình.'];
    expect(cleanText([...page, ...box].join('\n\n')).author).toBe('Quang Huy');
  });
});
