// Text normalisation for scraped Vietnamese pages: one canonical form for storage (`normalizeText`)
// and two lossy forms for matching (`foldDiacritics`, `normalizeToneMarks`).
import { decodeHtmlEntities } from './html-entities.ts';
import { looksVietnamese } from './vietnamese-letters.ts';

// Zero-width characters and the soft hyphen: invisible, but they split words for every matcher.
const INVISIBLE_CHARACTERS = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
// Every horizontal space variant (NBSP, en/em/thin spaces, narrow NBSP, ideographic space, tab).
const SPACE_VARIANTS = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// U+00D0 (Icelandic eth) looks exactly like U+0110 (Đ); old Vietnamese fonts and some CMSs use it.
const ETH_CAPITAL = /\u00d0/g;
const ETH_SMALL = /\u00f0/g;
const HAS_ETH = /[\u00d0\u00f0]/;

/**
 * Canonical text: CRLF→LF, HTML entities decoded, NFC, invisible characters dropped, space variants
 * turned into plain spaces, runs of spaces folded, each line trimmed, and Ð/ð read as Đ/đ when the
 * text is Vietnamese. Blank lines are kept (they carry paragraph structure) but emptied.
 */
export function normalizeText(text: string): string {
  // Each replacement scans the whole page; the ones whose trigger character is absent are skipped.
  const unixLines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const decoded = (unixLines.includes('&') ? decodeHtmlEntities(unixLines) : unixLines).normalize('NFC');
  const visible = decoded.replace(INVISIBLE_CHARACTERS, '').replace(SPACE_VARIANTS, ' ');
  // Judge the language without the look-alikes themselves, or an Icelandic "ð" would vouch for itself.
  // The language test is the costly part; it only matters when a look-alike is there to replace.
  const lettersFixed =
    HAS_ETH.test(visible) && looksVietnamese(visible)
      ? visible.replace(ETH_CAPITAL, '\u0110').replace(ETH_SMALL, '\u0111')
      : visible;
  // Runs of spaces never cross a line break, so one pass over the page folds them for every line.
  return lettersFixed
    .replace(/ {2,}/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** The folding as defined: the reference for the table below and the path for uncommon scripts. */
function foldDiacriticsSlowly(text: string): string {
  return text
    .replace(ETH_CAPITAL, 'D')
    .replace(ETH_SMALL, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

// Folding is per character for Latin text (NFD only splits a letter from its marks, which are then
// dropped, and lower-casing Latin needs no context), so a table of pre-folded characters gives the
// same result as the definition, about five times faster. It covers Latin and its extensions, the
// combining marks and Latin Extended Additional (every Vietnamese vowel with a tone); a text with any
// other character (Greek final sigma does depend on context) takes the defined path.
const FOLD_TABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0250],
  [0x0300, 0x0370],
  [0x1e00, 0x1f00],
];
const FOLD_TABLE_SIZE = 0x1f00;
const FOLD_TABLE: (string | undefined)[] = new Array<string | undefined>(FOLD_TABLE_SIZE).fill(undefined);
for (const [from, to] of FOLD_TABLE_RANGES)
  for (let code = from; code < to; code++) FOLD_TABLE[code] = foldDiacriticsSlowly(String.fromCharCode(code));

/**
 * V8 keeps a string grown with += as a rope, one node per piece, until something reads it as a whole.
 * A folded line is read much later (after every line of the page is folded); by then its rope has
 * survived a few garbage collections, and on long pages collecting those ropes took a fifth of the
 * cleaner's time. Matching the string flattens it at once, while the nodes are still young and cheap
 * to collect. The result is the same string.
 */
const FLATTENING_PROBE = /\0/;

function flattenRope(text: string): string {
  // A regular expression flattens its subject before matching (String#includes walks the rope instead).
  FLATTENING_PROBE.test(text);
  return text;
}

/** Lower case, no diacritics, đ→d: "Ðiện Biên" and "dien bien" fold to the same key. */
export function foldDiacritics(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const character = code < FOLD_TABLE_SIZE ? FOLD_TABLE[code] : undefined;
    if (character === undefined) return foldDiacriticsSlowly(text);
    folded += character;
  }
  return flattenRope(folded);
}

// The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook above, dot below);
// the vowel-shape marks (circumflex, breve, horn) are not tones and never move.
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
// Open syllables ending in the glides oa, oe, uy take the tone on the first vowel in the traditional
// placement (hòa, hòe, thủy) and on the second in the "new" one (hoà, hoè, thuỷ). A "qu" onset is a
// consonant, so quý/quỳ already agree in both styles and must not match.
const MOVABLE_GLIDE = /^(.*?)(?<![qQ])([oOuU])([aAeEyY])$/u;

function placeToneTraditionally(syllable: string): string {
  const decomposed = syllable.normalize('NFD');
  const tone = decomposed.match(TONE_MARK)?.[0];
  if (!tone) return syllable;
  const toneless = decomposed.replace(TONE_MARKS, '');
  // Only plain glide vowels qualify: a shaped vowel (ô, ơ, ư…) already fixes where the tone goes.
  if (/[\u0302\u0306\u031b]/u.test(toneless)) return syllable;
  const glide = toneless.match(MOVABLE_GLIDE);
  if (!glide) return syllable;
  const [, onset = '', first = '', second = ''] = glide;
  return `${onset}${first}${tone}${second}`.normalize('NFC');
}

/**
 * Puts tone marks of open oa/oe/uy syllables in one place (the traditional one: hoà→hòa, thuỷ→thủy,
 * khoá→khóa) so both spellings match. For matching only: stored text keeps the writer's spelling.
 */
export function normalizeToneMarks(text: string): string {
  return text.normalize('NFC').replace(/\p{L}+/gu, placeToneTraditionally);
}
