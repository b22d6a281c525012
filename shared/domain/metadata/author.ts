// Bylines: explicit ("Tác giả: …", "Bài, ảnh: …", "Theo …") or a bare name line after the article.
import { CHARACTER_CLASS, readClassAndWidth } from '#domain/text/character-classes';
import { countWhitespaceRuns } from '#domain/text/letter-runs';
import { foldDiacritics } from '#domain/text/normalize';
import { codeUnitAt } from '#domain/text/code-units';
import { isWeekdayLine } from './published-at.ts';

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
// Blog engines and some portals sign posts without a colon: "Đăng bởi Minh Khoa lúc 10:15", "Posted by",
// or with "Bởi" alone, as "By" ("Bởi Minh Hằng").
const POSTED_BY_LABEL = /^(dang boi|viet boi|boi|nguoi (?:dang|viet)|posted by|written by|by)\s*:?\s+/;
// Or with the date first: "Posted on July 12, 2024 by Thanh Bình", "Đăng ngày 12/7/2024 bởi …".
const POSTED_ON_BY =
  /^(?:posted|published|dang|dang tai|dang ngay)(?:\s+(?:on|ngay|luc|vao))?\s.{0,40}\s(?:by|boi)\s/;
// What follows the name on such a line: the time or date of posting.
const POSTED_AT_TAIL = /\s+(?:lúc|vào(?:\s+lúc)?|ngày|at|on|-|–|\|)\s.*$|\s+\d.*$/iu;
const THEO_PREFIX = /^theo\s+/;
// The first words of the labels above (BYLINE_LABEL, STAFF_CREDIT, POSTED_BY_LABEL, THEO_PREFIX), each
// of which is anchored at the line's start: a line opening with another word, as nearly every line the
// cleaner asks about does, cannot match them, and they are not run on it.
const LABEL_FIRST_WORDS = new Set([
  ...['tac', 'bai', 'tin', 'anh', 'thuc', 'nhom', 'phong', 'pv', 'but'],
  ...['ptv', 'btv', 'ctv', 'bbt', 'ban'],
  ...['dang', 'viet', 'boi', 'nguoi', 'posted', 'written', 'by'],
  'theo',
]);
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;

/** The run of letters a–z opening folded text: the first word of a label. */
function openingWord(folded: string): string {
  let end = 0;
  while (end < folded.length) {
    const code = codeUnitAt(folded, end);
    if (code < LOWER_A || code > LOWER_Z) break;
    end++;
  }
  return folded.slice(0, end);
}
const BRACKETED_CREDIT = /^\(\s*theo\s[^()]+\)$/;
// Credits of the newsroom rather than of a person, on a line of their own: "PV", "Nhóm PV", "BTV",
// "CTV", "Ban Biên tập", "Phóng viên", optionally with the desk or agency after a slash ("PV/VOV1"), or
// with the desk named after it ("Nhóm phóng viên Ban Thời sự", a word or four after "Ban").
const STAFF_CREDIT =
  /^(?:nhom\s+)?(?:pv|ptv|btv|ctv|bbt|ban bien tap|phong vien|phong vien thuong tru|nhom phong vien)(?:\s*(?:-|,|va)\s*(?:pv|ctv|btv|ptv))*(?:\s+ban(?:\s+[a-z]+){1,4})?(?:\s*\/\s*\S.{0,30})?$/;
// "Thanh Tùng/VOV-Tây Bắc", "Thu Hà/Báo Tin tức", "Minh Anh/VTV": the writer, then the agency or paper.
const NAME_SLASH_AGENCY = /^([^/]{2,40}?)\s*\/\s*(\p{Lu}[^/]{1,40})$/u;
// A label's name part is a short credit, never a sentence: "PV: Thưa ông, …?" opens an interview question.
const LABELLED_NAME_MAX_WORDS = 10;
const SENTENCE_END = /[?!…]["'”’»)\]]*$/u;
// Papers and agencies credited after "Theo" whose names read like a person's ("Theo Tuổi Trẻ").
const PAPER_NAMES = new Set([
  'tuoi tre',
  'thanh nien',
  'tien phong',
  'lao dong',
  'nhan dan',
  'nguoi lao dong',
  'phap luat',
  'quan doi nhan dan',
  'cong an nhan dan',
  'sai gon giai phong',
  'ha noi moi',
  'dan tri',
  'dan viet',
  'tin tuc',
  'thoi nay',
  'dai doan ket',
  'kinh te do thi',
  'an ninh thu do',
  'giao duc thoi dai',
  'suc khoe doi song',
  'doi song phap luat',
  'vietnam plus',
  'vietnamplus',
]);
// A workplace after the writer's name: "Nguyễn Hưng - Báo Lào Cai", "Huyền Trang - Trung tâm TT-VH huyện",
// a doctor's "PGS.TS Nguyễn Văn Bình - Viện Nhi Trung ương", or an agency's initials: "Thu Hà - TTXVN".
// ("Trường" only before a school's kind: it is a given name too, "Lan Anh - Trường Giang".)
const WORKPLACE_SUFFIX =
  /\s+[-–]\s+(?:(?:Báo|Đài|Tạp chí|Trung tâm|Cổng|Kênh|Phòng|Sở|Ban|Hội|Ủy ban|UBND|Huyện ủy|Tỉnh ủy|Thành ủy|Viện|Bệnh viện|Học viện|Đại học|Trường (?:Đại học|Cao đẳng|THPT|THCS|Tiểu học|Mầm non)|Công ty|Cục|Chi cục|Bộ|Văn phòng|Liên đoàn|Hợp tác xã|Trạm)\s|\p{Lu}{3,}\b).*$/u;
// A byline printed in capitals has capitals after its dash too, and words of them are the next writer
// ("TRỌNG NGHĨA - MINH CHÂU"): there initials are the agency only as the last word ("TRẦN HẢI - TTXVN").
const CAPITALS_WORKPLACE_SUFFIX =
  /\s+[-–]\s+(?:(?:Báo|Đài|Tạp chí|Trung tâm|Cổng|Kênh|Phòng|Sở|Ban|Hội|Ủy ban|UBND|Huyện ủy|Tỉnh ủy|Thành ủy|Viện|Bệnh viện|Học viện|Đại học|Trường (?:Đại học|Cao đẳng|THPT|THCS|Tiểu học|Mầm non)|Công ty|Cục|Chi cục|Bộ|Văn phòng|Liên đoàn|Hợp tác xã|Trạm)\s.*|\p{Lu}{3,})$/u;
const HAS_LOWER_CASE = /\p{Ll}/u;

function stripWorkplace(text: string): string {
  return text.replace(HAS_LOWER_CASE.test(text) ? WORKPLACE_SUFFIX : CAPITALS_WORKPLACE_SUFFIX, '');
}
// A name has 1–5 syllables; one is allowed only as a pen name after an explicit label.
const MAX_NAME_WORDS = 5;
const MIN_BARE_NAME_WORDS = 2;
// The longest credit line of names: four names of up to five words with their joiners, and a note in
// brackets ("(ảnh)", "(TTXVN)", a workplace) of up to ten words.
const NAME_LINE_MAX_SPACES = 4 * MAX_NAME_WORDS + 3 + 10;
// Several writers are joined by these ("Lan Anh - Quốc Tuấn", "Hải Yến, Đức Minh", "Hà và Minh").
const NAME_JOINERS = /\s*(?:\s-\s|–|,|\s&\s|\svà\s)\s*/u;
// Photo, agency or workplace notes that ride along with a name: "(ảnh)", "- Ảnh: X", "(TTXVN)",
// "(Trung tâm Truyền thông huyện)".
// Some papers print the writer's e-mail after the name, labelled or not: "Hoàng Yến - hoangyen@baoxyz.vn",
// "Thu Hằng - Email: hang@…".
// A digest's compiler notes the compiling after the name, in brackets or not: "Minh Khôi tổng hợp",
// "Thu Hà - t/h".
const NAME_SUFFIX =
  /\s*(?:\([^()]{1,60}\)|[-,]\s*ảnh\b.*|[-–|,]?\s*(?:e-?mail\s*:\s*)?<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?|[-–,]?\s*(?:tổng hợp|t\/h))$/iu;
// A collaborator or reporter signs with the role before the name: "CTV Lê Thị Mai", "PV Quốc Tuấn".
const ROLE_BEFORE_NAME = /^(?:CTV|PV|PTV|BTV)\s+(?=\p{Lu}\p{Ll})/u;
// Some sites print the date on the byline's line, after a separator: "Bài và ảnh: Minh Hải | 05-12-2024
// 08:45", "Tác giả: Lan Anh - 14:30 05/12/2024". A name holds no figures, so the tail opens with one.
const DATE_TAIL = /\s+[|•·–-]\s+\d.*$/u;
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

// A name's word: a capitalised syllable ("Vinh", "Lỳ"), an all-capitals name ("NGUYỄN"), or initials
// ("N.V.", "T.Linh"). The expressions with the u flag in this file are written once, not inline: an
// inline /…/u is a new object each time the function runs, and for \p{…} classes that costs several
// times the test itself (names are tested word by word).
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}]*$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const INITIALS_WORD = /^(\p{Lu}\.)+(\p{Lu}\p{Ll}*)?$/u;
const STARTS_UPPER_CASE = /^\p{Lu}/u;
const NAME_AFTER_BY = /\s(?:by|bởi)\s+(.+)$/iu;

function isNameWord(word: string): boolean {
  return CAPITALISED_WORD.test(word) || ALL_CAPITALS.test(word) || INITIALS_WORD.test(word);
}

// Initials alone sign many provincial articles: "H.A", "N.T.H", "T.Linh".
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}\p{Ll}*\.?$/u;

// Doctors, lawyers and scholars sign with their title before the name, abbreviated or spelled out:
// "BS. Trần Thu Trang", "TS. Lê Minh Khoa", "PGS.TS. Nguyễn Văn A", "ThS.BS Hoàng Lan", "Luật sư
// Nguyễn Văn Hòa". The name keeps the title as printed; the words after it must read as a name on
// their own.
const ACADEMIC_TITLE =
  /^(?:(?:(?:GS|PGS|TS|TSKH|ThS|BS|BSCKI{1,2}|BSCK[12]|DS|KS|LS|NSND|NSƯT)\.\s*)+(?:(?:GS|PGS|TS|ThS|BS)\s+)?|(?:Luật sư|Bác sĩ|Tiến sĩ|Thạc sĩ|Giáo sư|Phó giáo sư|Kỹ sư|Dược sĩ|Nhà báo)\s+)/u;

function isSingleName(name: string, minWords: number): boolean {
  const words = name.replace(ACADEMIC_TITLE, '').split(/\s+/).filter(Boolean);
  if (words.length === 1 && INITIALS.test(words[0] ?? '')) return true;
  return words.length >= minWords && words.length <= MAX_NAME_WORDS && words.every(isNameWord);
}

// The first words of the spelled-out titles (ACADEMIC_TITLE), whose second word is in lower case.
const TITLE_FIRST_WORDS = new Set(['Luật', 'Bác', 'Tiến', 'Thạc', 'Giáo', 'Phó', 'Kỹ', 'Dược', 'Nhà']);
// A first word holding one of these may carry the start of a note taken off the line ("Lan(ảnh …)",
// "Lan,ảnh …") or other white space: its second word is then not judged here.
const NOTE_OR_SPACE_IN_WORD = /[\s(,–-]/;

/**
 * Whether the line's second word opens with a lower-case letter, where no name's word can stand:
 * "Mô hình tôm - lúa …", most headlines and sentences a name parser is asked about. Such a word is a
 * word of a name (every one opens with a capital, see isNameWord) but for the exceptions the full test
 * takes apart: the joiner "và", a photo note ("ảnh …"), an e-mail address, a spelled-out title ("Luật
 * sư"), and a note starting inside the first word. Any of them, or a line it cannot read this way
 * (white space first), gives false: the full test decides.
 */
function hasLowerCaseSecondWord(text: string): boolean {
  const space = text.indexOf(' ');
  if (space <= 0 || space + 1 === text.length) return false;
  const flags = readClassAndWidth(text, space + 1) >> 2;
  if ((flags & CHARACTER_CLASS.letter) === 0 || (flags & CHARACTER_CLASS.upperCase) !== 0) return false;
  const first = text.slice(0, space);
  if (NOTE_OR_SPACE_IN_WORD.test(first) || TITLE_FIRST_WORDS.has(first)) return false;
  const nextSpace = text.indexOf(' ', space + 1);
  const second = text.slice(space + 1, nextSpace < 0 ? text.length : nextSpace);
  return !second.startsWith('và') && !second.startsWith('ảnh') && !second.includes('@');
}

/** Whether a whole line reads as one or more person names, e.g. "Thanh Hương" or "Lan Anh - Quốc Tuấn". */
export function looksLikePersonName(text: string, minWords = MIN_BARE_NAME_WORDS): boolean {
  // Paragraphs are asked too: a line far longer than any credit is ruled out before it is taken apart,
  // and so is a line whose second word no name could hold, before the expressions below run.
  if (countWhitespaceRuns(text, NAME_LINE_MAX_SPACES) > NAME_LINE_MAX_SPACES) return false;
  if (hasLowerCaseSecondWord(text)) return false;
  const stripped = cleanName(text);
  if (!stripped || /\d/.test(stripped) || isWeekdayLine(stripped)) return false;
  const names = stripped.split(NAME_JOINERS).filter(Boolean);
  return names.length > 0 && names.every((name) => isSingleName(name, minWords));
}

function cleanName(text: string): string {
  return stripWorkplace(text)
    .replace(ROLE_BEFORE_NAME, '')
    .replace(NAME_SUFFIX, '')
    .replace(/[.;:]+$/, '')
    .trim();
}

function looksLikeOrganisation(text: string): boolean {
  const firstWord = foldDiacritics(text).split(/\s+/)[0] ?? '';
  return ORGANISATION_WORDS.has(firstWord) || ALL_CAPITALS.test(text.split(/\s+/)[0] ?? '');
}

/**
 * Reads an explicit byline line ("Tác giả: Lan Anh", "Bài và ảnh: Quốc Tuấn", "Theo TTXVN").
 * Null when the line is not one. `folded` is foldDiacritics of the trimmed line when the caller has it
 * already (a segment's `folded`).
 */
export function parseBylineLine(line: string, folded: string = foldDiacritics(line.trim())): Byline | null {
  // Republished stories close on the credit in brackets: "(Theo TTXVN)" (source.ts reads "(Nguồn: …)").
  if (line.trim().startsWith('(') && BRACKETED_CREDIT.test(folded)) {
    const inner = line.trim().slice(1, -1);
    return parseBylineLine(inner, foldDiacritics(inner.trim()));
  }
  const text = line.trim();
  const opensWithLabelWord = LABEL_FIRST_WORDS.has(openingWord(folded));
  const label = opensWithLabelWord ? BYLINE_LABEL.exec(folded) : null;
  if (label) {
    const name = cleanName(text.slice(label[0].length).replace(DATE_TAIL, ''));
    if (!name || SENTENCE_END.test(name) || name.split(/\s+/).length > LABELLED_NAME_MAX_WORDS) return null;
    return { author: name, source: null };
  }
  if (opensWithLabelWord && STAFF_CREDIT.test(folded))
    return { author: text.replace(/\s*\/.*$/, ''), source: null };
  if (text.includes('/')) {
    const slashed = NAME_SLASH_AGENCY.exec(text);
    if (slashed && looksLikePersonName(slashed[1] ?? '', 1))
      return { author: cleanName(slashed[1] ?? ''), source: (slashed[2] ?? '').trim() };
  }
  // "Posted on July 12, 2024 by Thanh Bình", "Đăng ngày 12/7/2024 bởi Thanh Bình": the name comes last.
  if ((folded.includes(' by ') || folded.includes(' boi ')) && POSTED_ON_BY.test(folded)) {
    const by = NAME_AFTER_BY.exec(text)?.[1];
    const name = by ? cleanName(by) : '';
    if (name && looksLikePersonName(name, 1)) return { author: name, source: null };
  }
  const posted = opensWithLabelWord ? POSTED_BY_LABEL.exec(folded) : null;
  if (posted) {
    const name = cleanName(text.slice(posted[0].length).replace(POSTED_AT_TAIL, ''));
    return name && looksLikePersonName(name, 1) ? { author: name, source: null } : null;
  }
  if (text.endsWith(')') && folded.includes('(theo ')) {
    const translated = readTranslatorCredit(text);
    if (translated) return translated;
  }
  const theo = opensWithLabelWord ? THEO_PREFIX.exec(folded) : null;
  if (theo) {
    const credited = cleanName(text.slice(theo[0].length));
    if (!credited || credited.split(/\s+/).length > MAX_NAME_WORDS + 3) return null;
    if (
      PAPER_NAMES.has(
        foldDiacritics(credited)
          .toLowerCase()
          .replace(/\s*&\s*/g, ' '),
      )
    )
      return { author: null, source: credited };
    if (looksLikePersonName(credited) && !looksLikeOrganisation(credited))
      return { author: credited, source: paperInBrackets(text) };
    if (STARTS_UPPER_CASE.test(credited) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(credited))
      return { author: null, source: credited };
  }
  return null;
}

// A republished story names its writer and the paper: "Theo Minh Hòa (Báo Đồng Nai)".
const BRACKETED_NOTE = /\(([^()]{2,60})\)$/u;

/** The paper or agency in brackets after a credited writer's name, or null. */
function paperInBrackets(text: string): string | null {
  const note = BRACKETED_NOTE.exec(text)?.[1]?.trim() ?? '';
  return note && looksLikeOrganisation(note) ? note : null;
}

// A translator signs a foreign agency's or paper's story with the original in brackets: "Thanh Tâm
// (Theo Reuters)", "Minh Anh (theo AFP, BBC)".
const NAME_THEN_ORIGINAL = /^([^()]{2,60}?)\s*\(\s*[Tt]heo\s+([^()]{2,60})\)$/u;

/** The translator as the author and the original as the source, or null for other lines. */
function readTranslatorCredit(text: string): Byline | null {
  const credit = NAME_THEN_ORIGINAL.exec(text);
  if (!credit || !looksLikePersonName(credit[1] ?? '')) return null;
  const original = parseBylineLine(`Theo ${credit[2] ?? ''}`);
  return { author: cleanName(credit[1] ?? ''), source: original?.source ?? null };
}

// A long-read's production credits, one role a line: "Nội dung: Hà Phương", "Ảnh: Minh Quân", "Đồ họa:
// Thảo Nguyên", "Trình bày: Văn Sơn". "Nội dung" and "Bài viết" credit the writer, and so do a digest's
// "Tổng hợp:" and "Biên soạn:"; the other roles are the team's. Such labels also open text ("Nội dung: Quy định về …", "Ảnh: Toàn cảnh hội nghị"),
// so the rest of the line must read as names.
const WRITER_CREDIT_LABEL = /^(noi dung|bai viet|van ban|tong hop|bien soan)\s*:\s*/;
const TEAM_CREDIT_LABEL =
  /^(anh|do hoa|trinh bay|thiet ke|bien tap|ky thuat|video|quay phim|dung phim|minh hoa|hinh anh|san xuat|chi dao san xuat)\s*:\s*/;

export interface ProductionCredit {
  /** The writer's name when the role is the text's ("Nội dung:"), else null: a team member. */
  readonly writer: string | null;
}

/** Reads a production credit line of a long-read (see WRITER_CREDIT_LABEL); null for other lines. */
export function parseProductionCredit(
  line: string,
  folded: string = foldDiacritics(line.trim()),
): ProductionCredit | null {
  const label = WRITER_CREDIT_LABEL.exec(folded) ?? TEAM_CREDIT_LABEL.exec(folded);
  if (!label) return null;
  const names = line.trim().slice(label[0].length);
  if (!looksLikePersonName(names, 1)) return null;
  return { writer: WRITER_CREDIT_LABEL.test(folded) ? cleanName(names) : null };
}

/**
 * The writer's bare name before the date on the date line ("Minh Châu - 10/09/2025 08:00"), or null.
 * A name holds no figures, so the date is the tail from the first separator followed by one.
 */
export function parseNameBeforeDate(line: string): string | null {
  const name = line.replace(DATE_TAIL, '');
  return name.length < line.length ? parseBareNameLine(name) : null;
}

/** A bare name line after the article ("Thanh Hương"), cleaned of photo notes; null otherwise. */
export function parseBareNameLine(line: string): string | null {
  return looksLikePersonName(line) ? cleanName(line) : null;
}
