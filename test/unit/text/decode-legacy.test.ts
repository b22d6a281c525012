import { describe, expect, it } from 'vitest';
import { decodeBytes } from '#domain/text/decode';
import { assessLegacyEncoding } from '#domain/text/legacy-encoding';
import { convertTcvn3ToUnicode, TCVN3_BYTE_TO_LETTER } from '#domain/text/legacy-tcvn3';
import { convertVniToUnicode, VNI_LETTER_BYTES, VNI_MARK_BYTES } from '#domain/text/legacy-vni';

// Every Vietnamese vowel with every tone, plus đ: what a table must cover.
const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const LOWER_LETTERS = [
  ...BASE_VOWELS.flatMap((vowel) => TONES.map((tone) => `${vowel}${tone}`.normalize('NFC'))),
  'đ',
];

const SENTENCE =
  'Người dân tỉnh Quảng Trị đã góp sức xây dựng nông thôn mới; kỷ niệm ngày thành lập Đảng bộ với nhiều hoạt động ý nghĩa, ' +
  'nghệ nhân ở huyện miền núi dạy trẻ em hát then, giữ gìn bản sắc và tiếng nói của đồng bào Ơ Đu, Ư Ni.';

const byteChar = (byte: number): string => String.fromCharCode(byte);
const latin1Bytes = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** Unicode -> TCVN3 as Windows-1252 shows it, by inverting the table under test. */
function encodeTcvn3(text: string): string {
  const byLetter = new Map(
    Object.entries(TCVN3_BYTE_TO_LETTER).map(([byte, letter]) => [letter, byteChar(Number(byte))]),
  );
  return Array.from(
    text.normalize('NFC'),
    (char) => byLetter.get(char) ?? byLetter.get(char.toLowerCase()) ?? char,
  ).join('');
}

/** Unicode -> VNI: base letter plus one mark byte, in the case of the letter; built from the tables under test. */
function encodeVni(text: string): string {
  const letterByChar = new Map(
    Object.entries(VNI_LETTER_BYTES).map(([byte, letter]) => [letter, byteChar(Number(byte))]),
  );
  const markByteFor = (marks: string, upper: boolean): string => {
    const entry = Object.entries(VNI_MARK_BYTES).find(
      ([byte, value]) => value === marks && Number(byte) >= 0xe0 !== upper,
    );
    if (!entry) throw new Error(`no VNI byte for marks ${JSON.stringify(marks)}`);
    return byteChar(Number(entry[0]));
  };
  return Array.from(text.normalize('NFC'), (char) => {
    const own = letterByChar.get(char);
    if (own) return own;
    const [base = '', ...marks] = Array.from(char.normalize('NFD'));
    if (marks.length === 0) return char;
    const upper = base !== base.toLowerCase();
    const horn = marks.includes('\u031b');
    const rest = marks.filter((mark) => mark !== '\u031b');
    // Hat or breve before the tone, as the VNI tables list them.
    rest.sort((a, b) => Number(['\u0302', '\u0306'].includes(b)) - Number(['\u0302', '\u0306'].includes(a)));
    const letter = horn ? (letterByChar.get(`${base}\u031b`.normalize('NFC')) ?? base) : base;
    if (rest.length === 0) return letter;
    const toned = letterByChar.get(`${base}${rest.join('')}`.normalize('NFC'));
    return toned ?? `${letter}${markByteFor(rest.join(''), upper)}`;
  }).join('');
}

describe('TCVN3 conversion', () => {
  it('converts spellings of real TCVN3 text, written out by hand', () => {
    expect(convertTcvn3ToUnicode('Tr­êng §¹i häc Quèc gia')).toBe('Trường Đại học Quốc gia');
    expect(convertTcvn3ToUnicode('ViÖt Nam, Thñ t­íng ChÝnh phñ, mÆt trËn, kü s­, ®ì ®Çn')).toBe(
      'Việt Nam, Thủ tướng Chính phủ, mặt trận, kỹ sư, đỡ đần',
    );
  });

  it('reads the minus sign that PDF tools put for "ư"', () => {
    expect(convertTcvn3ToUnicode('Tr−êng häc')).toBe('Trường học');
  });

  it('round-trips every lower-case vowel with every tone and the un-toned capitals', () => {
    const letters = [...LOWER_LETTERS, 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'].join(' ');
    const encoded = encodeTcvn3(letters);
    // Encoded, every character is one byte of the legacy table.
    expect(encoded).toMatch(/^[\u0000-\u00ff]*$/u);
    expect(convertTcvn3ToUnicode(encoded)).toBe(letters);
  });

  it('round-trips a sentence, with toned capitals coming back lower case as TCVN3 cannot tell', () => {
    expect(convertTcvn3ToUnicode(encodeTcvn3(SENTENCE))).toBe(SENTENCE.replace('Ả', 'ả').replace('Ị', 'ị'));
  });

  it('leaves ASCII untouched', () => {
    expect(convertTcvn3ToUnicode('Covid-19: 25% (2021) <b>')).toBe('Covid-19: 25% (2021) <b>');
  });
});

describe('VNI conversion', () => {
  it('converts spellings of real VNI text, written out by hand', () => {
    expect(convertVniToUnicode('Vieät Nam, Tröôøng hoïc, suy nghó, chò em')).toBe(
      'Việt Nam, Trường học, suy nghĩ, chị em',
    );
    expect(convertVniToUnicode('TP. HOÀ CHÍ MINH, ÑAÈNG, Nguyeãn, kyû nieäm, ñaëc bieät')).toBe(
      'TP. HỒ CHÍ MINH, ĐẰNG, Nguyễn, kỷ niệm, đặc biệt',
    );
  });

  it('round-trips every vowel with every tone in both cases', () => {
    const lower = LOWER_LETTERS.join(' ');
    const letters = `${lower} ${lower.toUpperCase()}`;
    const encoded = encodeVni(letters);
    expect(encoded).toMatch(/^[\u0000-\u00ff]*$/u);
    expect(convertVniToUnicode(encoded)).toBe(letters);
  });

  it('round-trips a sentence with its capitals', () => {
    expect(convertVniToUnicode(encodeVni(SENTENCE))).toBe(SENTENCE);
  });
});

describe('assessLegacyEncoding', () => {
  it('converts when exactly one encoding fits', () => {
    expect(assessLegacyEncoding(encodeTcvn3(SENTENCE))).toMatchObject({
      kind: 'convertible',
      encoding: 'tcvn3',
    });
    expect(assessLegacyEncoding(encodeVni(SENTENCE))).toEqual({
      kind: 'convertible',
      encoding: 'vni',
      text: SENTENCE,
    });
  });

  it('leaves Unicode Vietnamese alone', () => {
    expect(assessLegacyEncoding(SENTENCE)).toEqual({ kind: 'none' });
  });

  it('calls a half-converted text ambiguous rather than garbling its Unicode part', () => {
    const mixed = `${encodeTcvn3(SENTENCE)}\n${SENTENCE}`;
    expect(assessLegacyEncoding(mixed)).toMatchObject({
      kind: 'ambiguous',
      encoding: 'tcvn3',
      why: expect.stringMatching(/mixes/),
    });
  });

  it('calls a text that fits both encodings ambiguous', () => {
    const both = `${encodeTcvn3(SENTENCE)}\n${encodeVni(SENTENCE)}`;
    expect(assessLegacyEncoding(both)).toMatchObject({
      kind: 'ambiguous',
      why: expect.stringMatching(/both/),
    });
  });
});

describe('decodeBytes with legacy text', () => {
  it('converts raw TCVN3 bytes (invalid UTF-8) and reports the encoding', () => {
    expect(decodeBytes(latin1Bytes(encodeTcvn3(SENTENCE)))).toMatchObject({ ok: true, encoding: 'tcvn3' });
  });

  it('converts VNI raw bytes and VNI text that was saved as UTF-8', () => {
    const vni = encodeVni(SENTENCE);
    expect(decodeBytes(latin1Bytes(vni))).toEqual({ ok: true, text: SENTENCE, encoding: 'vni' });
    expect(decodeBytes(new TextEncoder().encode(vni))).toEqual({ ok: true, text: SENTENCE, encoding: 'vni' });
  });

  it('still rejects legacy text it cannot convert safely, naming the encoding and why', () => {
    const mixed = new TextEncoder().encode(`${encodeVni(SENTENCE)}\n${SENTENCE}`);
    const result = decodeBytes(mixed);
    expect(result).toMatchObject({ ok: false, reason: 'legacy-encoding' });
    expect(result.ok ? '' : result.message).toMatch(/VNI.*mixes/);
  });

  it('honours a declared windows-1258 charset even where the Vietnamese share test would hesitate', () => {
    // "Tết" in Windows-1258 (ê = EA, acute = EC) followed by ASCII: too few words to look Vietnamese alone.
    const bytes = Uint8Array.from([0x54, 0xea, 0xec, 0x74, 0x20, 0x32, 0x30, 0x32, 0x34]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'windows-1258' });
    expect(decodeBytes(bytes, { declaredCharset: 'Windows-1258' })).toEqual({
      ok: true,
      text: 'Tết 2024',
      encoding: 'windows-1258',
    });
    const german = latin1Bytes('Größe und Maße der Straße');
    expect(decodeBytes(german)).toMatchObject({ ok: false, reason: 'undecodable' });
    expect(decodeBytes(german, { declaredCharset: 'windows-1258' })).toMatchObject({
      ok: true,
      encoding: 'windows-1258',
    });
  });
});
