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
