// Splits text into syllables (runs of letters and digits) with what matching needs to know about
// each: its key, its capitalisation, and what separates it from the previous syllable. Matching
// whole syllables is what keeps "Long An" from matching inside "Long Ant".
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

const SYLLABLE_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;
const SENTENCE_BREAK = /[.!?:;\n\r"“”()[\]|]/;

function readCapitalisation(text: string): Capitalisation {
  if (/^\p{N}+$/u.test(text)) return CAPITALISATION.digits;
  const first = text.charAt(0);
  if (first === first.toLowerCase()) return CAPITALISATION.lower;
  const rest = text.slice(1);
  return rest.length > 0 && rest === rest.toUpperCase() ? CAPITALISATION.upper : CAPITALISATION.title;
}

export function tokenizeSyllables(text: string): Syllable[] {
  const syllables: Syllable[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(SYLLABLE_PATTERN)) {
    const start = match.index;
    const gapBefore = text.slice(previousEnd, start);
    syllables.push({
      text: match[0],
      key: toMatchKey(match[0]),
      start,
      end: start + match[0].length,
      capitalisation: readCapitalisation(match[0]),
      gapBefore,
      startsSentence: syllables.length === 0 || SENTENCE_BREAK.test(gapBefore),
    });
    previousEnd = start + match[0].length;
  }
  return syllables;
}

export function isCapitalised(syllable: Syllable): boolean {
  return syllable.capitalisation !== CAPITALISATION.lower;
}
