// A sentence a scraper broke over lines at an inline element, and a digest's compiler signing it.
import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';

const page = (middle: readonly string[], signature: string) =>
  [
    'Trang chủ',
    'Thời sự',
    'Bản tin sáng thứ Năm',
    '04/12/2025 06:00',
    'Nhiều tuyến phố ở trung tâm thành phố bị ngập sau cơn mưa lớn kéo dài từ đêm qua đến sáng nay.',
    'Tỉnh khởi công cầu vượt sông mới với tổng vốn đầu tư hơn hai nghìn tỷ đồng trong năm tới.',
    ...middle,
    'Lễ hội bánh dân gian lần thứ mười hai thu hút hơn hai trăm gian hàng từ các tỉnh miền Tây.',
    signature,
    'Tin liên quan',
    'Thời tiết hôm nay: miền Bắc rét đậm',
    'Giá xăng giảm nhẹ từ chiều nay',
  ].join('\n');

describe('a sentence broken over lines', () => {
  it('keeps the short piece that runs on into a line in lower case, and takes it for no caption', () => {
    const broken = [
      'các tuyến xe buýt được điều chỉnh lộ trình để tránh khu vực thi công',
      'trong ít nhất sáu tháng tới, theo Sở Giao thông vận tải.',
    ];
    const cleaned = cleanText(page(broken, 'Minh Khôi'));
    expect(cleaned.body.split('\n')).toEqual(expect.arrayContaining(broken));
    expect(cleaned.captions).toEqual([]);
  });

  it('keeps a piece ending no sentence above a line that goes on in lower case', () => {
    const broken = [
      'Theo kế hoạch, các tuyến xe buýt qua khu vực sẽ',
      'được điều chỉnh lộ trình trong ít nhất sáu tháng tới.',
    ];
    expect(cleanText(page(broken, 'Minh Khôi')).body.split('\n')).toEqual(expect.arrayContaining(broken));
  });

  it('still drops a short line between paragraphs when nothing runs on', () => {
    const cleaned = cleanText(page(['Xem video', 'Đọc tiếp'], 'Minh Khôi'));
    expect(cleaned.body).not.toContain('Xem video');
    expect(cleaned.body).not.toContain('Đọc tiếp');
  });
});

describe("a digest's compiler", () => {
  it.each(['Minh Khôi tổng hợp', 'Minh Khôi - tổng hợp', 'Minh Khôi (tổng hợp)', 'Minh Khôi - t/h'])(
    'reads "%s" as the writer Minh Khôi',
    (signature) => {
      const cleaned = cleanText(page([], signature));
      expect(cleaned.author).toBe('Minh Khôi');
      expect(cleaned.body).not.toContain(signature);
    },
  );
});
