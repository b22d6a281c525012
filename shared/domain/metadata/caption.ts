// Photo captions: short lines set between paragraphs that are not part of the running text.
import type { SegmentFeatures } from '#domain/text/segment';

// Calibration: captions on Vietnamese news pages run from two words ("Toàn cảnh buổi lễ") to about
// two lines (~40 words, ~250 characters); a line without final punctuation longer than that is more
// likely a paragraph whose period the scraper lost.
const CAPTION_MAX_CHARS = 260;
const CAPTION_MIN_WORDS = 2;
// With an explicit photo credit a caption may be a full sentence or two.
const CREDITED_CAPTION_MAX_CHARS = 450;
// "Ảnh: Hải Yến", "(Ảnh TL)", "(Ảnh: TTXVN)", "Ảnh minh họa", "Nguồn ảnh: …" at the end or start.
const PHOTO_CREDIT_AT_END =
  /(?:^|[\s.,–-])\(?\s*(?:nguồn\s+)?ảnh\s*(?::|minh\s+họa|minh\s+hoạ|tư\s+liệu|internet|tl\b|chụp)[^()]*\)?\s*$/iu;
const PHOTO_CREDIT_AT_START = /^\(?\s*ảnh\s*(?::|minh\s+họa|minh\s+hoạ)/iu;
// Lines that continue the text rather than stand beside it: list items and lead-ins to a list.
const LIST_ITEM = /^(?:[-–•+*]|\d{1,2}[.)]|[a-zđ][.)])\s/u;
const CONTINUES_TEXT = /[:;,]$/;

/** True when the line carries a photo credit ("Ảnh: …", "(Ảnh …)"), which only captions do. */
export function hasPhotoCredit(text: string): boolean {
  return PHOTO_CREDIT_AT_END.test(text) || PHOTO_CREDIT_AT_START.test(text);
}

/**
 * Whether a line standing between body paragraphs is a caption: it has a photo credit, or it is a short
 * line that does not end like a sentence and is not a list item.
 */
export function isCaptionLine(text: string, features: SegmentFeatures): boolean {
  if (hasPhotoCredit(text) && features.charCount <= CREDITED_CAPTION_MAX_CHARS) return true;
  if (features.endsWithSentencePunctuation || CONTINUES_TEXT.test(text) || LIST_ITEM.test(text)) return false;
  return features.charCount <= CAPTION_MAX_CHARS && features.wordCount >= CAPTION_MIN_WORDS;
}
