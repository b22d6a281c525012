// Splits text into syllables (runs of letters and digits) with what matching needs to know about
// each: its key, its capitalisation, and what separates it from the previous syllable. Matching
// whole syllables is what keeps "Long An" from matching inside "Long Ant".
import { CHARACTER_CLASS, readClassAndWidth } from '#domain/text/character-classes';
import { toMatchKey } from './normalize-place-text.ts';
import { codeUnitAt } from '#domain/text/code-units';

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

/** Between two syllables, any of these starts a new sentence or line (the gap's characters). */
const SENTENCE_BREAK_CHARACTERS = new Set('.!?:;\n\r"“”()[]|');

function breaksSentence(gap: string): boolean {
  for (let index = 0; index < gap.length; index++)
    if (SENTENCE_BREAK_CHARACTERS.has(gap[index]!)) return true;
  return false;
}

const PLAIN_SPACE = 0x20;
const ONE_SPACE = ' ';
const SMALL_A = 0x61;
const SMALL_Z = 0x7a;

function readCapitalisation(text: string): Capitalisation {
  // Most syllables start with a plain small letter: lower case, no digits run, nothing more to read.
  const first = codeUnitAt(text, 0);
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

// Readings are a pure function of the syllable, so one cache serves every document and every
// container alike (the same text always gets the same reading). News text draws on a few thousand
// distinct syllables; the cache is emptied when it outgrows that, so memory stays bounded.
const SHARED_READINGS = new Map<string, SyllableReading>();
const SHARED_READINGS_MAX = 50_000;

/**
 * Syllables of a text. A text repeats a few hundred distinct syllables, so key and capitalisation are
 * read once for each, from a cache shared by all callers unless `readings` is given.
 */
export function tokenizeSyllables(text: string, readings?: Map<string, SyllableReading>): Syllable[] {
  const cache = readings ?? SHARED_READINGS;
  if (readings === undefined && cache.size > SHARED_READINGS_MAX) cache.clear();
  const syllables: Syllable[] = [];
  let previousEnd = 0;
  const length = text.length;
  let index = 0;
  while (index < length) {
    // A syllable is a run of letters, marks and digits (/[\p{L}\p{M}\p{N}]+/u), read by table.
    const start = index;
    let classAndWidth = readClassAndWidth(text, index);
    while ((classAndWidth >> 2) & SYLLABLE_CHARACTER) {
      index += classAndWidth & 3;
      if (index >= length) break;
      classAndWidth = readClassAndWidth(text, index);
    }
    if (index === start) {
      index += classAndWidth & 3;
      continue;
    }
    const syllable = text.slice(start, index);
    // Between two syllables the gap is nearly always one space, which breaks nothing.
    const gapBefore =
      start - previousEnd === 1 && codeUnitAt(text, previousEnd) === PLAIN_SPACE
        ? ONE_SPACE
        : text.slice(previousEnd, start);
    let reading = cache.get(syllable);
    if (!reading) {
      reading = { key: toMatchKey(syllable), capitalisation: readCapitalisation(syllable) };
      cache.set(syllable, reading);
    }
    syllables.push({
      text: syllable,
      key: reading.key,
      start,
      end: index,
      capitalisation: reading.capitalisation,
      gapBefore,
      startsSentence: syllables.length === 0 || (gapBefore !== ONE_SPACE && breaksSentence(gapBefore)),
    });
    previousEnd = index;
  }
  return syllables;
}

export function isCapitalised(syllable: Syllable): boolean {
  return syllable.capitalisation !== CAPITALISATION.lower;
}
