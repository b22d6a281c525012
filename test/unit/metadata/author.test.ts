import { describe, expect, it } from 'vitest';
import { looksLikePersonName, parseBareNameLine, parseBylineLine } from '#domain/metadata/author';

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

  it('treats "Theo" + an agency as a source', () => {
    expect(parseBylineLine('Theo TTXVN')).toEqual({ author: null, source: 'TTXVN' });
    expect(parseBylineLine('Theo Báo Nhân Dân')).toEqual({ author: null, source: 'Báo Nhân Dân' });
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

  it('rejects lines that are not names', () => {
    expect(parseBareNameLine('Phóng viên Ban Thời sự')).toBeNull();
    expect(parseBareNameLine('Lượt xem 120')).toBeNull();
    expect(parseBareNameLine('Hà')).toBeNull();
  });
});
