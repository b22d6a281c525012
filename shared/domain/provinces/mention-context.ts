// What the words around a mention say about it: part of a person's name, a river or street named
// after the place, a visiting delegation from there, or a table cell rather than a sentence.
import { PERSON_NAME_SYLLABLES } from './aliases.ts';
import { toMatchKey } from './normalize-place-text.ts';
import { CAPITALISATION, type Syllable } from './tokenize-syllables.ts';
import { CONTEXT_FACTOR, DELEGATION_LOOKBEHIND, ISOLATED_LINE_MAX_SYLLABLES, type Zone } from './weights.ts';

const PERSON_SYLLABLE_KEYS = new Set(PERSON_NAME_SYLLABLES.map(toMatchKey));
/** Words that name a river, street or mountain after the place that follows. */
const FEATURE_WORD_KEYS = new Set(
  ['sông', 'núi', 'đèo', 'vịnh', 'đường', 'phố', 'lộ', 'ngõ', 'hẻm', 'kênh'].map(toMatchKey),
);
const DELEGATION_KEY = toMatchKey('đoàn');
/** "đoàn kết" (solidarity), "đoàn viên" (member), "đoàn thể" (mass organisation), "Đoàn Thanh niên"
 *  (the Youth Union), "Đoàn ĐBQH" (the province's own National Assembly deputies) are not visitors. */
const NOT_DELEGATION_NEXT_KEYS = new Set(['kết', 'viên', 'thể', 'thanh', 'đbqh'].map(toMatchKey));
/** "Công đoàn" (trade union), "Thành đoàn"/"Tỉnh đoàn"/"Huyện đoàn" (Youth Union levels). */
const NOT_DELEGATION_PREVIOUS_KEYS = new Set(
  ['công', 'thành', 'tỉnh', 'huyện', 'quận', 'thị'].map(toMatchKey),
);
const NATIONAL_ASSEMBLY_KEYS = ['đại', 'biểu', 'quốc', 'hội'].map(toMatchKey);
/** Between "đoàn" and the place, these make the place the host: "Đoàn công tác làm việc tại tỉnh X". */
const HOST_PREPOSITION_KEYS = new Set(['tại', 'với', 'ở', 'đến', 'thăm', 'về', 'cho'].map(toMatchKey));

function isVisitingDelegationWord(syllables: readonly Syllable[], index: number): boolean {
  if (syllables[index]?.key !== DELEGATION_KEY) return false;
  if (NOT_DELEGATION_PREVIOUS_KEYS.has(syllables[index - 1]?.key ?? '')) return false;
  if (NOT_DELEGATION_NEXT_KEYS.has(syllables[index + 1]?.key ?? '')) return false;
  return !NATIONAL_ASSEMBLY_KEYS.every((key, offset) => syllables[index + 1 + offset]?.key === key);
}
const SENTENCE_PUNCTUATION = /[.!?,;:]/;

/** A bare name glued to a person's name ("Nguyễn Thái Bình") or to a longer proper noun
 *  ("Thái Bình Dương" is caught earlier; "Long An Phát" here) is not the place. */
export function isInsideLongerProperName(
  syllables: readonly Syllable[],
  start: number,
  end: number,
): boolean {
  const before = syllables[start - 1];
  if (before && /^ +$/.test(syllables[start]!.gapBefore) && PERSON_SYLLABLE_KEYS.has(before.key)) {
    return before.capitalisation === CAPITALISATION.title;
  }
  const after = syllables[end];
  return (
    after !== undefined &&
    /^ +$/.test(after.gapBefore) &&
    after.capitalisation === CAPITALISATION.title &&
    syllables[end - 1]!.capitalisation !== CAPITALISATION.upper
  );
}

export function weighContext(syllables: readonly Syllable[], firstIndex: number): number {
  let factor = 1;
  const before = syllables[firstIndex - 1];
  if (before && FEATURE_WORD_KEYS.has(before.key) && !syllables[firstIndex]!.startsSentence) {
    factor *= CONTEXT_FACTOR.namedFeature;
  }
  for (let index = firstIndex - 1; index >= 0 && index >= firstIndex - DELEGATION_LOOKBEHIND; index -= 1) {
    const syllable = syllables[index]!;
    if (HOST_PREPOSITION_KEYS.has(syllable.key)) break;
    if (isVisitingDelegationWord(syllables, index)) {
      factor *= CONTEXT_FACTOR.visitingDelegation;
      break;
    }
    if (syllable.startsSentence) break;
  }
  return factor;
}

export function isIsolatedLine(text: string, syllables: readonly Syllable[], zone: Zone): boolean {
  if (zone === 'title' || zone === 'source') return false;
  return syllables.length <= ISOLATED_LINE_MAX_SYLLABLES && !SENTENCE_PUNCTUATION.test(text.trim().slice(-1));
}
