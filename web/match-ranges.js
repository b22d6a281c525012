// Where a query's words occur in stored text, for highlighting. People type without diacritics
// ("pho co hoi an"), so both sides are folded (lower case, no tone or vowel marks, đ→d) and matches are
// found in the folded text, then mapped back to the ORIGINAL accented characters to highlight.
// Pure functions, no DOM: the page renders the ranges, the unit tests check them in Node.

const COMBINING_MARKS = /[\u0300-\u036f]/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const QUOTED = /["“”]([^"“”]*)["“”]?/gu;

// Đ/đ and the look-alikes crawls use for it (Ð U+00D0 eth, ð, Ɖ U+0189 African D) all fold to d.
const D_LETTERS = /[đĐÐðƉɖ]/gu;

/** Folds one character; Vietnamese letters are one code unit in NFC and stay one after folding. */
function foldCharacter(character) {
  return character.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_LETTERS, 'd').toLowerCase();
}

/**
 * Folds text and keeps, for every folded code unit, the index of the original code unit it came from.
 * @param {string} text
 * @returns {{ folded: string, origins: number[] }}
 */
export function foldWithOrigins(text) {
  let folded = '';
  const origins = [];
  for (let index = 0; index < text.length; index++) {
    const piece = foldCharacter(text.charAt(index));
    for (let offset = 0; offset < piece.length; offset++) origins.push(index);
    folded += piece;
  }
  return { folded, origins };
}

/** @param {string} text */
export function foldText(text) {
  return foldWithOrigins(text).folded;
}

/**
 * The query's folded words: quoted phrases (kept together) and the loose words in typed order.
 * @param {string} query
 * @returns {{ phrases: string[][], words: string[] }}
 */
export function parseQueryWords(query) {
  const phrases = [];
  const unquoted = query.normalize('NFC').replace(QUOTED, (_match, inner) => {
    const words = foldText(inner).match(WORD) ?? [];
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  return { phrases, words: foldText(unquoted).match(WORD) ?? [] };
}

/** @typedef {{ start: number, end: number }} TextRange  end is exclusive, in original code units */

/** @param {string} text */
function tokenize(text) {
  const { folded, origins } = foldWithOrigins(text);
  return [...folded.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: origins[match.index],
    end: origins[match.index + match[0].length - 1] + 1,
  }));
}

/** Index pairs [first, last] of every occurrence of the phrase in the tokens. */
function findPhrase(tokens, phrase) {
  const found = [];
  for (let first = 0; first + phrase.length <= tokens.length; first++) {
    if (phrase.every((word, offset) => tokens[first + offset].word === word))
      found.push([first, first + phrase.length - 1]);
  }
  return found;
}

/**
 * Runs of two or more loose query words that appear in the text in the order they were typed
 * ("pho co" in "phố cổ Hội An").
 */
function findWordRuns(tokens, words) {
  const runs = [];
  for (let first = 0; first < tokens.length; first++) {
    let longest = 0;
    for (let start = 0; start < words.length; start++) {
      let length = 0;
      while (
        start + length < words.length &&
        first + length < tokens.length &&
        tokens[first + length].word === words[start + length]
      )
        length++;
      longest = Math.max(longest, length);
    }
    if (longest >= 2) runs.push([first, first + longest - 1]);
  }
  return runs;
}

/**
 * Ranges of the original text where the query occurs, as whole words, sorted, overlaps merged.
 * Without diacritics a syllable matches many words ("co" is cổ, có, cơ…), so loose words that the text
 * also has side by side, in the typed order, are highlighted only there: "pho co hoi an" marks
 * "phố cổ Hội An", not the "phố" of "thành phố" or the "cơ" of "cơ hội". A word never seen in such a
 * run is highlighted wherever it occurs. Quoted phrases are highlighted where the whole phrase occurs.
 * @param {string} text
 * @param {string} query
 * @returns {TextRange[]}
 */
export function findMatchRanges(text, query) {
  const { phrases, words } = parseQueryWords(query);
  if ((phrases.length === 0 && words.length === 0) || text === '') return [];
  const tokens = tokenize(text);
  const spans = phrases.flatMap((phrase) => findPhrase(tokens, phrase));
  const runs = findWordRuns(tokens, words);
  spans.push(...runs);
  const wordsInRuns = new Set(
    runs.flatMap(([first, last]) => tokens.slice(first, last + 1).map((token) => token.word)),
  );
  for (const word of new Set(words)) {
    if (!wordsInRuns.has(word)) spans.push(...findPhrase(tokens, [word]));
  }
  return mergeRanges(spans.map(([first, last]) => ({ start: tokens[first].start, end: tokens[last].end })));
}

/**
 * @param {TextRange[]} ranges
 * @returns {TextRange[]}
 */
export function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Words of context before the first match, so a snippet starts mid-sentence but readable. */
const SNIPPET_LEAD_CHARS = 60;
const ELLIPSIS = '…';

/**
 * A window of about maxChars around the first match, cut at spaces, with the ranges shifted into it.
 * Without matches, the text's beginning.
 * @param {string} text
 * @param {TextRange[]} ranges
 * @param {number} maxChars
 * @returns {{ text: string, ranges: TextRange[] }}
 */
export function cutSnippet(text, ranges, maxChars) {
  const flat = text.replace(/\s+/gu, ' ');
  // Whitespace runs collapse to one space: recompute ranges on the flattened text by position mapping.
  const shiftedRanges = remapAfterCollapse(text, ranges);
  if (flat.length <= maxChars) return { text: flat, ranges: shiftedRanges };
  const firstMatch = shiftedRanges[0]?.start ?? 0;
  let start = Math.max(0, firstMatch - SNIPPET_LEAD_CHARS);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < firstMatch ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + maxChars);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < flat.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const inside = shiftedRanges
    .filter((range) => range.start >= start && range.end <= end)
    .map((range) => ({ start: range.start + shift, end: range.end + shift }));
  return { text: prefix + flat.slice(start, end) + suffix, ranges: inside };
}

/**
 * @param {string} text
 * @param {TextRange[]} ranges
 * @returns {TextRange[]}
 */
function remapAfterCollapse(text, ranges) {
  const positions = [];
  let collapsed = 0;
  let previousWasSpace = false;
  for (let index = 0; index <= text.length; index++) {
    positions.push(collapsed);
    if (index === text.length) break;
    const isSpace = /\s/u.test(text.charAt(index));
    if (!(isSpace && previousWasSpace)) collapsed++;
    previousWasSpace = isSpace;
  }
  return ranges.map((range) => ({ start: positions[range.start], end: positions[range.end] }));
}
