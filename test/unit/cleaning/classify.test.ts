import { describe, expect, it } from 'vitest';
import { normalizeStage } from '#domain/cleaning/01-normalize';
import { segmentStage } from '#domain/cleaning/02-segment';
import { classifyBlocksStage } from '#domain/cleaning/04-classify';
import { runCleaningStages } from '#domain/cleaning/index';
import { LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3 } from './fixtures/pages.ts';

const PROSE =
  'Những ngày qua, bà con nông dân ở các xã ven sông đã tranh thủ thời tiết thuận lợi để xuống giống vụ lúa mới, đồng thời chủ động nạo vét kênh mương nội đồng để bảo đảm đủ nước tưới cho cả vụ đông xuân năm nay.';
const PROSE_2 =
  'Theo cán bộ khuyến nông, năm nay người dân được hỗ trợ giống lúa chất lượng cao và được hướng dẫn cách bón phân cân đối, nhờ đó chi phí sản xuất giảm mà năng suất vẫn được giữ ổn định so với những năm trước.';

function classify(lines: string[]) {
  return classifyBlocksStage(segmentStage(normalizeStage(lines.join('\n'), {}))).lines;
}

describe('classifyBlocksStage', () => {
  it('keeps long prose with many stop words and drops a menu line', () => {
    const lines = classify([
      PROSE,
      'Đăng nhập | Đăng ký | Liên hệ | Quảng cáo | Sơ đồ trang | RSS | Tòa soạn | Đường dây nóng | Ứng dụng | Video | Ảnh | Podcast',
      PROSE_2,
    ]);
    expect(lines.map((line) => line.role)).toEqual(['body', 'removed', 'body']);
    expect(lines[1]?.reason).toBe('low-stopword-density');
  });

  it('keeps a short line between two good paragraphs (context smoothing)', () => {
    const lines = classify([PROSE, 'Nông dân xuống giống lúa', PROSE_2]);
    expect(lines[1]?.role).toBe('body');
    expect(lines[1]?.blockClass).toBe('good');
  });

  it('drops a short line between the page edge and bad context as a short fragment', () => {
    const lines = classify(['Đăng nhập', PROSE, PROSE_2, 'Liên hệ quảng cáo']);
    expect(lines[0]).toMatchObject({ role: 'removed', reason: 'short-fragment' });
    expect(lines[3]).toMatchObject({ role: 'removed', reason: 'short-fragment' });
  });

  it('does not change the state it was given', () => {
    const before = segmentStage(normalizeStage(PROSE, {}));
    const snapshot = JSON.stringify(before);
    classifyBlocksStage(before);
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});

describe('non-prose shapes', () => {
  const page = (middle: string) =>
    [LEAD_BAC_KAN, middle, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3].join('\n');

  it('drops a row of figures and a title-case menu even between good paragraphs', () => {
    for (const middle of [
      '06:00 07:30 09:15 11:00 13:45 15:30 17:00',
      'Thời Sự Kinh Tế Văn Hóa Thể Thao Giải Trí',
    ]) {
      const line = runCleaningStages(page(middle)).lines.find(
        (candidate) => candidate.segment.text === middle,
      );
      expect(line?.role).toBe('removed');
    }
  });

  it('keeps a capitals sub-heading and a short photo credit line between paragraphs', () => {
    for (const middle of ['CHUYỂN BIẾN TÍCH CỰC TỪ CƠ SỞ ĐẢNG', '(Ảnh: Minh Hà)']) {
      const line = runCleaningStages(page(middle)).lines.find(
        (candidate) => candidate.segment.text === middle,
      );
      expect(line?.role).not.toBe('removed');
    }
  });
});
