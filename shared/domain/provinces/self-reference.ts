// A provincial paper writes about its own province without naming it: "Tỉnh ủy tổ chức hội nghị",
// "trên địa bàn tỉnh", "tỉnh ta". Such unnamed references mean the publisher's province, so they
// count for it once the source, the URL or the masthead says which province publishes.
import { toMatchKey } from './normalize-place-text.ts';
import { CAPITALISATION, type Syllable } from './tokenize-syllables.ts';

const PROVINCE_KEY = toMatchKey('tỉnh');
const COMMITTEE_KEY = toMatchKey('ủy');
/** Before "tỉnh": several provinces or another one ("các tỉnh", "liên tỉnh", "ngoại tỉnh"). */
const NOT_OWN_PREVIOUS_KEYS = new Set(
  ['các', 'những', 'nhiều', 'mỗi', 'từng', 'liên', 'ngoại', 'giữa', 'hai', 'ba', 'bốn', 'năm', 'cùng'].map(
    toMatchKey,
  ),
);
/** After "tỉnh": not the province at all ("tỉnh táo", "tỉnh giấc", "tỉnh lộ") or another one
 *  ("tỉnh bạn", "tỉnh khác", "tỉnh lân cận", "tỉnh thành" in a list). */
const NOT_OWN_NEXT_KEYS = new Set(
  ['táo', 'giấc', 'dậy', 'ngủ', 'ngộ', 'rượu', 'lộ', 'bạn', 'khác', 'lân', 'thành', 'phía', 'miền'].map(
    toMatchKey,
  ),
);
/** A type word and its name are separated by spaces (or the dot of "TP."), nothing else. */
const NAME_GAP = /^[ \t\u00A0.]+$/;

/** How many times the syllables name "the province" without saying which ("UBND tỉnh chủ trì",
 *  "Tỉnh ủy, UBND tỉnh", "tỉnh ta"); a capitalised name right after ("tỉnh Lạng Sơn") names it. */
export function countUnnamedProvinceReferences(syllables: readonly Syllable[]): number {
  let count = 0;
  for (let index = 0; index < syllables.length; index += 1) {
    if (syllables[index]!.key !== PROVINCE_KEY) continue;
    if (NOT_OWN_PREVIOUS_KEYS.has(syllables[index - 1]?.key ?? '') && !syllables[index]!.startsSentence)
      continue;
    let next = syllables[index + 1];
    if (next?.key === COMMITTEE_KEY && NAME_GAP.test(next.gapBefore)) next = syllables[index + 2];
    const named =
      next !== undefined && NAME_GAP.test(next.gapBefore) && next.capitalisation !== CAPITALISATION.lower;
    if (named) continue;
    if (next !== undefined && NAME_GAP.test(next.gapBefore) && NOT_OWN_NEXT_KEYS.has(next.key)) continue;
    count += 1;
  }
  return count;
}
