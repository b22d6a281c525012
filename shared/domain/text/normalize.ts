// Text normalisation for scraped Vietnamese pages: one canonical form for storage (`normalizeText`)
// and two lossy forms for matching (`foldDiacritics`, `normalizeToneMarks`).
import { decodeHtmlEntities } from './html-entities.ts';
import { looksVietnamese } from './vietnamese-letters.ts';
import { codeUnitAt } from './code-units.ts';

// U+00D0 (Icelandic eth) looks exactly like U+0110 (Đ); old Vietnamese fonts and some CMSs use it.
const ETH_CAPITAL = /\u00d0/g;
const ETH_SMALL = /\u00f0/g;

// What one pass over the page does with each code unit (see normalizeText). A table, because the pass
// reads every character of every page: five regular-expression passes (invisible characters, space
// variants, runs of spaces, line starts, line ends) were most of the normalisation's time.
const KEEP = 0;
/** Zero-width characters and the soft hyphen: invisible, but they split words for every matcher. */
const DROP = 1;
/** Every horizontal space variant (NBSP, en/em/thin spaces, narrow NBSP, ideographic space, tab), and
 *  the space itself: a plain space, folded with its neighbours. */
const SPACE = 2;
/** Other white space String#trim takes off a line's ends (vertical tab, form feed, line and paragraph
 *  separators): kept inside a line, as written. */
const EDGE_SPACE = 3;
const LINE_BREAK = 4;
const ETH = 5;
/** Every UTF-16 code unit has an entry: one array read per character, no range checks. */
const ACTION_TABLE_SIZE = 0x10000;
const ACTION = new Uint8Array(ACTION_TABLE_SIZE).fill(KEEP);
for (const code of [0x200b, 0x200c, 0x200d, 0x2060, 0x00ad]) ACTION[code] = DROP;
for (const code of [0x20, 0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) ACTION[code] = SPACE;
for (let code = 0x2000; code <= 0x200a; code++) ACTION[code] = SPACE;
for (const code of [0x0b, 0x0c, 0x2028, 0x2029]) ACTION[code] = EDGE_SPACE;
ACTION[0x0a] = LINE_BREAK;
ACTION[0xd0] = ETH;
ACTION[0xf0] = ETH;
ACTION[0xfeff] = DROP;
const PLAIN_SPACE = 0x20;

/**
 * Invisible characters dropped, space variants made plain spaces, runs of spaces folded into one, and
 * every line trimmed as String#trim would, in one pass. White space waits until the next character
 * says where it is: before a line break, or at a line's start, it is dropped; inside a line it is
 * kept, with runs of plain spaces folded. The text is copied in slices between the places that change,
 * so a page that needs little tidying costs little more than the pass. Returns the text and whether it
 * holds an Ð or ð.
 */
function tidySpaces(text: string): { text: string; hasEth: boolean } {
  const length = text.length;
  const parts: string[] = [];
  let copiedUpTo = 0;
  let hasEth = false;
  let atLineStart = true;
  // The white space (and invisible characters) since the last other character: where it starts.
  let pendingFrom = -1;
  let pendingIsOneSpace = false;
  for (let index = 0; index < length; index++) {
    const code = codeUnitAt(text, index);
    const action = ACTION[code]!;
    // Most characters are kept with no white space waiting before them: one test each.
    if (action === KEEP && pendingFrom < 0) {
      atLineStart = false;
      continue;
    }
    // The next most common case, one plain space between two kept characters of a line (every
    // word's end), stays as it is: both are passed in one step.
    if (
      code === PLAIN_SPACE &&
      pendingFrom < 0 &&
      !atLineStart &&
      index + 1 < length &&
      ACTION[codeUnitAt(text, index + 1)] === KEEP
    ) {
      index++;
      continue;
    }
    if (action === SPACE || action === EDGE_SPACE || action === DROP) {
      if (pendingFrom < 0) {
        pendingFrom = index;
        pendingIsOneSpace = code === PLAIN_SPACE;
      } else {
        pendingIsOneSpace = false;
      }
      continue;
    }
    if (pendingFrom >= 0) {
      // One plain space inside a line stays as it is; anything else is rewritten or dropped.
      if (atLineStart || action === LINE_BREAK || !pendingIsOneSpace) {
        parts.push(text.slice(copiedUpTo, pendingFrom));
        if (!atLineStart && action !== LINE_BREAK) parts.push(tidyInnerSpace(text, pendingFrom, index));
        copiedUpTo = index;
      }
      pendingFrom = -1;
    }
    if (action === LINE_BREAK) {
      atLineStart = true;
      continue;
    }
    if (action === ETH) hasEth = true;
    atLineStart = false;
  }
  if (pendingFrom >= 0) {
    parts.push(text.slice(copiedUpTo, pendingFrom));
    copiedUpTo = length;
  }
  if (copiedUpTo === 0) return { text, hasEth };
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(''), hasEth };
}

/** The white space of text[from, to) inside a line: plain spaces (and their variants) folded into one,
 *  other white space as it is, invisible characters left out. */
function tidyInnerSpace(text: string, from: number, to: number): string {
  let tidied = '';
  let lastWasSpace = false;
  for (let index = from; index < to; index++) {
    const code = codeUnitAt(text, index);
    const action = ACTION[code]!;
    if (action === SPACE) {
      if (!lastWasSpace) tidied += ' ';
      lastWasSpace = true;
    } else if (action === EDGE_SPACE) {
      tidied += text[index];
      lastWasSpace = false;
    }
  }
  return tidied;
}

/**
 * Canonical text: CRLF→LF, HTML entities decoded, NFC, invisible characters dropped, space variants
 * turned into plain spaces, runs of spaces folded, each line trimmed, and Ð/ð read as Đ/đ when the
 * text is Vietnamese. Blank lines are kept (they carry paragraph structure) but emptied.
 */
export function normalizeText(text: string): string {
  // Each replacement scans the whole page; the ones whose trigger character is absent are skipped.
  const unixLines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const decoded = (unixLines.includes('&') ? decodeHtmlEntities(unixLines) : unixLines).normalize('NFC');
  const tidy = tidySpaces(decoded);
  // Judge the language without the look-alikes themselves, or an Icelandic "ð" would vouch for itself.
  // The language test is the costly part; it only matters when a look-alike is there to replace.
  return tidy.hasEth && looksVietnamese(tidy.text)
    ? tidy.text.replace(ETH_CAPITAL, '\u0110').replace(ETH_SMALL, '\u0111')
    : tidy.text;
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

// Folding is per character (NFD only splits a letter from its marks, which are then dropped, and
// lower-casing needs no context), so folding character by character from a table gives the result of
// the definition at a fraction of its cost. One exception: JavaScript lower-cases a capital sigma by
// what surrounds it (σ or final ς), and a text holding one takes the defined path. So does a text with
// a lone surrogate, which is no character to fold.
//
// The table covers what Vietnamese pages are written in: Latin and its extensions, the combining marks,
// Latin Extended Additional (every Vietnamese vowel with a tone) and general punctuation. Any other
// character is folded on first sight and remembered.
const FOLD_TABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0250],
  [0x0300, 0x0370],
  [0x1e00, 0x1f00],
  [0x2000, 0x2070],
];
export const FOLD_TABLE_SIZE = 0x2070;
/** A table entry: the folded code unit, or one of these. */
export const FOLDS_TO_NOTHING = -1;
export const NOT_IN_FOLD_TABLE = -2;
const NOT_IN_TABLE = NOT_IN_FOLD_TABLE;
/** The folded code unit of each code unit below FOLD_TABLE_SIZE, FOLDS_TO_NOTHING or NOT_IN_FOLD_TABLE
 *  (read inline by the segmentation's pass, which folds while it measures). */
export const FOLD_TABLE = new Int32Array(FOLD_TABLE_SIZE).fill(NOT_IN_TABLE);
for (const [from, to] of FOLD_TABLE_RANGES) {
  for (let code = from; code < to; code++) {
    const folded = foldDiacriticsSlowly(String.fromCharCode(code));
    // Every character of these ranges folds to at most one code unit (checked by the tests).
    FOLD_TABLE[code] =
      folded === '' ? FOLDS_TO_NOTHING : folded.length === 1 ? folded.charCodeAt(0) : NOT_IN_TABLE;
  }
}
export const CAPITAL_SIGMA = 0x03a3;
/** Folded forms of the code points outside the table met so far (a few symbols and scripts). */
const foldedOutsideTable = new Map<number, string>();

/** The folded form of a code point outside the table (cached). */
export function foldCodePoint(codePoint: number): string {
  let folded = foldedOutsideTable.get(codePoint);
  if (folded === undefined) {
    folded = foldDiacriticsSlowly(String.fromCodePoint(codePoint));
    foldedOutsideTable.set(codePoint, folded);
  }
  return folded;
}

/** Folded code units are written here; grown when a text needs more. Reused: folding never nests. */
let foldBuffer = new Uint16Array(4096);
// The same memory as bytes, read back as UTF-16: Node's own decoding copies the units as they are (a
// byte-order mark in the text stays text), several times faster than a TextDecoder.
let foldBytes = Buffer.from(foldBuffer.buffer);

/**
 * Lower case, no diacritics, đ→d: "Ðiện Biên" and "dien bien" fold to the same key. Folds a whole page
 * as fast as a line (about twice the speed of folding it line by line), and line breaks stay where
 * they were: folding a page and splitting it gives the folded lines.
 */
export function foldDiacritics(text: string): string {
  const length = text.length;
  // Folding never lengthens Latin text; the few characters outside the table may add a unit or two.
  if (foldBuffer.length < length * 2) {
    foldBuffer = new Uint16Array(length * 2);
    foldBytes = Buffer.from(foldBuffer.buffer);
  }
  const buffer = foldBuffer;
  let written = 0;
  for (let index = 0; index < length; index++) {
    const code = codeUnitAt(text, index);
    const unit = code < FOLD_TABLE_SIZE ? FOLD_TABLE[code]! : NOT_IN_TABLE;
    if (unit >= 0) {
      buffer[written++] = unit;
      continue;
    }
    if (unit === FOLDS_TO_NOTHING) continue;
    let codePoint = code;
    if (code >= 0xd800 && code <= 0xdfff) {
      const low = codeUnitAt(text, index + 1);
      if (code > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return foldDiacriticsSlowly(text);
      codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      index++;
    } else if (code === CAPITAL_SIGMA) {
      return foldDiacriticsSlowly(text);
    }
    const folded = foldCodePoint(codePoint);
    if (written + folded.length > buffer.length) return foldDiacriticsSlowly(text);
    for (let offset = 0; offset < folded.length; offset++) buffer[written++] = folded.charCodeAt(offset);
  }
  return foldBytes.toString('utf16le', 0, written * 2);
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
