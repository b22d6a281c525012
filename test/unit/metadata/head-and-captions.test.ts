import { describe, expect, it } from 'vitest';
import { parseBylineLine } from '#domain/metadata/author';
import { isCaptionLine, looksLikeSubheading, scoreCaptionCues } from '#domain/metadata/caption';
import { parseMastheadPrefix, readDatelinePrefix } from '#domain/metadata/source';
import { chooseTitle, looksLikeSiteName, type HeadLine } from '#domain/metadata/title';
import { measureLine } from '#domain/text/segment';

const caption = (text: string) => isCaptionLine(text, measureLine(text));
const head = (texts: readonly (string | null)[]): HeadLine[] =>
  texts.flatMap((text, index) => (text === null ? [] : [{ index, text, features: measureLine(text) }]));

describe('captions versus sub-headings', () => {
  it.each([
    'Toàn cảnh hội nghị',
    'Bí thư Huyện ủy phát biểu tại buổi lễ',
    'Lãnh đạo huyện trao quà cho các hộ nghèo',
    'Du khách tham quan khu di tích',
    'Các đại biểu cắt băng khánh thành công trình (thứ hai từ trái sang)',
    'Niềm vui của bà con trong ngày nhận nhà mới, căn nhà được xây dựng với sự hỗ trợ của các nhà hảo tâm',
  ])('"%s" is a caption', (text) => {
    expect(caption(text)).toBe(true);
  });

  it.each([
    'Nâng cao chất lượng sinh hoạt chi bộ',
    'Kết quả nổi bật',
    '1. Đổi mới phương thức lãnh đạo',
    'II. NHỮNG GIẢI PHÁP TRỌNG TÂM',
    'CHUYỂN BIẾN TỪ CƠ SỞ',
    'Người dân phấn khởi',
  ])('"%s" is a sub-heading and stays in the body', (text) => {
    expect(caption(text)).toBe(false);
  });

  it('scores cues and tells sub-heading shapes', () => {
    expect(scoreCaptionCues('Toàn cảnh buổi làm việc')).toBeGreaterThanOrEqual(2);
    expect(scoreCaptionCues('Kết quả nổi bật')).toBe(0);
    expect(looksLikeSubheading('3. Những việc cần làm ngay', measureLine('3. Những việc cần làm ngay'))).toBe(
      true,
    );
  });
});

describe('site names, kickers and captions above the lead', () => {
  it.each([
    'Báo Nhân Dân điện tử',
    'Cổng thông tin điện tử tỉnh',
    'baolangson.vn',
    'Đài Phát thanh và Truyền hình',
  ])('"%s" is a site name', (text) => {
    expect(looksLikeSiteName(text, measureLine(text))).toBe(true);
  });

  it.each(['Báo cáo kết quả năm 2025', 'Đảng bộ huyện Chợ Mới', 'Kinh tế'])(
    '"%s" is no site name',
    (text) => {
      expect(looksLikeSiteName(text, measureLine(text))).toBe(false);
    },
  );

  it('does not take the site name as kicker', () => {
    const choice = chooseTitle(head(['Báo Điện tử Tin Việt', 'Tăng cường phòng chống sốt xuất huyết']));
    expect(choice).toMatchObject({ titleIndex: 1, kickerIndex: null, siteNameIndices: [0] });
  });

  it('takes the headline above the date, not the photo caption under it', () => {
    const choice = chooseTitle(
      head(['Khánh thành cầu dân sinh ở xã vùng cao', null, 'Toàn cảnh lễ khánh thành cầu']),
    );
    expect(choice).toMatchObject({ titleIndex: 0, captionIndex: 2 });
  });

  it('keeps a title with an action verb when nothing separates it from the line above', () => {
    const choice = chooseTitle(
      head(['Thời sự', 'Chủ tịch tỉnh thăm hỏi các gia đình chính sách tại xã biên giới']),
    );
    expect(choice).toMatchObject({ titleIndex: 1, kickerIndex: 0, captionIndex: null });
  });

  it('does not take a long sidebar headline above the title as kicker', () => {
    const choice = chooseTitle(
      head([
        'Hợp tác xã dược liệu đầu tiên của tỉnh có sản phẩm đạt chuẩn ba sao quốc gia',
        'Trồng rừng gắn với sinh kế',
      ]),
    );
    expect(choice).toMatchObject({ titleIndex: 1, kickerIndex: null });
  });
});

describe('datelines and bylines', () => {
  it('reads datelines of teasers and leads', () => {
    expect(readDatelinePrefix('(Tin Việt) - Sáng nay, tỉnh tổ chức')).toBe('tin viet');
    expect(readDatelinePrefix('VOV.VN - Chiều qua, đoàn công tác')).toBe('vov.vn');
    expect(readDatelinePrefix('Hà Nội - Sáng nay, trời mưa')).toBeNull();
    expect(parseMastheadPrefix('(Tin Việt) - Sáng nay, tỉnh tổ chức')).toBe('Tin Việt');
  });

  it('reads blog bylines with the posting time after the name', () => {
    expect(parseBylineLine('Đăng bởi Minh Khoa lúc 10:15 ngày 12/03/2024')).toEqual({
      author: 'Minh Khoa',
      source: null,
    });
    expect(parseBylineLine('Posted by Lan Chi on 12/03/2024')).toEqual({ author: 'Lan Chi', source: null });
    expect(parseBylineLine('Đăng bởi quản trị viên')).toBeNull();
  });

  it('reads "Bởi" alone before the name, as "By", and no sentence opening with "Bởi"', () => {
    expect(parseBylineLine('Bởi Minh Hằng')).toEqual({ author: 'Minh Hằng', source: null });
    expect(parseBylineLine('Bởi vì trời mưa, buổi lễ được dời sang tuần sau.')).toBeNull();
  });

  it('reads a translator with the original agency in brackets as author and source', () => {
    expect(parseBylineLine('Thanh Tâm (Theo Reuters)')).toEqual({ author: 'Thanh Tâm', source: 'Reuters' });
    expect(parseBylineLine('Minh Anh (theo Tuổi Trẻ)')).toEqual({ author: 'Minh Anh', source: 'Tuổi Trẻ' });
    expect(parseBylineLine('Giá lúa tăng mạnh (theo báo cáo của Sở)')).toBeNull();
  });
});
