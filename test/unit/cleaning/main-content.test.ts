// Text an extractor already cut out as the page's main content (RawDocument.mainContent), and a fact box
// of labelled figures between paragraphs.
import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';

// Paragraphs of middling length (under jusText's 200 characters): none is "good" on its own.
const MIDDLING_ARTICLE = [
  'Số căn hộ hoàn thành trong tám tháng đạt gần 70% kế hoạch năm, nhưng thủ tục mua nhà vẫn khiến nhiều người nản lòng.',
  'Báo cáo của sở cho thấy đến cuối tháng 8, bốn dự án đã bàn giao 3.120 căn cho người mua, phần lớn là công nhân.',
  'Kết quả cụ thể như sau:',
  'Hạng mục | Kế hoạch | Thực hiện',
  'Nhà ở xã hội (căn) | 4.500 | 3.120',
  'Nhà lưu trú (phòng) | 1.200 | 640',
  'Theo sở, người mua phải nộp bốn loại giấy tờ, trong đó xác nhận thu nhập mất nhiều thời gian nhất. Sở đề xuất:',
  'Cho phép xác nhận thu nhập qua doanh nghiệp nơi người lao động làm việc;',
  'Công khai danh sách dự án và số căn còn lại trên cổng thông tin của thành phố.',
  'Anh Quý, công nhân một nhà máy điện tử, cho biết anh mất gần ba tháng mới hoàn tất hồ sơ vì phải về quê xin xác nhận.',
];

describe('main content', () => {
  it('keeps an article of middling paragraphs, its table and its list whole: the edges are no boilerplate', () => {
    const cleaned = cleanText(MIDDLING_ARTICLE.join('\n'), { mainContent: true });
    expect(cleaned.body.split('\n')).toEqual(MIDDLING_ARTICLE);
    expect(cleaned.quality).toEqual({ isArticle: true });
  });

  it('still judges whole-page text against boilerplate edges', () => {
    const cleaned = cleanText(MIDDLING_ARTICLE.join('\n'));
    expect(cleaned.body.split('\n')).not.toEqual(MIDDLING_ARTICLE);
  });
});

describe('a fact box', () => {
  it('keeps its labelled figures in the body, and the page is no listing', () => {
    const lines = [
      'Sáng 6/8, tỉnh khởi công tuyến đường ven biển đi qua ba huyện, với tổng vốn đầu tư khoảng 7.800 tỷ đồng, dự kiến hoàn thành năm 2027.',
      'Tuyến đường có bề rộng nền 32 m, sáu làn xe, điểm đầu giao với quốc lộ 1, điểm cuối nối vào cảng cá. Dự án được chia thành bốn gói thầu xây lắp.',
      'Chiều dài toàn tuyến: 54 km',
      'Tổng vốn đầu tư: 7.800 tỷ đồng',
      'Diện tích thu hồi đất: 312 ha',
      'Số hộ phải tái định cư: 418 hộ',
      'Phát biểu tại lễ khởi công, Chủ tịch UBND tỉnh yêu cầu các nhà thầu huy động đủ máy móc, nhân lực, thi công ba ca trong mùa khô.',
      'Hiện các huyện đã bàn giao khoảng 70% mặt bằng. Ba khu tái định cư đang được xây dựng hạ tầng, dự kiến bàn giao nền đất vào cuối năm nay.',
    ];
    const cleaned = cleanText(lines.join('\n'), { mainContent: true });
    expect(cleaned.body.split('\n')).toEqual(lines);
    expect(cleaned.quality).toEqual({ isArticle: true });
  });
});
