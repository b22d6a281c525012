// A jusText-style boilerplate remover (Pomikálek 2011, the `justext` Python package's algorithm) for
// plain text: the speed and quality reference the cleaner is measured against. Each non-empty line is
// a paragraph. Faithful to jusText where text allows: the same thresholds, the copyright rule, words
// split on white space and looked up lower-cased in the stop list, the edges of the page counting as
// bad, short paragraphs revised first (against the context-free classes) and near-good ones after
// (in place, left to right). What needs HTML is left out: link density is 0 (plain text has no links,
// so `maxLinkDensity` never fires), and there are no headings or <select> paths.
import { VIETNAMESE_STOPWORDS } from '#domain/text/stopwords';

/** jusText's defaults (justext/core.py: LENGTH_LOW_DEFAULT … MAX_LINK_DENSITY_DEFAULT). */
export const JUSTEXT_DEFAULTS = {
  lengthLow: 70,
  lengthHigh: 200,
  stopwordsLow: 0.3,
  stopwordsHigh: 0.32,
  maxLinkDensity: 0.2,
} as const;

export type JustextOptions = { readonly [K in keyof typeof JUSTEXT_DEFAULTS]: number };

export const JUSTEXT_CLASSES = ['good', 'near-good', 'short', 'bad'] as const;
export type JustextClass = (typeof JUSTEXT_CLASSES)[number];

export interface JustextParagraph {
  readonly text: string;
  /** Before context: by length and stop-word density alone. */
  readonly contextFreeClass: JustextClass;
  /** After the context revision: good or bad. */
  readonly finalClass: 'good' | 'bad';
}

/** Plain text carries no links; jusText's link density is the share of characters inside <a>. */
const LINK_DENSITY_OF_TEXT = 0;
const WHITE_SPACE = /\s+/;
/** jusText drops any paragraph with a copyright sign (core.py: `'\xa9' in text or '&copy' in text`). */
const COPYRIGHT = /\u00a9|&copy/;

function measureStopwordDensity(text: string, stopwords: ReadonlySet<string>): number {
  const words = text.split(WHITE_SPACE);
  let stopwordCount = 0;
  for (const word of words) if (stopwords.has(word.toLowerCase())) stopwordCount++;
  return words.length === 0 ? 0 : stopwordCount / words.length;
}

function classifyContextFree(
  text: string,
  options: JustextOptions,
  stopwords: ReadonlySet<string>,
): JustextClass {
  // jusText measures every paragraph before it branches (classify_paragraphs computes the stop-word
  // density first), so a short paragraph costs its word look-ups too.
  const density = measureStopwordDensity(text, stopwords);
  if (LINK_DENSITY_OF_TEXT > options.maxLinkDensity) return 'bad';
  if (COPYRIGHT.test(text)) return 'bad';
  if (text.length < options.lengthLow) return 'short';
  if (density >= options.stopwordsHigh) return text.length > options.lengthHigh ? 'good' : 'near-good';
  if (density >= options.stopwordsLow) return 'near-good';
  return 'bad';
}

/** For each paragraph, the class of the nearest earlier one that is good or bad (or near-good too,
 *  when `stopAtNearGood`), skipping the rest; 'bad' past the page's start. One linear pass. */
function scanNeighbours(
  classes: readonly JustextClass[],
  stopAtNearGood: boolean,
  order: 'forward' | 'backward',
): JustextClass[] {
  const neighbours = new Array<JustextClass>(classes.length);
  let last: JustextClass = 'bad';
  const count = classes.length;
  for (let step = 0; step < count; step++) {
    const i = order === 'forward' ? step : count - 1 - step;
    neighbours[i] = last;
    const own = classes[i]!;
    if (own === 'good' || own === 'bad' || (stopAtNearGood && own === 'near-good')) last = own;
  }
  return neighbours;
}

function reviseShort(classes: readonly JustextClass[]): JustextClass[] {
  const previous = scanNeighbours(classes, false, 'forward');
  const next = scanNeighbours(classes, false, 'backward');
  const previousOrNearGood = scanNeighbours(classes, true, 'forward');
  const nextOrNearGood = scanNeighbours(classes, true, 'backward');
  return classes.map((own, i) => {
    if (own !== 'short') return own;
    const before = previous[i]!;
    const after = next[i]!;
    if (before === 'good' && after === 'good') return 'good';
    if (before === 'bad' && after === 'bad') return 'bad';
    if (
      (before === 'bad' && previousOrNearGood[i] === 'near-good') ||
      (after === 'bad' && nextOrNearGood[i] === 'near-good')
    ) {
      return 'good';
    }
    return 'bad';
  });
}

/** jusText revises near-good paragraphs in place, left to right: the paragraph before is already
 *  settled, the next good or bad one is read from the classes after the short pass. */
function reviseNearGood(classes: readonly JustextClass[]): ('good' | 'bad')[] {
  const next = scanNeighbours(classes, false, 'backward');
  const revised: ('good' | 'bad')[] = [];
  for (let i = 0; i < classes.length; i++) {
    const own = classes[i]!;
    if (own === 'good' || own === 'bad') {
      revised.push(own);
      continue;
    }
    const before = i === 0 ? 'bad' : revised[i - 1]!;
    revised.push(before === 'bad' && next[i] === 'bad' ? 'bad' : 'good');
  }
  return revised;
}

/** Paragraphs (non-empty trimmed lines, inner white space collapsed as jusText does) with classes. */
export function classifyParagraphsJustext(
  text: string,
  options: JustextOptions = JUSTEXT_DEFAULTS,
  stopwords: ReadonlySet<string> = VIETNAMESE_STOPWORDS,
): JustextParagraph[] {
  const paragraphs: string[] = [];
  for (const line of text.split('\n')) {
    const collapsed = line.trim().replace(/\s+/g, ' ');
    if (collapsed !== '') paragraphs.push(collapsed);
  }
  const contextFree = paragraphs.map((paragraph) => classifyContextFree(paragraph, options, stopwords));
  const final = reviseNearGood(reviseShort(contextFree));
  return paragraphs.map((paragraph, i) => ({
    text: paragraph,
    contextFreeClass: contextFree[i]!,
    finalClass: final[i]!,
  }));
}

/** The good paragraphs, one per line: what jusText keeps of the page. */
export function extractBodyJustext(
  text: string,
  options: JustextOptions = JUSTEXT_DEFAULTS,
  stopwords: ReadonlySet<string> = VIETNAMESE_STOPWORDS,
): string {
  return classifyParagraphsJustext(text, options, stopwords)
    .filter((paragraph) => paragraph.finalClass === 'good')
    .map((paragraph) => paragraph.text)
    .join('\n');
}
