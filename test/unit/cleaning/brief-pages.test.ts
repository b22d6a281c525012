// Pages whose paragraphs are all short: the mechanisms that find the article's paragraphs, the comment
// thread after them and the teasers around them must not depend on long paragraphs.
import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import {
  BLOOM_PAGE,
  BLOOM_PARAGRAPHS,
  BRIDGE_CLOSING_CAPTION,
  BRIDGE_PAGE,
  BRIDGE_PARAGRAPHS,
  EDU_CAPTION,
  EDU_COMMENT,
  EDU_LAST_PARAGRAPH,
  EDU_PAGE,
  EDU_PARAGRAPHS,
  EDU_TITLE,
  FEATURE_BODY,
  FEATURE_CAPTION,
  FEATURE_INLINE_LINK,
  FEATURE_PAGE,
  QUESTION_BODY,
  QUESTION_PAGE,
  QUESTION_TITLE,
  PROVINCE_SECTION_PAGE,
  WATER_LEAD,
  WATER_PAGE,
  WATER_PARAGRAPHS,
  WATER_TEASER,
} from './fixtures/brief-pages.ts';

const reasonOf = (removed: readonly { text: string; reason: string }[], text: string) =>
  removed.find((line) => line.text === text)?.reason;

describe('a brief with a credited photo, the author under it and a comment thread', () => {
  const cleaned = cleanText(EDU_PAGE);

  it('keeps every paragraph and only them', () => {
    expect(cleaned.body.split('\n')).toEqual([...EDU_PARAGRAPHS, EDU_LAST_PARAGRAPH]);
  });

  it('takes the credited photo line as a caption, though the classifier finds it too short', () => {
    expect(cleaned.captions).toEqual([EDU_CAPTION]);
  });

  it('removes the comment after a comments heading and its sort tab', () => {
    expect(reasonOf(cleaned.removed, EDU_COMMENT)).toBe('comments');
  });

  it('reads title, date and the bare author name after the last paragraph', () => {
    expect(cleaned.title).toBe(EDU_TITLE);
    expect(cleaned.publishedAt).toBe('2025-03-11T09:15:00+07:00');
    expect(cleaned.author).toBe('Thanh Hằng');
  });
});

describe('a brief that closes with a credited photo', () => {
  const cleaned = cleanText(BRIDGE_PAGE);

  it('keeps the paragraphs and takes the closing photo line as a caption', () => {
    expect(cleaned.body.split('\n')).toEqual(BRIDGE_PARAGRAPHS);
    expect(cleaned.captions).toEqual([BRIDGE_CLOSING_CAPTION]);
    expect(cleaned.author).toBe('CHÍ QUỐC');
  });
});

describe('a brief whose lead and a teaser share the dateline', () => {
  const cleaned = cleanText(WATER_PAGE);

  it('keeps the lead, which the article follows, and removes the teaser', () => {
    expect(cleaned.body.split('\n')).toEqual([WATER_LEAD, ...WATER_PARAGRAPHS]);
    expect(reasonOf(cleaned.removed, WATER_TEASER)).toBe('related-news');
  });

  it('reads the date line above the share bar as the publication date, not as a header clock', () => {
    expect(cleaned.publishedAt).toBe('2025-03-08T10:20:00+07:00');
    expect(cleaned.source).toBe('Dân trí');
    expect(cleaned.author).toBe('Đoàn Hoa');
  });
});

describe('an author named under the date line, above the title', () => {
  it('reads the name as the author, not as a kicker, and the agency as the source', () => {
    const cleaned = cleanText(BLOOM_PAGE);
    expect(cleaned.author).toBe('Minh Khôi');
    expect(cleaned.kicker).toBeNull();
    expect(cleaned.source).toBe('Kyodo');
    expect(cleaned.body.split('\n')).toEqual(BLOOM_PARAGRAPHS);
  });

  it('does not take a province name in that place for an author', () => {
    const cleaned = cleanText(PROVINCE_SECTION_PAGE);
    expect(cleaned.author).toBeNull();
    expect(cleaned.title).toBe('Nông dân Cà Mau vào vụ tôm lúa mới');
  });
});

describe('sub-headings and a list between paragraphs of middling length', () => {
  const cleaned = cleanText(FEATURE_PAGE);

  it('keeps the numbered sub-headings, the lead-in and every list item in the body, in order', () => {
    expect(cleaned.body.split('\n')).toEqual(FEATURE_BODY);
  });

  it('still takes the photo out as a caption and the inline link out as related news', () => {
    expect(cleaned.captions).toEqual([FEATURE_CAPTION]);
    expect(reasonOf(cleaned.removed, FEATURE_INLINE_LINK)).toBe('related-news');
  });

  it('leaves the list of related headlines after the article out of the body', () => {
    expect(cleaned.body).not.toContain('tàu biển đầu năm');
    expect(cleaned.author).toBe('VĂN KỲ');
  });
});

describe('a question headline under a section label', () => {
  it('takes the question as the title, not as the first paragraph', () => {
    const cleaned = cleanText(QUESTION_PAGE);
    expect(cleaned.title).toBe(QUESTION_TITLE);
    expect(cleaned.body.split('\n')).toEqual(QUESTION_BODY);
    expect(cleaned.publishedAt).toBe('2025-03-14T06:00:00+07:00');
    expect(cleaned.author).toBe('Lê Hoa');
  });
});
