// Photo captions: short lines set between paragraphs that are not part of the running text.
import type { SegmentFeatures } from '#domain/text/segment';
import { foldDiacritics } from '#domain/text/normalize';

// Calibration: captions on Vietnamese news pages run from two words ("Toàn cảnh buổi lễ") to about
// two lines (~40 words, ~250 characters); a line without final punctuation longer than that is more
// likely a paragraph whose period the scraper lost.
const CAPTION_MAX_CHARS = 260;
const CAPTION_MIN_WORDS = 2;
// With an explicit photo credit a caption may be a full sentence or two.
const CREDITED_CAPTION_MAX_CHARS = 450;
// "Ảnh: Hải Yến", "(Ảnh TL)", "(Ảnh: TTXVN)", "Ảnh minh họa", "Nguồn ảnh: …" at the end or start.
// "Ảnh chụp" credits the photo by what, where, when or how it was taken ("Ảnh chụp màn hình", "Ảnh
// chụp từ clip", "Ảnh chụp ngày 12/3", "Ảnh chụp tại hiện trường", "Ảnh chụp bằng flycam"); a line
// opening "Ảnh chụp ruộng bậc thang …" is a headline about a photo, so at the start of a line "chụp"
// must be followed by one of those words.
const PHOTO_CREDIT_AT_END =
  /[\s.,–-]\(?\s*(?:nguồn\s+)?ảnh\s*(?::|minh\s+họa|minh\s+hoạ|tư\s+liệu|internet|tl\b|chụp)[^()]*\)?\s*$/iu;
const PHOTO_CREDIT_WHOLE_LINE =
  /^\(?\s*(?:nguồn\s+)?ảnh\s*(?::|minh\s+họa|minh\s+hoạ|tư\s+liệu|internet|tl\b|chụp(?=\s*(?:màn\s+hình|từ|lại|bởi|ngày|năm|tháng|lúc|vào|tại|trên|qua|bằng|sáng|chiều|tối|đêm|hôm|:|\)|$)))[^()]*\)?\s*$/iu;
// A gallery numbers its photos: "Ảnh 1: Dãy đèn lồng …", "Ảnh 2. …".
const PHOTO_CREDIT_AT_START = /^\(?\s*ảnh\s*(?::|minh\s+họa|minh\s+hoạ|\d{1,2}\s*[:.]\s)/iu;
// Lines that continue the text rather than stand beside it: list items and lead-ins to a list.
const LIST_ITEM = /^(?:[-–•+*]|\d{1,2}[.)]|[a-zđ][.)])\s/u;
const CONTINUES_TEXT = /[:;,]$/;
// A caption opens with a capital, a figure or a quote; a line opening in lower case goes on with the
// sentence above it, which a scraper broke at an inline element.
const OPENS_LOWER_CASE = /^\p{Ll}/u;
// A label and four entries or more after it: "Thanh Hóa: Văn Việt, Thái Sơn, Đình Tùng, …" (a
// line-up), "Khối A: Toán, Lý, Hóa, Sinh". An item of a list, unless it names a photo's positions.
const ENUMERATION = /^[^:,]{1,40}:\s*[^,]+(?:,[^,]+){3,}$/u;

// A spec sheet or fact box lists figures under labels: "Công suất: 177 mã lực tại 5.500 vòng/phút",
// "Dân số: 1,2 triệu người". A label of a few words without figures, a colon, and a figure early in
// the value: a data row, which a place cue ("tại") would otherwise make a caption. Galleries number
// their captions in the label ("Ảnh 2:", "Hình 3:"), which these rows never do. A fact box's labels run
// to six syllables ("Số hộ phải tái định cư: 418 hộ").
const LABELLED_FIGURE = /^[^\d:]{2,30}:\s*[^\d]{0,20}\d/u;
const LABELLED_FIGURE_MAX_LABEL_WORDS = 6;

/** A data row of a spec sheet or fact box ("Công suất: 177 mã lực"), a list item rather than a caption. */
export function isLabelledFigure(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0 || !LABELLED_FIGURE.test(text)) return false;
  return text.slice(0, colon).trim().split(/\s+/).length <= LABELLED_FIGURE_MAX_LABEL_WORDS;
}

// A record's field: a label of a few words without figures, a colon, a value ("Họ và tên: Lê Văn A",
// "Địa điểm: Hội trường …", "Nơi thường trú: …"). Captions describe; they do not fill in a form.
const FIELD_LABEL_MAX_CHARS = 30;
const FIELD_LABEL_MAX_WORDS = 4;
const FIELD_LABEL = /^\p{Lu}[^\d:]*$/u;

/** A "Label: value" line whose label is a few words without figures (see FIELD_LABEL). */
export function isFieldLine(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > FIELD_LABEL_MAX_CHARS || colon >= text.length - 2) return false;
  const label = text.slice(0, colon);
  return FIELD_LABEL.test(label) && label.trim().split(' ').length <= FIELD_LABEL_MAX_WORDS;
}

/** A label with four entries or more after it (see ENUMERATION). */
export function isEnumeration(text: string): boolean {
  return text.includes(':') && ENUMERATION.test(text);
}

// A line wholly in quotation marks is someone's words: a pull quote of a long-read or a one-line
// quotation. Captions describe a photo; they do not quote.
const WHOLLY_QUOTED = /^["“«].*["”»]$/u;

// Every credit holds "ảnh" (in any case), so its folded text holds "anh": a line whose folded form
// lacks it needs neither expression (they scan the whole line, and most lines are no caption).
const FOLDED_PHOTO_WORD = 'anh';
// Folded, "anh" is also "anh", "cảnh", "nhanh", "thành"…, in most paragraphs; and "ảnh" itself opens
// "ảnh hưởng" in many of them. What every credit expression requires, the word and what may follow it
// ("ảnh:", "ảnh minh họa", "ảnh tư liệu", "Ảnh TL", "ảnh chụp", "Ảnh 2:"), rules those out with one
// search instead of the three expressions, each of which tries every position of the paragraph.
const PHOTO_WORD_AS_CREDIT = /ảnh\s*(?::|minh\s+họa|minh\s+hoạ|tư\s+liệu|internet|tl\b|chụp|\d)/iu;

/** True when the line carries a photo credit ("Ảnh: …", "(Ảnh …)"), which only captions do. `folded`
 *  is foldDiacritics(text) when the caller has it already (a segment's `folded`). */
export function hasPhotoCredit(text: string, folded?: string): boolean {
  if (folded !== undefined && !folded.includes(FOLDED_PHOTO_WORD)) return false;
  if (!PHOTO_WORD_AS_CREDIT.test(text)) return false;
  return (
    PHOTO_CREDIT_AT_END.test(text) || PHOTO_CREDIT_WHOLE_LINE.test(text) || PHOTO_CREDIT_AT_START.test(text)
  );
}

// A credit on a line of its own, under the caption it belongs to: "Ảnh: Internet", "(Ảnh: TTXVN)",
// "Nguồn ảnh: Sở Y tế". A credit names one source, so the line is short. An embedded video's credit
// ("(Video: VTV)", "Nguồn clip: VTC") stands under the video's title as a photo's under its caption.
const STANDALONE_CREDIT =
  /^\(?\s*(?:nguon\s+)?(?:anh\s*(?::|minh hoa|tu lieu|internet|tl\b)|(?:video|clip)\s*:)/;
const STANDALONE_CREDIT_MAX_WORDS = 8;

/** A line that is only a photo credit; the line above it is that photo's caption. */
export function isStandaloneCredit(
  text: string,
  features: SegmentFeatures,
  folded: string = foldDiacritics(text),
): boolean {
  return features.wordCount <= STANDALONE_CREDIT_MAX_WORDS && STANDALONE_CREDIT.test(folded);
}

// Sub-headings of long articles are short, title-like lines without a final period, just like the
// shortest captions. What tells them apart is what captions do: they describe a photo, i.e. people
// (a role or a group) doing something (speaking, handing over, visiting) somewhere ("tại …"), or a
// scene ("Toàn cảnh …"), sometimes with positions ("từ trái sang"). Sub-headings are numbered, in
// capitals, or name a topic. Each cue found adds to a score (matched on folded text). "Cảnh" opening
// a line is a scene, but for the words folding makes of it: "Cảnh báo", "Cảnh sát", "Cạnh tranh" name
// a topic, as a sub-heading does.
const SCENE_CUE =
  /^(toan canh|quang canh|canh(?! (bao|giac|sat|tranh|tinh|gioi)\b)|hinh anh|khung canh|mot goc)\b|\(?(trai|phai|giua)\)|tu trai (sang|qua)/;
const ACTION_CUE =
  /\b(phat bieu|trao (tang|qua|co|bang|giay|hoc bong|qua)?|tang (qua|hoa|bang|co)|chup anh|kiem tra|tham (quan|hoi|tang)|chu tri|du (hoi nghi|le|buoi)|cat bang|don tiep|tiep (don|nhan)|nhan (bang|co|giai|qua|hoc bong)|lam viec (voi|tai)|trao doi|thao luan|bieu dien|thi dau|tac nghiep|ung ho|dang tham gia)\b/;
const PERSON_SUBJECT =
  /^(dong chi|ong|ba|anh|chi|em|cac em|lanh dao|dai bieu|cac dai bieu|dai dien|du khach|nguoi dan|hoc sinh|sinh vien|bac si|luc luong|can bo|chien si|nong dan|cong nhan|doan (cong tac|dai bieu)|bi thu|pho bi thu|chu tich|pho chu tich|giam doc|thu tuong|bo truong|thuong ta|dai ta|trung ta|thieu ta|tong bi thu|chu tich nuoc|nghe si|van dong vien|ba con|phong vien|tinh nguyen vien)\b/;
const PLACE_CUE = /\btai\s/;
// Articles, clauses and points of a legal text are numbered headings too: "Điều 1. Phạm vi điều
// chỉnh", "Khoản 3", "Điểm a".
const SUBHEADING_NUMBERING =
  /^(\d{1,2}|[ivx]{1,4})\s*[.)/:-]\s|^(phan|ky|chuong|muc|dieu|khoan)\s+\d|^diem\s+[a-z]\b/;
// Calibration: a line in capitals is a sub-heading ("KẾT QUẢ NỔI BẬT"); captions are sentence case.
const SUBHEADING_MIN_UPPER_RATIO = 0.8;
// Two cues make a caption of any length; one cue suffices from this many words on.
const CAPTION_MIN_SCORE = 2;
const SINGLE_CUE_MIN_WORDS = 8;
// Sub-headings rarely run past 14 syllables; a longer line without a period describes a photo.
const SUBHEADING_MAX_WORDS = 15;

/** How many caption cues the line carries (scene, action, person subject, place). */
export function scoreCaptionCues(text: string, folded: string = foldDiacritics(text)): number {
  return (
    (SCENE_CUE.test(folded) ? 2 : 0) +
    (ACTION_CUE.test(folded) ? 1 : 0) +
    (PERSON_SUBJECT.test(folded) ? 1 : 0) +
    (PLACE_CUE.test(folded) ? 1 : 0)
  );
}

/** A numbered or all-capitals short line: an in-article sub-heading, which belongs to the body. */
export function looksLikeSubheading(
  text: string,
  features: SegmentFeatures,
  folded: string = foldDiacritics(text),
): boolean {
  return (
    SUBHEADING_NUMBERING.test(folded) ||
    (features.upperCaseRatio >= SUBHEADING_MIN_UPPER_RATIO && features.wordCount <= SUBHEADING_MAX_WORDS)
  );
}

/**
 * Whether a line standing between body paragraphs is a caption: it has a photo credit, or it is a line
 * without final punctuation, not wholly quoted, that describes a photo (cues) or is too long for a
 * sub-heading. Short lines without cues are sub-headings and stay in the body: a sub-heading taken for
 * a caption loses body text, a caption left in the body costs nothing but a line. `folded` as in
 * hasPhotoCredit.
 */
export function isCaptionLine(
  text: string,
  features: SegmentFeatures,
  folded: string = foldDiacritics(text),
): boolean {
  // The length first: most lines asked are paragraphs too long for any caption, and the credit's
  // expressions scan the whole line.
  if (features.charCount <= CREDITED_CAPTION_MAX_CHARS && hasPhotoCredit(text, folded)) return true;
  if (
    features.endsWithSentencePunctuation ||
    CONTINUES_TEXT.test(text) ||
    LIST_ITEM.test(text) ||
    OPENS_LOWER_CASE.test(text)
  )
    return false;
  if (isLabelledFigure(text)) return false;
  if (WHOLLY_QUOTED.test(text)) return false;
  if (features.charCount > CAPTION_MAX_CHARS || features.wordCount < CAPTION_MIN_WORDS) return false;
  if (looksLikeSubheading(text, features, folded)) return false;
  const score = scoreCaptionCues(text, folded);
  // "Từ trái sang: ông A, bà B, …" names the people in a photo; other enumerations are list items.
  if (score === 0 && isEnumeration(text)) return false;
  return (
    score >= CAPTION_MIN_SCORE ||
    (score >= 1 && features.wordCount >= SINGLE_CUE_MIN_WORDS) ||
    features.wordCount >= SUBHEADING_MAX_WORDS
  );
}
