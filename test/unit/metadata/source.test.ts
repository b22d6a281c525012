import { describe, expect, it } from 'vitest';
import { parseDomainLine, parseMastheadPrefix, parseSourceLine, readUrlHost } from '#domain/metadata/source';

describe('source extraction', () => {
  it('reads "Nguồn" lines with or without a colon', () => {
    expect(parseSourceLine('Nguồn: Cổng thông tin điện tử tỉnh')).toBe('Cổng thông tin điện tử tỉnh');
    expect(parseSourceLine('Nguồn VOV.')).toBe('VOV');
    expect(
      parseSourceLine(
        'Nguồn nước sinh hoạt của bà con được bảo đảm trong suốt mùa khô năm nay nhờ hệ thống bể chứa mới',
      ),
    ).toBeNull();
  });

  it('reads a "Nguồn" credit in brackets, as republished stories close', () => {
    expect(parseSourceLine('(Nguồn: VOV)')).toBe('VOV');
    expect(
      parseSourceLine(
        '(Nguồn nước sinh hoạt được bảo đảm trong suốt mùa khô nhờ hệ thống bể chứa mới của xã)',
      ),
    ).toBeNull();
  });

  it('reads a masthead prefix of 2–5 capitals, with or without brackets', () => {
    expect(parseMastheadPrefix('NAO - Chiều 3/2, tỉnh tổ chức lễ ra quân')).toBe('NAO');
    expect(parseMastheadPrefix('(QNO) – Sáng nay, tỉnh khai mạc hội chợ')).toBe('QNO');
    expect(parseMastheadPrefix('Hà Nội - Sáng nay')).toBeNull();
  });

  it('reads a bare domain line and a URL host', () => {
    expect(parseDomainLine('www.baoquangninh.vn')).toBe('baoquangninh.vn');
    expect(parseDomainLine('Xem thêm tại trang web')).toBeNull();
    // An attachment's name has a domain's shape; its extension is no top-level domain.
    expect(parseDomainLine('Thong-bao-tuyen-dung-2025.pdf')).toBeNull();
    expect(parseDomainLine('Phieu-dang-ky.DOCX')).toBeNull();
    expect(readUrlHost('https://www.baolaocai.vn/tin/abc-123.html')).toBe('baolaocai.vn');
    expect(readUrlHost('không phải url')).toBeNull();
  });
});
