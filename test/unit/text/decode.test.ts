import { describe, expect, it } from 'vitest';
import { decodeBytes } from '#domain/text/decode';

const SAMPLE = 'Đồng chí Bí thư Tỉnh ủy làm việc với huyện về phát triển nông nghiệp.';
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (char) => char.charCodeAt(0))];
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  units.forEach((unit, i) => view.setUint16(i * 2, unit, littleEndian));
  return bytes;
}

describe('decodeBytes', () => {
  it('decodes UTF-8 with and without BOM', () => {
    expect(decodeBytes(utf8(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]))).toEqual({
      ok: true,
      text: SAMPLE,
      encoding: 'utf-8',
    });
  });

  it('decodes UTF-16 LE and BE, with BOM and by the zero-byte pattern', () => {
    for (const littleEndian of [true, false]) {
      for (const bom of [true, false]) {
        const result = decodeBytes(utf16(SAMPLE, littleEndian, bom));
        expect(result).toEqual({ ok: true, text: SAMPLE, encoding: littleEndian ? 'utf-16le' : 'utf-16be' });
      }
    }
  });

  it('decodes Windows-1258 bytes (base letters + combining tone marks) to NFC Vietnamese', () => {
    // "Hà Nội và Đà Nẵng đã có mưa" in Windows-1258: à=E0, ộ=ô(F4)+dot below(F2), Đ=D0, ẵ=ă(E3)+tilde(DE),
    // đ=F0, ã=a+tilde(DE), ó=F3, ư=FD.
    const bytes = new Uint8Array([
      0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69, 0x20, 0x76, 0xe0, 0x20, 0xd0, 0xe0, 0x20, 0x4e, 0xe3, 0xde,
      0x6e, 0x67, 0x20, 0xf0, 0x61, 0xde, 0x20, 0x63, 0xf3, 0x20, 0x6d, 0xfd, 0x61,
    ]);
    expect(decodeBytes(bytes)).toEqual({
      ok: true,
      text: 'Hà Nội và Đà Nẵng đã có mưa',
      encoding: 'windows-1258',
    });
  });

  it('rejects empty and white-space-only input', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeBytes(utf8(' \n\t\u00a0 '))).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeBytes(utf16('  \n ', true, true))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('rejects binary data: NUL bytes or control bytes', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(decodeBytes(png)).toMatchObject({ ok: false, reason: 'binary' });
    // Deterministic pseudo-random bytes (a linear congruential generator), as a compressed file would look.
    let seed = 42;
    const noise = Uint8Array.from(
      { length: 4096 },
      () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff,
    );
    expect(decodeBytes(noise)).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('rejects invalid UTF-8 that is not Vietnamese under Windows-1258', () => {
    const latin1 = new Uint8Array(
      Array.from('Der Bürgermeister öffnete die Straße für den Verkehr', (char) => char.charCodeAt(0)),
    );
    const result = decodeBytes(latin1);
    expect(result).toMatchObject({ ok: false, reason: 'undecodable' });
    expect(result.ok ? '' : result.message).toMatch(/UTF-8/);
  });

  it('converts TCVN3 and VNI legacy text to Unicode', () => {
    // TCVN3 bytes as Windows-1252 shows them: "Đảng bộ và nhân dân của tỉnh đã có một năm thắng lợi"
    const tcvn3 = new Uint8Array(
      Array.from('§¶ng bé vµ nh©n d©n cña tØnh ®· cã mét n¨m th¾ng lîi', (char) => char.charCodeAt(0)),
    );
    expect(decodeBytes(tcvn3)).toEqual({
      ok: true,
      text: 'Đảng bộ và nhân dân của tỉnh đã có một năm thắng lợi',
      encoding: 'tcvn3',
    });
    // VNI text that was already saved as UTF-8: the letters survive, the encoding of the marks does not.
    const vni = decodeBytes(utf8('Ñaûng boä vaø nhaân daân cuûa tænh ñaõ coù moät naêm thaéng lôïi'));
    expect(vni).toEqual({
      ok: true,
      text: 'Đảng bộ và nhân dân của tỉnh đã có một năm thắng lợi',
      encoding: 'vni',
    });
  });
});
