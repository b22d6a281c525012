import { describe, expect, it } from 'vitest';
import { hasPhotoCredit, isCaptionLine, isFieldLine, isLabelledFigure } from '#domain/metadata/caption';
import { chooseTitle } from '#domain/metadata/title';
import { measureLine } from '#domain/text/segment';

const caption = (text: string) => isCaptionLine(text, measureLine(text));
const head = (texts: string[]) => texts.map((text, index) => ({ index, text, features: measureLine(text) }));

describe('captions', () => {
  it('recognises photo credits', () => {
    expect(hasPhotoCredit('Bộ đội giúp dân thu hoạch lúa. Ảnh: Văn Long')).toBe(true);
    expect(hasPhotoCredit('Cầu mới nối hai bờ sông (Ảnh minh họa)')).toBe(true);
    expect(hasPhotoCredit('Ảnh: TTXVN')).toBe(true);
    expect(hasPhotoCredit('Người dân phấn khởi khi cây lúa được mùa.')).toBe(false);
  });

  it('takes "Ảnh chụp" opening a line for a credit only when it says where or when the photo was taken', () => {
    expect(hasPhotoCredit('Ảnh chụp màn hình')).toBe(true);
    expect(hasPhotoCredit('(Ảnh chụp từ clip)')).toBe(true);
    expect(hasPhotoCredit('Ảnh chụp ngày 12/3/2024 tại cửa khẩu')).toBe(true);
    expect(hasPhotoCredit('Hiện trường vụ tai nạn. Ảnh chụp màn hình')).toBe(true);
    expect(hasPhotoCredit('Ảnh chụp bằng flycam sáng 12/3')).toBe(true);
    expect(
      hasPhotoCredit('Ảnh chụp ruộng bậc thang của nhiếp ảnh gia Việt được Instagram chọn giới thiệu'),
    ).toBe(false);
  });

  it("takes a spec sheet's labelled figure for a list item, not a caption, though it names a place", () => {
    expect(isLabelledFigure('Công suất: 177 mã lực tại 5.500 vòng/phút')).toBe(true);
    expect(caption('Công suất: 177 mã lực tại 5.500 vòng/phút')).toBe(false);
    expect(isLabelledFigure('Ảnh 2: Đại biểu tham quan gian hàng tại hội chợ năm 2024')).toBe(false);
    expect(isLabelledFigure('Đại biểu tham quan gian hàng tại hội chợ năm 2024')).toBe(false);
  });

  it("reads a record's field lines by their short label without figures", () => {
    expect(isFieldLine('Họ và tên: Lê Văn Tuấn, giới tính nam')).toBe(true);
    expect(isFieldLine('Địa điểm: Hội trường Bảo tàng tỉnh, số 25 đường Lê Lợi')).toBe(true);
    expect(isFieldLine('Ảnh 2: Đại biểu tham quan gian hàng tại hội chợ')).toBe(false);
    expect(isFieldLine('Theo đại diện ban quản lý chợ, lượng khách năm nay tăng mạnh: 20%')).toBe(false);
    expect(isFieldLine('Đại biểu tham quan gian hàng tại hội chợ')).toBe(false);
  });

  it('takes short non-sentences and credited lines as captions, not sentences or list items', () => {
    expect(caption('Đại biểu tham quan gian hàng nông sản')).toBe(true);
    expect(caption('Các đại biểu tham quan gian hàng trưng bày sản phẩm OCOP của huyện. Ảnh: Thu Hà')).toBe(
      true,
    );
    expect(caption('Đại biểu tham quan gian hàng nông sản của hợp tác xã.')).toBe(false);
    expect(caption('- Tăng cường kiểm tra, giám sát')).toBe(false);
    expect(caption('Cụ thể như sau:')).toBe(false);
  });

  it('takes an enumeration under a label for a list item, unless it names the positions in a photo', () => {
    expect(caption('Hà Tĩnh: Văn Nam, Đức Thịnh, Quang Hải, Minh Trí, Văn Tú, Hồng Quân, Bảo Long')).toBe(
      false,
    );
    expect(caption('Từ trái sang: ông Lê Văn Hòa, bà Trần Thị Thu, ông Phạm Hùng, bà Ngô Lan')).toBe(true);
  });

  it('takes a line wholly in quotation marks for a quotation, not a caption, unless it is credited', () => {
    expect(caption('"Người dân giữ rừng thì rừng sẽ giữ lại cho người dân nguồn nước và bóng mát"')).toBe(
      false,
    );
    expect(caption('“Đất còn thì làng còn, đất mất thì con cháu biết lấy gì làm ăn sinh sống”')).toBe(false);
    expect(caption('"Ngày hội của bản" năm nay thu hút đông đảo người dân. Ảnh: Hà Vy')).toBe(true);
  });
});

describe('chooseTitle', () => {
  it('takes the heading closest to the body and the line above it as kicker', () => {
    expect(chooseTitle(head(['Sở Y tế tỉnh', 'Tăng cường phòng chống sốt xuất huyết']))).toMatchObject({
      titleIndex: 1,
      kickerIndex: 0,
    });
  });

  it('never takes a line ending with ":" as title', () => {
    expect(
      chooseTitle(head(['Chào mừng Đại hội Đảng bộ tỉnh lần thứ XV:', 'Dấu ấn một nhiệm kỳ'])),
    ).toMatchObject({
      titleIndex: 1,
      kickerIndex: 0,
    });
    expect(chooseTitle(head(['Dấu ấn một nhiệm kỳ', 'Xem tiếp bài:']))).toMatchObject({
      titleIndex: 0,
      kickerIndex: null,
    });
  });

  it('returns nothing without a heading-like line', () => {
    expect(chooseTitle(head(['12/05/2024', 'OK']))).toMatchObject({ titleIndex: null, kickerIndex: null });
  });
});
