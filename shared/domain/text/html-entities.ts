// Decodes the HTML entities that survive in scraped text (copy-paste from page sources, feeds that
// escape twice). A short table of the names news pages actually use, plus every numeric reference.

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  deg: '\u00b0',
  times: '\u00d7',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
};

const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;
const MAX_CODE_POINT = 0x10ffff;

function decodeNumericReference(reference: string): string | null {
  const codePoint =
    reference[1] === 'x' || reference[1] === 'X'
      ? Number.parseInt(reference.slice(2), 16)
      : Number.parseInt(reference.slice(1), 10);
  if (!Number.isFinite(codePoint) || codePoint <= 0 || codePoint > MAX_CODE_POINT) return null;
  // Lone surrogates cannot stand in a well-formed string; leave such a reference as written.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return null;
  return String.fromCodePoint(codePoint);
}

/** Replaces named (from a known table) and numeric HTML character references; unknown ones stay. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(ENTITY, (whole, reference: string) => {
    if (reference.startsWith('#')) return decodeNumericReference(reference) ?? whole;
    return NAMED_ENTITIES[reference.toLowerCase()] ?? whole;
  });
}
