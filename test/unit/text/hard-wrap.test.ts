// A paragraph an extractor hard-wrapped over several lines is one segment; lines printed one by one
// stay lines.
import { describe, expect, it } from 'vitest';
import { findRunOnLines } from '#domain/text/hard-wrap';
import { segmentText } from '#domain/text/segment';

const WRAPPED_PARAGRAPH = [
  'Theo Phòng Nông nghiệp huyện, đến nay toàn huyện đã có khoảng 400 ha ruộng',
  'chuyển sang mô hình luân canh, tập trung ở các xã An Thuận, An Quy và Mỹ An.',
  'Vào mùa mưa, nông dân trồng một vụ lúa chịu mặn; mùa khô, khi nước mặn vào',
  'ruộng, họ thả tôm càng xanh với mật độ 3 đến 5 con mỗi m².',
];

describe('findRunOnLines', () => {
  it('runs the lines of a wrapped paragraph on, up to its last line', () => {
    expect(findRunOnLines(['Tiêu đề bài', '', ...WRAPPED_PARAGRAPH])).toEqual([
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it("runs on through a line an unbroken link's address widened", () => {
    const address =
      'Sở](https://soncuoc.gov.vn/thong-bao/so-1234-ve-viec-thong-xe-cac-tuyen-quoc-lo-sau-mua-lu.html)';
    const lines = [
      WRAPPED_PARAGRAPH[0]!,
      'theo [thông báo của',
      address,
      'gửi các cơ quan báo chí.',
      ...WRAPPED_PARAGRAPH,
    ];
    expect(findRunOnLines(lines)?.slice(0, 4)).toEqual([true, true, true, false]);
  });

  it('finds a brief of one paragraph over three lines', () => {
    const brief = ['Cháy xưởng gỗ ở ngoại thành', '', ...WRAPPED_PARAGRAPH.slice(0, 3)];
    expect(findRunOnLines(brief)).toEqual([false, false, true, true, false]);
  });

  it('leaves a page with a line longer than any wrapping alone', () => {
    const longLine = `${WRAPPED_PARAGRAPH.join(' ')} ${WRAPPED_PARAGRAPH.join(' ')}`;
    expect(findRunOnLines([longLine, ...WRAPPED_PARAGRAPH])).toBeNull();
  });

  it('leaves a list of headlines near one length alone: each opens with a capital', () => {
    const headlines = [
      'Giá xăng giảm lần thứ ba liên tiếp từ chiều nay, dầu diesel giữ nguyên giá',
      'Ba người tử vong sau vụ cháy nhà trọ ở ngoại thành, cảnh sát điều tra',
      'Đề xuất cấm xe máy vào nội đô từ năm 2030 ở các quận trung tâm thành phố',
      'Học sinh miền núi chế tạo máy sấy nông sản bằng năng lượng mặt trời',
      'Sinh viên được vay tối đa 4 triệu đồng mỗi tháng để đóng học phí',
    ];
    expect(findRunOnLines(headlines)).toBeNull();
  });
});

describe('a quotation wrapped in markdown', () => {
  it('runs on through the "> " of each of its lines, which the joined line reads without', () => {
    const quote = WRAPPED_PARAGRAPH.map((line) => `> ${line}`);
    const segments = segmentText(['[Trang chủ](https://a.vn/)', '', ...quote].join('\n'));
    expect(segments).toHaveLength(2);
    expect(segments[1]?.text).toBe(WRAPPED_PARAGRAPH.join(' '));
    expect(segments[1]?.delivered).toBe(quote.join('\n'));
  });
});

describe('segmentText on a wrapped page', () => {
  it('reads a wrapped paragraph as one line and gives its lines back as delivered', () => {
    const segments = segmentText(['Tiêu đề bài', '', ...WRAPPED_PARAGRAPH].join('\n'));
    expect(segments).toHaveLength(2);
    expect(segments[1]?.text).toBe(WRAPPED_PARAGRAPH.join(' '));
    expect(segments[1]?.delivered).toBe(WRAPPED_PARAGRAPH.join('\n'));
  });
});
