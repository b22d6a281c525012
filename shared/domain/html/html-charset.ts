// The charset an HTML page declares in its head: <meta charset="…"> or the older
// <meta http-equiv="Content-Type" content="text/html; charset=…">. Read from the raw bytes, before
// decoding, the way a browser's prescan does; a byte-order mark still wins over it (see decodeBytes).

// Browsers prescan 1024 bytes; we never re-decode, so reading further costs nothing and also catches
// heads that open with long inline scripts or comments before the meta tag.
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i;

/** The declared charset label, lower case, or null when the page declares none. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so the ASCII markup reads the same whatever the charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}
