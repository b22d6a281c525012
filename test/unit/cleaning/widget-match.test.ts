import { describe, expect, it } from 'vitest';
import { familyVocabularyTest, matchWidget } from '#domain/cleaning/widget-match';
import { foldDiacritics } from '#domain/text/normalize';
import { WIDGET_MAX_OTHER_WORDS } from '#domain/cleaning/thresholds';

const reason = (text: string, maxOtherWords = WIDGET_MAX_OTHER_WORDS) =>
  matchWidget(text, maxOtherWords)?.reason ?? null;

describe('matchWidget', () => {
  it.each([
    ['Chuyển đến nội dung chính', 'navigation'],
    ['VI | EN', 'navigation'],
    ['[Về trang chủ]', 'navigation'],
    ['In trang  Gửi cho bạn bè', 'share-widget'],
    ['Lưu bài viết', 'share-widget'],
    ['Viết bình luận', 'comments'],
    ['Số lần đọc: 345', 'view-counter'],
    ['Độ ẩm: 80%', 'weather'],
    ['Tỷ giá', 'exchange-rate'],
    ['Giá vàng SJC', 'gold-price'],
    ['LỊCH PHÁT SÓNG', 'broadcast-schedule'],
    ['Các tin đã đưa', 'related-news'],
    ['Đọc thêm', 'related-news'],
    ['Tổng biên tập: Nguyễn Văn Bình', 'footer'],
    ['Tải ứng dụng', 'other-widget'],
    ['Cỡ chữ', 'other-widget'],
    ['Tags: nông thôn mới, giảm nghèo, chuyển đổi số', 'other-widget'],
    ['Trang chủ › Xã hội › Giáo dục', 'navigation'],
    ['Pháp luật • Thế giới • Quốc phòng • Sức khỏe', 'navigation'],
    ['© 2024 Bản quyền thuộc về Báo Điện tử tỉnh', 'footer'],
  ])('%s → %s', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it('leaves sentences and captions that only mention widget words', () => {
    expect(reason('Đại biểu chia sẻ kinh nghiệm làm kinh tế tại hội nghị')).toBeNull();
    expect(
      reason(
        'Nắng nóng kéo dài, thời tiết khô hanh khiến nhiều diện tích lúa ở các huyện phía nam bị thiếu nước trầm trọng',
      ),
    ).toBeNull();
  });

  it('does not take a headline with one separator for a menu', () => {
    expect(reason('Hà Nội | Mưa lớn gây ngập nhiều tuyến phố nội thành')).toBeNull();
  });

  it('is strict between body paragraphs', () => {
    expect(reason('Bà Lan chia sẻ', 0)).toBeNull();
    expect(reason('Bà Lan chia sẻ', WIDGET_MAX_OTHER_WORDS)).toBe('share-widget');
  });
});

describe('matchWidget on irregular white space', () => {
  it.each([
    ['Lưu\u2028bài viết', 'share-widget'],
    [' Chuyển đến  nội dung chính', 'navigation'],
    ['Số lần\u000bđọc: 345 ', 'view-counter'],
    ['Giá\u3000\u3000vàng SJC', 'gold-price'],
  ])('reads %j as its single-spaced form', (text, expected) => {
    expect(reason(text)).toBe(expected);
    expect(matchWidget(text, WIDGET_MAX_OTHER_WORDS)).toEqual(
      matchWidget(text.replace(/\s+/g, ' ').trim(), WIDGET_MAX_OTHER_WORDS),
    );
  });
});

describe('familyVocabularyTest', () => {
  const hasFooterVocabulary = familyVocabularyTest(['copyright-footer', 'hotline']);

  it.each([
    [
      'Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp, chịu trách nhiệm nội dung: Trần An',
      true,
    ],
    [
      'Đường dây nóng: 0912 345 678, gọi bất kể ngày đêm nếu bạn có thông tin cần phản ánh tới tòa soạn',
      true,
    ],
    ['Bà con nông dân phấn khởi vì vụ lúa năm nay được mùa, giá bán lại cao hơn năm trước.', false],
  ])('%s → %s, whatever its length', (text, expected) => {
    expect(hasFooterVocabulary(foldDiacritics(text))).toBe(expected);
  });

  it('refuses a family that does not exist', () => {
    expect(() => familyVocabularyTest(['no-such-family'])).toThrow(/no widget family named no-such-family/);
  });
});
