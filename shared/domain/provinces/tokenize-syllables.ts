// Splits text into syllables (runs of letters and digits) with what matching needs to know about
// each: its key, its capitalisation, and what separates it from the previous syllable. Matching
// whole syllables is what keeps "Long An" from matching inside "Long Ant".
import { CHARACTER_CLASS, readCharacterClass } from '#domain/text/character-classes';
import { toMatchKey } from './normalize-place-text.ts';

export const CAPITALISATION = { lower: 'lower', title: 'title', upper: 'upper', digits: 'digits' } as const;
export type Capitalisation = (typeof CAPITALISATION)[keyof typeof CAPITALISATION];

export interface Syllable {
  /** As written (after normalizePlaceText). */
  readonly text: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly capitalisation: Capitalisation;
  /** Characters between the previous syllable and this one ('' for the first). */
  readonly gapBefore: string;
  /** First syllable of the text or of a sentence / line. */
  readonly startsSentence: boolean;
}

const SYLLABLE_CHARACTER = CHARACTER_CLASS.letter | CHARACTER_CLASS.mark | CHARACTER_CLASS.number;

/** UTF-16 units of the code point at `index`: 2 for a surrogate pair, else 1. */
function readCodePointWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return 1;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}
const SENTENCE_BREAK = /[.!?:;\n\r"“”()[\]|]/;

const SMALL_A = 0x61;
const SMALL_Z = 0x7a;

function readCapitalisation(text: string): Capitalisation {
  // Most syllables start with a plain small letter: lower case, no digits run, nothing more to read.
  const first = text.charCodeAt(0);
  if (first >= SMALL_A && first <= SMALL_Z) return CAPITALISATION.lower;
  return readCapitalisationSlowly(text);
}

function readCapitalisationSlowly(text: string): Capitalisation {
  if (/^\p{N}+$/u.test(text)) return CAPITALISATION.digits;
  const first = text.charAt(0);
  if (first === first.toLowerCase()) return CAPITALISATION.lower;
  const rest = text.slice(1);
  return rest.length > 0 && rest === rest.toUpperCase() ? CAPITALISATION.upper : CAPITALISATION.title;
}

export interface SyllableReading {
  readonly key: string;
  readonly capitalisation: Capitalisation;
}

/**
 * Syllables of a text. A text repeats a few hundred distinct syllables, so key and capitalisation are
 * read once for each; a caller tokenising many short texts (the gazetteer's names) passes one
 * `readings` map for all of them.
 */
export function tokenizeSyllables(
  text: string,
  readings: Map<string, SyllableReading> = new Map(),
): Syllable[] {
  const syllables: Syllable[] = [];
  let previousEnd = 0;
  const length = text.length;
  let index = 0;
  while (index < length) {
    // A syllable is a run of letters, marks and digits (/[\p{L}\p{M}\p{N}]+/u), read by table.
    const start = index;
    while (index < length) {
      const width = readCodePointWidth(text, index);
      if ((readCharacterClass(text.codePointAt(index)!) & SYLLABLE_CHARACTER) === 0) break;
      index += width;
    }
    if (index === start) {
      index += readCodePointWidth(text, index);
      continue;
    }
    const syllable = text.slice(start, index);
    const gapBefore = text.slice(previousEnd, start);
    let reading = readings.get(syllable);
    if (!reading) {
      reading = { key: toMatchKey(syllable), capitalisation: readCapitalisation(syllable) };
      readings.set(syllable, reading);
    }
    syllables.push({
      text: syllable,
      key: reading.key,
      start,
      end: index,
      capitalisation: reading.capitalisation,
      gapBefore,
      startsSentence: syllables.length === 0 || SENTENCE_BREAK.test(gapBefore),
    });
    previousEnd = index;
  }
  return syllables;
}

export function isCapitalised(syllable: Syllable): boolean {
  return syllable.capitalisation !== CAPITALISATION.lower;
}
