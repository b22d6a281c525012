// Tunable thresholds of the cleaning cascade, with where each number comes from.

/**
 * jusText's defaults (Pomikálek 2011) are LENGTH_LOW 70 and LENGTH_HIGH 200 characters; they hold for
 * Vietnamese, whose syllables are about as long as English words.
 */
export const LENGTH_LOW = 70;
export const LENGTH_HIGH = 200;

/**
 * jusText uses 0.30/0.32 with its own stop lists. Measured with the 275-syllable Vietnamese list on
 * news prose, paragraphs score 0.39–0.70 while menus, tables and headlines score 0–0.45, so the high
 * mark is raised to 0.40 and the low mark kept at 0.30 (near-good paragraphs are settled by context).
 */
export const STOPWORDS_LOW = 0.3;
export const STOPWORDS_HIGH = 0.4;

/**
 * A "substantial" paragraph anchors the body region before classification: long, ending like a
 * sentence, with prose-like stop-word density. Widgets never look like this.
 */
export const SUBSTANTIAL_MIN_CHARS = LENGTH_HIGH;

/**
 * A widget line is mostly widget vocabulary: besides the matched phrases and filler words, at most
 * this many other words ("Thứ Hai" next to a view counter). Sentences that merely mention "chia sẻ" or
 * "bình luận" carry many more.
 */
export const WIDGET_MAX_OTHER_WORDS = 3;
/** Between body paragraphs a widget must be pure vocabulary: captions there mention "chia sẻ" too. */
export const WIDGET_MAX_OTHER_WORDS_IN_BODY = 0;
/** Widget labels are short; no widget line of the families we know runs past this many words. */
export const WIDGET_MAX_WORDS = 14;

/** Fallback when no block is good (very short articles): a sentence of at least this many words. */
export const FALLBACK_MIN_SENTENCE_WORDS = 8;

/**
 * A short whole sentence right after a good paragraph stays in the body from this many words on: five
 * syllables make a clause ("Nhiều hộ đã thoát nghèo."); widget labels ending with a period are shorter.
 */
export const SHORT_SENTENCE_MIN_WORDS = 5;

/**
 * A lead-in written as a clause of the text ("… có thể liên hệ theo địa chỉ:") rather than a label
 * ("Liên hệ:"): as many words as a short sentence, with a paragraph's share of stop words (STOPWORDS_LOW).
 */
export const PROSE_LEAD_IN_MIN_WORDS = SHORT_SENTENCE_MIN_WORDS;

/**
 * Shapes that are never prose. News paragraphs carry at most ~15% digits (dates, figures) and ~8%
 * punctuation; price tables, scores and timetables pass 40% digits, separator rows and icon strips 25%
 * punctuation.
 */
export const NON_PROSE_DIGIT_RATIO = 0.4;
/** The figure and punctuation shapes are measured from this many words on. */
export const NON_PROSE_MIN_WORDS = 4;
export const NON_PROSE_PUNCTUATION_RATIO = 0.25;
/**
 * Every word capitalised over six words or more is a menu of section names; Vietnamese sentences
 * capitalise only names. Capitals headings (mostly upper-case letters) are excluded: they are titles
 * and sub-headings.
 */
export const TITLE_CASE_MENU_RATIO = 1;
export const TITLE_CASE_MENU_MIN_WORDS = 6;
export const CAPITALS_HEADING_RATIO = 0.8;
