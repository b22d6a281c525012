// Turns the bytes of an uploaded object into text, or says why it cannot: the storage layer records
// the reason and never retries such an object.
import { assessLegacyEncoding, LEGACY_ENCODINGS, type LegacyEncoding } from './legacy-encoding.ts';
import { looksVietnamese } from './vietnamese-letters.ts';

/** The encoding the bytes were read in; `tcvn3`/`vni` mean legacy Vietnamese converted to Unicode. */
export type DecodedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | LegacyEncoding;

export type DecodeResult =
  | { ok: true; text: string; encoding: DecodedEncoding }
  | { ok: false; reason: 'empty' | 'binary' | 'undecodable' | 'legacy-encoding'; message: string };

// How many leading bytes the sniffing heuristics look at: enough for a stable ratio, cheap on big files.
const SNIFF_BYTES = 8192;
// UTF-16 without a BOM: in text that is mostly ASCII (tags, digits, spaces, Latin letters) every other
// byte is zero. Vietnamese text has fewer such characters, but spaces and unaccented letters still make
// well over a fifth of code units; random binary shows zeros on both sides, which the other bound rejects.
const UTF16_MIN_ZERO_SHARE = 0.2;
const UTF16_MAX_OTHER_ZERO_SHARE = 0.02;
// Control bytes other than tab/LF/CR/FF are absent from text; a few could be stray, one in twenty is binary.
const MAX_CONTROL_BYTE_SHARE = 0.05;

const BOMS = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function decodeStrictly(bytes: Uint8Array, encoding: UnicodeEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 2) return null;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zerosEven++;
    if (bytes[i + 1] === 0) zerosOdd++;
  }
  const units = length / 2;
  if (zerosOdd / units >= UTF16_MIN_ZERO_SHARE && zerosEven / units <= UTF16_MAX_OTHER_ZERO_SHARE)
    return 'utf-16le';
  if (zerosEven / units >= UTF16_MIN_ZERO_SHARE && zerosOdd / units <= UTF16_MAX_OTHER_ZERO_SHARE)
    return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return true;
    const isTextControl = byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c || byte === 0x1b;
    if (byte < 0x20 && !isTextControl) controls++;
  }
  return controls / length > MAX_CONTROL_BYTE_SHARE;
}

const EMPTY: DecodeResult = {
  ok: false,
  reason: 'empty',
  message: 'The object holds no text (empty or white space only).',
};

function legacyRejection(encoding: LegacyEncoding, why: string): DecodeResult {
  return {
    ok: false,
    reason: 'legacy-encoding',
    message: `The text looks like Vietnamese in the legacy ${LEGACY_ENCODINGS[encoding]} encoding, but ${why}; convert it to Unicode (UTF-8) and upload it again.`,
  };
}

/** Legacy TCVN3/VNI text is converted when one encoding clearly fits, rejected when that is unclear. */
function acceptText(text: string, encoding: UnicodeEncoding | 'windows-1258'): DecodeResult {
  if (text.replace(/[\s\u00a0\ufeff\u200b]/g, '') === '') return EMPTY;
  const legacy = assessLegacyEncoding(text);
  if (legacy.kind === 'ambiguous') return legacyRejection(legacy.encoding, legacy.why);
  if (legacy.kind === 'convertible') {
    return { ok: true, text: legacy.text.normalize('NFC'), encoding: legacy.encoding };
  }
  return { ok: true, text: text.normalize('NFC'), encoding };
}

export interface DecodeOptions {
  /**
   * The charset the content declares (an HTML `<meta charset>`), as a hint: a byte-order mark and valid
   * UTF-8 still win, because stale declarations on pages re-saved as UTF-8 are common.
   */
  readonly declaredCharset?: string;
}

// WHATWG labels that mean Windows-1258 (the Encoding Standard lists exactly these two).
const WINDOWS_1258_LABELS: ReadonlySet<string> = new Set(['windows-1258', 'x-cp1258']);

/**
 * Decodes uploaded bytes: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or zero-byte pattern), and
 * Windows-1258 when invalid UTF-8 decodes to Vietnamese under it. Rejects empty input, binary data,
 * undecodable bytes, each with a message for people. Vietnamese in the legacy TCVN3/VNI encodings is
 * converted to Unicode when the encoding is unambiguous and rejected as 'legacy-encoding' otherwise.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (bytes.length === 0) return EMPTY;
  for (const bom of BOMS) {
    if (!startsWith(bytes, bom.bytes)) continue;
    const text = decodeStrictly(bytes.subarray(bom.bytes.length), bom.encoding);
    if (text === null) {
      return {
        ok: false,
        reason: 'undecodable',
        message: `The object starts with a ${bom.encoding} byte-order mark but is not valid ${bom.encoding}.`,
      };
    }
    return acceptText(text, bom.encoding);
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = decodeStrictly(bytes, utf16);
    if (text !== null) return acceptText(text, utf16);
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      reason: 'binary',
      message: 'The object is binary data (zero or control bytes), not text.',
    };
  }
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== null) return acceptText(utf8, 'utf-8');
  const declared = options.declaredCharset?.trim().toLowerCase();
  const windows1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  if (declared !== undefined && WINDOWS_1258_LABELS.has(declared))
    return acceptText(windows1258, 'windows-1258');
  // Legacy 8-bit Vietnamese is invalid UTF-8 too; look for it before guessing Windows-1258.
  const asWindows1252 = new TextDecoder('windows-1252').decode(bytes);
  const legacy = assessLegacyEncoding(asWindows1252);
  if (legacy.kind === 'ambiguous') return legacyRejection(legacy.encoding, legacy.why);
  if (legacy.kind === 'convertible') {
    return { ok: true, text: legacy.text.normalize('NFC'), encoding: legacy.encoding };
  }
  if (looksVietnamese(windows1258)) return acceptText(windows1258, 'windows-1258');
  return {
    ok: false,
    reason: 'undecodable',
    message:
      'The object is neither valid UTF-8 nor UTF-16, and read as Windows-1258 it is not Vietnamese text.',
  };
}
