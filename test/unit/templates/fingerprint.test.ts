import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_HEX_CHARS,
  fingerprintLine,
  fingerprintLines,
  MAX_FINGERPRINTS_PER_ARTICLE,
} from '#domain/templates/fingerprint';
import { sourceKeyOf } from '#domain/templates/source-key';

describe('fingerprintLine', () => {
  it('is a short hex hash', () => {
    expect(fingerprintLine('Đăng ký nhận bản tin mỗi sáng')).toMatch(
      new RegExp(`^[0-9a-f]{${FINGERPRINT_HEX_CHARS}}$`),
    );
  });

  it('ignores case, diacritics, digits and spacing', () => {
    const reference = fingerprintLine('Cập nhật lúc 08:15 ngày 12/3/2024');
    expect(fingerprintLine('cập  nhật lúc 21:40 ngày 1/11/2025')).toBe(reference);
    expect(fingerprintLine('CAP NHAT LUC 9:05 NGAY 30/4/2023')).toBe(reference);
  });

  it('tells different wording apart', () => {
    expect(fingerprintLine('Đăng ký nhận bản tin')).not.toBe(fingerprintLine('Đăng ký nhận bản tin hay'));
  });

  it('skips lines without letters', () => {
    expect(fingerprintLine('')).toBeNull();
    expect(fingerprintLine('   ')).toBeNull();
    expect(fingerprintLine('12/03/2024 - 08:15')).toBeNull();
    expect(fingerprintLine('* * *')).toBeNull();
  });

  it('is pinned: stored profiles stay valid across processes and deployments', () => {
    // The first 12 hex digits of sha256("trang chu"), the folded form; a change here orphans every
    // stored profile, so it must be deliberate.
    expect(fingerprintLine('Trang chủ')).toBe('578d9e411875');
  });
});

describe('fingerprintLines', () => {
  it('gives the distinct candidate lines in page order', () => {
    const text = 'Trang chủ\n\nBài viết hôm nay\n12/03/2024\nTrang chủ\nLiên hệ quảng cáo';
    expect(fingerprintLines(text)).toEqual([
      fingerprintLine('Trang chủ'),
      fingerprintLine('Bài viết hôm nay'),
      fingerprintLine('Liên hệ quảng cáo'),
    ]);
  });

  it('keeps at most the bound, from the head and the tail of a long page', () => {
    const lines = Array.from(
      { length: MAX_FINGERPRINTS_PER_ARTICLE + 50 },
      (_, i) => `dòng số ${'a'.repeat(i + 1)}`,
    );
    const fingerprints = fingerprintLines(lines.join('\n'));
    expect(fingerprints).toHaveLength(MAX_FINGERPRINTS_PER_ARTICLE);
    expect(fingerprints[0]).toBe(fingerprintLine(lines[0] ?? ''));
    expect(fingerprints.at(-1)).toBe(fingerprintLine(lines.at(-1) ?? ''));
    expect(fingerprints).not.toContain(fingerprintLine(lines[MAX_FINGERPRINTS_PER_ARTICLE / 2 + 10] ?? ''));
  });
});

describe('sourceKeyOf', () => {
  it('uses the URL host without www.', () => {
    expect(sourceKeyOf({ url: 'https://www.songxanh.example.vn/tin/a.html' })).toBe('songxanh.example.vn');
    expect(sourceKeyOf({ url: 'https://Tin.Example.VN/x', source: 'Báo X' })).toBe('tin.example.vn');
  });

  it('falls back to the envelope source, then to nothing', () => {
    expect(sourceKeyOf({ source: '  Báo  Sông Xanh ' })).toBe('báo sông xanh');
    expect(sourceKeyOf({ url: 'not a url', source: 'Báo Sông Xanh' })).toBe('báo sông xanh');
    expect(sourceKeyOf({})).toBeNull();
  });
});
