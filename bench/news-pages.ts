// Full-length news pages for the throughput benchmark: the project samples are short pages, mostly
// boilerplate (two kilobytes, a third of it body), while a regional article as a crawler delivers it
// runs to several kilobytes of paragraphs between a site header and footer. These pages have that shape:
// header widgets, title, date line, lead, a dozen paragraphs of several sentences with a photo caption,
// byline, a related-news list and a footer. Deterministic for a seed; sentences from the soak corpus
// material (written for the project).
import { createRandom, fillSlots as fill, pick } from './soak/soak-corpus.ts';
import { AUTHORS, HEADLINES, NEWS_SITES, PROVINCE_PLACES, SENTENCES } from './soak/vietnamese-templates.ts';

/** Paragraphs per page and sentences per paragraph: pages of five to nine kilobytes. */
const MIN_PARAGRAPHS = 8;
const EXTRA_PARAGRAPHS = 6;
const MIN_SENTENCES_PER_PARAGRAPH = 2;
const EXTRA_SENTENCES_PER_PARAGRAPH = 3;
const RELATED_HEADLINES = 5;
/** The photo sits after this paragraph, as on most article pages. */
const CAPTION_AFTER_PARAGRAPH = 2;

const pad2 = (value: number): string => String(value).padStart(2, '0');

function buildPage(random: () => number, serial: number): string {
  const site = pick(random, NEWS_SITES);
  const place = pick(random, PROVINCE_PLACES);
  const paragraphCount = MIN_PARAGRAPHS + Math.floor(random() * EXTRA_PARAGRAPHS);
  const paragraphs = Array.from({ length: paragraphCount }, () => {
    const sentences = MIN_SENTENCES_PER_PARAGRAPH + Math.floor(random() * EXTRA_SENTENCES_PER_PARAGRAPH);
    return Array.from({ length: sentences }, () => fill(pick(random, SENTENCES), random, place)).join(' ');
  });
  const caption = `${fill(pick(random, HEADLINES), random, place)}. Ảnh: ${pick(random, AUTHORS)}`;
  const related = Array.from({ length: RELATED_HEADLINES }, () =>
    fill(pick(random, HEADLINES), random, pick(random, PROVINCE_PLACES)),
  );
  const date = `${pad2(1 + Math.floor(random() * 28))}/${pad2(1 + Math.floor(random() * 12))}/2024`;
  return [
    ...site.header,
    fill(pick(random, HEADLINES), random, place),
    `${pad2(6 + Math.floor(random() * 14))}:${pad2(Math.floor(random() * 60))} - ${date}`,
    ...paragraphs.slice(0, CAPTION_AFTER_PARAGRAPH + 1),
    caption,
    ...paragraphs.slice(CAPTION_AFTER_PARAGRAPH + 1),
    `Bài viết số ${serial} của chuyên mục thời sự địa phương.`,
    pick(random, AUTHORS),
    site.footer[0] ?? 'Tin liên quan',
    ...related,
    ...site.footer.slice(1),
  ].join('\n');
}

/** `count` pages, the same for the same seed. */
export function generateNewsPages(count: number, seed = 1): string[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, serial) => buildPage(random, serial + 1));
}
