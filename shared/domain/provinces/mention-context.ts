// What the words around a mention say about it: part of a person's name, a river, street or road
// named after the place, a visiting delegation from there, a person's address, or a table cell or
// data row rather than a sentence.
import { PERSON_NAME_SYLLABLES } from './aliases.ts';
import { toMatchKey } from './normalize-place-text.ts';
import { CAPITALISATION, type Syllable } from './tokenize-syllables.ts';
import {
  CONTEXT_FACTOR,
  DATA_LINE_MIN_FIGURES,
  DATA_LINE_MIN_FIGURE_SHARE,
  DELEGATION_LOOKBEHIND,
  ISOLATED_LINE_MAX_SYLLABLES,
  type Zone,
} from './weights.ts';

const PERSON_SYLLABLE_KEYS = new Set(PERSON_NAME_SYLLABLES.map(toMatchKey));
/** Words that name a river, street or mountain after the place that follows. */
const FEATURE_WORD_KEYS = new Set(
  ['sông', 'núi', 'đèo', 'vịnh', 'đường', 'phố', 'lộ', 'ngõ', 'hẻm', 'kênh', 'tốc', 'tuyến'].map(toMatchKey),
);
/** "cao tốc" names a road after its ends ("cao tốc TP.HCM - Long Thành"); "tốc" alone is no word. */
const FEATURE_WORD_PREVIOUS_KEY = new Map([[toMatchKey('tốc'), toMatchKey('cao')]]);
/** "hội nghị trực tuyến Hà Tĩnh" is online, not a line named after the place. */
const NOT_FEATURE_PREVIOUS_KEYS = new Map([[toMatchKey('tuyến'), toMatchKey('trực')]]);
/** Words that give a person's address ("ngụ TP.HCM", "trú tại xã ...", "quê ở Nghệ An"): the
 *  place of a defendant or a witness, not necessarily where the story happens. */
const RESIDENCE_KEYS = new Set(['ngụ', 'trú', 'quê'].map(toMatchKey));
const RESIDENCE_LINK_KEYS = new Set(['tại', 'ở', 'quán'].map(toMatchKey));
/** "lưu trú" (lodging), "tránh trú"/"neo trú" (boats sheltering) are not where someone lives. */
const NOT_RESIDENCE_PREVIOUS_KEYS = new Set(['lưu', 'tránh', 'neo', 'ẩn'].map(toMatchKey));
/** A bare name right after a form of address is a person's given name ("chị Hà Giang", "anh Thái
 *  Bình", "ông Hải Dương"): the family name is often left out. */
const HONORIFIC_KEYS = new Set(
  ['anh', 'chị', 'ông', 'bà', 'em', 'cô', 'thầy', 'chú', 'bác', 'cụ', 'cháu', 'bé', 'cậu', 'dì'].map(
    toMatchKey,
  ),
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

/** A bare name glued to a person's name ("Nguyễn Thái Bình", "chị Hà Giang") or to a longer proper
 *  noun ("Thái Bình Dương" is caught earlier; "Long An Phát" here) is not the place. */
export function isInsideLongerProperName(
  syllables: readonly Syllable[],
  start: number,
  end: number,
): boolean {
  const before = syllables[start - 1];
  if (before && /^ +$/.test(syllables[start]!.gapBefore)) {
    if (PERSON_SYLLABLE_KEYS.has(before.key) && before.capitalisation === CAPITALISATION.title) return true;
    if (HONORIFIC_KEYS.has(before.key) && before.capitalisation !== CAPITALISATION.upper) return true;
  }
  const after = syllables[end];
  return (
    after !== undefined &&
    /^ +$/.test(after.gapBefore) &&
    after.capitalisation === CAPITALISATION.title &&
    syllables[end - 1]!.capitalisation !== CAPITALISATION.upper
  );
}

function isFeatureWord(syllables: readonly Syllable[], index: number): boolean {
  const key = syllables[index]?.key;
  if (key === undefined || !FEATURE_WORD_KEYS.has(key)) return false;
  const before = syllables[index - 1]?.key;
  if (NOT_FEATURE_PREVIOUS_KEYS.get(key) === before) return false;
  const previous = FEATURE_WORD_PREVIOUS_KEY.get(key);
  return previous === undefined || before === previous;
}

function isResidenceWord(syllables: readonly Syllable[], index: number): boolean {
  return (
    RESIDENCE_KEYS.has(syllables[index]?.key ?? '') &&
    !NOT_RESIDENCE_PREVIOUS_KEYS.has(syllables[index - 1]?.key ?? '')
  );
}

function isResidence(syllables: readonly Syllable[], firstIndex: number): boolean {
  const before = syllables[firstIndex - 1];
  if (!before || syllables[firstIndex]!.startsSentence) return false;
  if (isResidenceWord(syllables, firstIndex - 1)) return true;
  return (
    RESIDENCE_LINK_KEYS.has(before.key) &&
    !before.startsSentence &&
    isResidenceWord(syllables, firstIndex - 2)
  );
}

/** Why a name counts less where it stands, besides a visiting delegation. */
export interface ContextCues {
  /** Right after a feature word ("đường", "sông", "cao tốc") or continuing such a route. */
  readonly namedFeature: boolean;
  /** A person's address, or the rest of one ("ngụ xã A, huyện B"). */
  readonly residence: boolean;
}

const NO_CUES: ContextCues = { namedFeature: false, residence: false };
/** A route goes on after a dash ("Biên Hòa - Vũng Tàu"); an address after a comma or a dash. */
const ROUTE_GAP = /^[ \t\u00A0]*[-–—][ \t\u00A0]*$/;
const ADDRESS_GAP = /^[ \t\u00A0]*[,\-–—][ \t\u00A0]*$/;

/** The cues of a mention whose type word or name starts at `firstIndex`; `previous` are those of
 *  the mention that ended right before it, if one did. */
export function readContextCues(
  syllables: readonly Syllable[],
  firstIndex: number,
  previous: ContextCues | null,
): ContextCues {
  const first = syllables[firstIndex]!;
  const namedFeature =
    (isFeatureWord(syllables, firstIndex - 1) && !first.startsSentence) ||
    (previous?.namedFeature === true && ROUTE_GAP.test(first.gapBefore));
  const residence =
    isResidence(syllables, firstIndex) || (previous?.residence === true && ADDRESS_GAP.test(first.gapBefore));
  return namedFeature || residence ? { namedFeature, residence } : NO_CUES;
}

export function weighContext(syllables: readonly Syllable[], firstIndex: number, cues: ContextCues): number {
  let factor = 1;
  if (cues.namedFeature) factor *= CONTEXT_FACTOR.namedFeature;
  if (cues.residence) factor *= CONTEXT_FACTOR.residence;
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

/** A line that is not a sentence: little more than a name, or a row of figures ("Hà Nội 26 -
 *  34°C", "Giá vàng SJC tại TP.HCM: mua vào 82,0 triệu ...") that a widget or table left. */
export function isIsolatedLine(text: string, syllables: readonly Syllable[], zone: Zone): boolean {
  if (zone === 'title' || zone === 'source') return false;
  if (SENTENCE_PUNCTUATION.test(text.trim().slice(-1))) return false;
  if (syllables.length <= ISOLATED_LINE_MAX_SYLLABLES) return true;
  let digits = 0;
  for (const syllable of syllables) if (syllable.capitalisation === CAPITALISATION.digits) digits += 1;
  return digits >= DATA_LINE_MIN_FIGURES && digits >= DATA_LINE_MIN_FIGURE_SHARE * syllables.length;
}
