// Bylines: explicit ("Tác giả: …", "Bài, ảnh: …", "Theo …") or a bare name line after the article.
import { foldDiacritics } from '#domain/text/normalize';

export interface Byline {
  readonly author: string | null;
  /** An agency or paper the byline credits ("Theo TTXVN"), when it names one rather than a person. */
  readonly source: string | null;
}

// Labels that introduce the writer, matched on folded text: "Bài và ảnh:", "Bài, ảnh:", "Tác giả:",
// "Thực hiện:", "Phóng viên:", "PV:", "Nhóm PV:".
// "Tin, ảnh:", "Tin và ảnh:", "Ảnh, bài:" credit the writer who also took the photos.
const BYLINE_LABEL =
  /^(tac gia|(?:bai|tin)\s*(?:,|va|&|-|\/)?\s*anh|anh\s*(?:,|va|&|-|\/)\s*(?:bai|tin)|bai|thuc hien|nhom (?:pv|phong vien)|phong vien|pv|but danh)\s*:\s*/;
// Blog engines and some portals sign posts without a colon: "Đăng bởi Minh Khoa lúc 10:15", "Posted by".
const POSTED_BY_LABEL = /^(dang boi|viet boi|nguoi (?:dang|viet)|posted by|written by|by)\s*:?\s+/;
// What follows the name on such a line: the time or date of posting.
const POSTED_AT_TAIL = /\s+(?:lúc|vào(?:\s+lúc)?|ngày|at|on|-|–|\|)\s.*$|\s+\d.*$/iu;
const THEO_PREFIX = /^theo\s+/;
// A name has 1–5 syllables; one is allowed only as a pen name after an explicit label.
const MAX_NAME_WORDS = 5;
const MIN_BARE_NAME_WORDS = 2;
// Several writers are joined by these ("Lan Anh - Quốc Tuấn", "Hải Yến, Đức Minh", "Hà và Minh").
const NAME_JOINERS = /\s*(?:\s-\s|–|,|\s&\s|\svà\s)\s*/u;
// Photo, agency or workplace notes that ride along with a name: "(ảnh)", "- Ảnh: X", "(TTXVN)",
// "(Trung tâm Truyền thông huyện)".
const NAME_SUFFIX = /\s*(?:\([^()]{1,60}\)|[-,]\s*ảnh\b.*)$/iu;
// Words that start names of organisations, not of people.
const ORGANISATION_WORDS = new Set([
  'bao',
  'cong',
  'dai',
  'trung',
  'ban',
  'so',
  'bo',
  'tap',
  'tinh',
  'thanh',
  'huyen',
  'xa',
  'uy',
  'hoi',
]);

function isNameWord(word: string): boolean {
  // Capitalised syllable ("Vinh", "Lỳ"), an all-capitals name ("NGUYỄN"), or initials ("N.V.", "T.Linh").
  return (
    /^\p{Lu}[\p{Ll}]*$/u.test(word) ||
    /^\p{Lu}{2,}$/u.test(word) ||
    /^(\p{Lu}\.)+(\p{Lu}\p{Ll}*)?$/u.test(word)
  );
}

function isSingleName(name: string, minWords: number): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length >= minWords && words.length <= MAX_NAME_WORDS && words.every(isNameWord);
}

/** Whether a whole line reads as one or more person names, e.g. "Thanh Hương" or "Lan Anh - Quốc Tuấn". */
export function looksLikePersonName(text: string, minWords = MIN_BARE_NAME_WORDS): boolean {
  const stripped = text
    .replace(NAME_SUFFIX, '')
    .replace(/[.;:]+$/, '')
    .trim();
  if (!stripped || /\d/.test(stripped)) return false;
  const names = stripped.split(NAME_JOINERS).filter(Boolean);
  return names.length > 0 && names.every((name) => isSingleName(name, minWords));
}

function cleanName(text: string): string {
  return text
    .replace(NAME_SUFFIX, '')
    .replace(/[.;:]+$/, '')
    .trim();
}

function looksLikeOrganisation(text: string): boolean {
  const firstWord = foldDiacritics(text).split(/\s+/)[0] ?? '';
  return ORGANISATION_WORDS.has(firstWord) || /^\p{Lu}{2,}$/u.test(text.split(/\s+/)[0] ?? '');
}

/**
 * Reads an explicit byline line ("Tác giả: Lan Anh", "Bài và ảnh: Quốc Tuấn", "Theo TTXVN").
 * Null when the line is not one. `folded` is foldDiacritics of the trimmed line when the caller has it
 * already (a segment's `folded`).
 */
export function parseBylineLine(line: string, folded: string = foldDiacritics(line.trim())): Byline | null {
  const text = line.trim();
  const label = BYLINE_LABEL.exec(folded);
  if (label) {
    const name = cleanName(text.slice(label[0].length));
    return name ? { author: name, source: null } : null;
  }
  const posted = POSTED_BY_LABEL.exec(folded);
  if (posted) {
    const name = cleanName(text.slice(posted[0].length).replace(POSTED_AT_TAIL, ''));
    return name && looksLikePersonName(name, 1) ? { author: name, source: null } : null;
  }
  const theo = THEO_PREFIX.exec(folded);
  if (theo) {
    const credited = cleanName(text.slice(theo[0].length));
    if (!credited || credited.split(/\s+/).length > MAX_NAME_WORDS + 3) return null;
    if (looksLikePersonName(credited) && !looksLikeOrganisation(credited))
      return { author: credited, source: null };
    if (/^\p{Lu}/u.test(credited)) return { author: null, source: credited };
  }
  return null;
}

/** A bare name line after the article ("Thanh Hương"), cleaned of photo notes; null otherwise. */
export function parseBareNameLine(line: string): string | null {
  return looksLikePersonName(line) ? cleanName(line) : null;
}
