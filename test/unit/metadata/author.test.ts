import { describe, expect, it } from 'vitest';
import {
  looksLikePersonName,
  parseBareNameLine,
  parseBylineLine,
  parseProductionCredit,
} from '#domain/metadata/author';

describe('parseBylineLine', () => {
  it.each([
    ['Tác giả: Phạm Thu Trang', 'Phạm Thu Trang'],
    ['Bài, ảnh: Quốc Tuấn', 'Quốc Tuấn'],
    ['Bài và ảnh: Hồng Nhung', 'Hồng Nhung'],
    ['Tin, ảnh: TRẦN HẢI', 'TRẦN HẢI'],
    ['Tác giả: Thu Hằng (Trung tâm Truyền thông thị xã)', 'Thu Hằng'],
    ['Ảnh, bài: Minh Phong', 'Minh Phong'],
    ['Thực hiện: Lan Anh - Đức Minh', 'Lan Anh - Đức Minh'],
    ['Theo Nguyễn Hải', 'Nguyễn Hải'],
  ])('%s → author %s', (line, author) => {
    expect(parseBylineLine(line)).toEqual({ author, source: null });
  });

  it('keeps both writers of a byline in capitals, but not the agency initials after a name', () => {
    expect(parseBareNameLine('TRỌNG NGHĨA - MINH CHÂU')).toBe('TRỌNG NGHĨA - MINH CHÂU');
    expect(parseBareNameLine('TRẦN HẢI - TTXVN')).toBe('TRẦN HẢI');
    expect(parseBareNameLine('Thu Hà - TTXVN')).toBe('Thu Hà');
  });

  it("leaves out a date printed on the byline's line after a separator", () => {
    expect(parseBylineLine('Bài và ảnh: Minh Hải | 05-12-2024 08:45')).toEqual({
      author: 'Minh Hải',
      source: null,
    });
    expect(parseBylineLine('Tác giả: Lan Anh - 14:30 05/12/2024')).toEqual({
      author: 'Lan Anh',
      source: null,
    });
  });

  it('treats "Theo" + an agency as a source', () => {
    expect(parseBylineLine('Theo TTXVN')).toEqual({ author: null, source: 'TTXVN' });
    expect(parseBylineLine('Theo Báo Nhân Dân')).toEqual({ author: null, source: 'Báo Nhân Dân' });
  });

  it('reads newsroom credits, a writer with the agency after a slash, and papers named like people', () => {
    expect(parseBylineLine('PV')).toEqual({ author: 'PV', source: null });
    expect(parseBylineLine('Nhóm PV')).toEqual({ author: 'Nhóm PV', source: null });
    expect(parseBylineLine('Nhóm phóng viên Ban Thời sự')).toEqual({
      author: 'Nhóm phóng viên Ban Thời sự',
      source: null,
    });
    expect(parseBylineLine('PV/VOV1')).toEqual({ author: 'PV', source: null });
    expect(parseBylineLine('Minh Anh/VTV')).toEqual({ author: 'Minh Anh', source: 'VTV' });
    expect(parseBylineLine('Thu Hà/Báo Tin tức')).toEqual({ author: 'Thu Hà', source: 'Báo Tin tức' });
    expect(parseBylineLine('Theo Tuổi Trẻ')).toEqual({ author: null, source: 'Tuổi Trẻ' });
    expect(parseBylineLine('Theo baochinhphu.vn')).toEqual({ author: null, source: 'baochinhphu.vn' });
  });

  it("reads a republished story's credit in brackets", () => {
    expect(parseBylineLine('(Theo TTXVN)')).toEqual({ author: null, source: 'TTXVN' });
    expect(parseBylineLine('(Theo Nguyễn Hải)')).toEqual({ author: 'Nguyễn Hải', source: null });
    expect(
      parseBylineLine('(Theo kế hoạch, công trình hoàn thành cuối năm nay để phục vụ người dân)'),
    ).toBeNull();
  });

  it('takes no interview question for a byline', () => {
    expect(parseBylineLine('PV: Xin cảm ơn ông!')).toBeNull();
    expect(parseBylineLine('PV: Thưa ông, sau ba năm triển khai, đâu là kết quả nổi bật nhất?')).toBeNull();
  });

  it('ignores sentences starting with "Theo"', () => {
    expect(
      parseBylineLine('Theo kế hoạch, công trình sẽ hoàn thành vào cuối năm nay để phục vụ người dân.'),
    ).toBeNull();
  });
});

describe('bare name lines', () => {
  it('accepts names, several names and names with a photo note', () => {
    expect(parseBareNameLine('Thanh Hương')).toBe('Thanh Hương');
    expect(parseBareNameLine('Mùa A Sử')).toBe('Mùa A Sử');
    expect(parseBareNameLine('NGUYỄN VĂN HÙNG')).toBe('NGUYỄN VĂN HÙNG');
    expect(looksLikePersonName('Minh Thư - Hải Đăng')).toBe(true);
    expect(parseBareNameLine('Hoàng Yến (ảnh)')).toBe('Hoàng Yến');
  });

  it('reads initials and drops the workplace after the name', () => {
    expect(parseBareNameLine('H.A')).toBe('H.A');
    expect(parseBareNameLine('Nguyễn Hưng - Báo Lào Cai')).toBe('Nguyễn Hưng');
    expect(parseBareNameLine('Huyền Trang - Trung tâm TT-VH huyện')).toBe('Huyền Trang');
    expect(parseBareNameLine('Lan Anh - Quốc Tuấn')).toBe('Lan Anh - Quốc Tuấn');
    // A hospital, institute or school is a workplace; "Trường" alone is a writer's given name.
    expect(parseBareNameLine('PGS.TS Nguyễn Văn Bình - Viện Nhi Trung ương')).toBe('PGS.TS Nguyễn Văn Bình');
    expect(parseBareNameLine('BS. Lê Thu Hà - Bệnh viện Đa khoa tỉnh')).toBe('BS. Lê Thu Hà');
    expect(parseBareNameLine('Minh Thư - Trường THPT Lê Lợi')).toBe('Minh Thư');
    expect(parseBareNameLine('Lan Anh - Trường Giang')).toBe('Lan Anh - Trường Giang');
  });

  it('rejects lines that are not names', () => {
    expect(parseBareNameLine('Phóng viên Ban Thời sự')).toBeNull();
    expect(parseBareNameLine('Lượt xem 120')).toBeNull();
    expect(parseBareNameLine('Hà')).toBeNull();
  });
});

describe('production credits of a long-read', () => {
  it('name the writer under "Nội dung:" and the team under the other roles', () => {
    expect(parseProductionCredit('Nội dung: Hà Phương')).toEqual({ writer: 'Hà Phương' });
    expect(parseProductionCredit('Đồ họa: Thảo Nguyên')).toEqual({ writer: null });
    expect(parseProductionCredit('Trình bày: Văn Sơn')).toEqual({ writer: null });
    expect(parseProductionCredit('Ảnh: Minh Quân - Hải Đăng')).toEqual({ writer: null });
  });

  it('are no credits when the label opens text', () => {
    expect(parseProductionCredit('Nội dung: Quy định về phòng cháy chữa cháy')).toBeNull();
    expect(parseProductionCredit('Ảnh: Toàn cảnh hội nghị')).toBeNull();
  });
});

describe('names signed with an academic or professional title', () => {
  it.each([
    'BS. Trần Thu Trang',
    'TS. Nguyễn Thị Bích Ngọc',
    'PGS.TS. Lê Văn Hùng',
    'ThS.BS Hoàng Lan',
    'Luật sư Nguyễn Văn Hòa',
  ])('%s keeps its title', (line) => {
    expect(parseBareNameLine(line)).toBe(line);
  });

  it('the title alone, or before a lower-case phrase, is no name', () => {
    expect(parseBareNameLine('TS.')).toBeNull();
    expect(parseBareNameLine('BS. tư vấn miễn phí')).toBeNull();
  });
});

describe("an e-mail after the writer's name", () => {
  it('is dropped from the name', () => {
    expect(parseBareNameLine('Hoàng Yến - hoangyen@baoxyz.vn')).toBe('Hoàng Yến');
    expect(parseBareNameLine('Thu Trang (thutrang@vanhoasach.vn)')).toBe('Thu Trang');
  });
});
