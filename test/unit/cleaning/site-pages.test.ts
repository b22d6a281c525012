import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import { REMOVAL_REASONS } from '#domain/article/types';
import {
  BLOG_PAGE,
  BLOG_PARAGRAPH_1,
  BLOG_PARAGRAPH_2,
  BLOG_PARAGRAPH_3,
  BLOG_TITLE,
  GOLD_LEAD,
  GOLD_PAGE,
  GOLD_PARAGRAPH_2,
  GOLD_PARAGRAPH_3,
  GOLD_SHORT_PARAGRAPH,
  GOLD_TITLE,
  HEALTH_CAPTION,
  HEALTH_COMMENT,
  HEALTH_INLINE_LINK,
  HEALTH_PAGE,
  HEALTH_PARAGRAPH_1,
  HEALTH_PARAGRAPH_2,
  HEALTH_PARAGRAPH_3,
  HEALTH_SAPO,
  NATIONAL_CAPTION,
  NATIONAL_COMMENT,
  NATIONAL_LEAD,
  NATIONAL_PAGE,
  NATIONAL_PARAGRAPH_2,
  NATIONAL_PARAGRAPH_3,
  NATIONAL_PARAGRAPH_4,
  NATIONAL_RELATED_1,
  NATIONAL_RELATED_2,
  NATIONAL_RELATED_3,
  NATIONAL_SHORT_PARAGRAPH,
  NATIONAL_SUBHEADING,
  NATIONAL_TEASER,
  PORTAL_HEAD_CAPTION,
  PORTAL_LEAD,
  PORTAL_PAGE,
  PORTAL_PARAGRAPH_2,
  WEATHER_LEAD,
  WEATHER_PAGE,
  WEATHER_PARAGRAPH_2,
  WEATHER_PARAGRAPH_3,
  WEATHER_TITLE,
} from './fixtures/sites.ts';

const reasonOf = (removed: readonly { text: string; reason: string }[], text: string) =>
  removed.find((line) => line.text === text)?.reason;

describe('a national e-paper page with header clock, teasers, related headlines and comments', () => {
  const cleaned = cleanText(NATIONAL_PAGE);
  const body = cleaned.body.split('\n');

  it('keeps the article, its short paragraph and its sub-heading, in order', () => {
    expect(body).toEqual([
      NATIONAL_LEAD,
      NATIONAL_PARAGRAPH_2,
      NATIONAL_SHORT_PARAGRAPH,
      NATIONAL_PARAGRAPH_3,
      NATIONAL_SUBHEADING,
      NATIONAL_PARAGRAPH_4,
      NATIONAL_PARAGRAPH_2.replace('Theo phương án được phê duyệt', 'Cũng theo phương án này'),
    ]);
  });

  it('takes the date under the title, not the live clock of the header', () => {
    expect(cleaned.publishedAt).toBe('2026-11-21T08:30:00+07:00');
    expect(reasonOf(cleaned.removed, 'Thứ Hai, 23/11/2026 10:15 (GMT+7)')).toBe('other-widget');
  });

  it('reads title, bare author name after the article and the bracketed masthead as source', () => {
    expect(cleaned.title).toBe('Phân luồng nút giao phía tây trong ba tháng để xây cầu vượt');
    expect(cleaned.kicker).toBeNull();
    expect(cleaned.author).toBe('Hoàng Minh Đức');
    expect(cleaned.source).toBe('Tin Việt');
  });

  it('recognises the caption by what it describes', () => {
    expect(cleaned.captions).toEqual([NATIONAL_CAPTION]);
  });

  it('removes headline-shaped related links without a heading, and the teaser with the lead dateline', () => {
    for (const related of [NATIONAL_RELATED_1, NATIONAL_RELATED_2, NATIONAL_RELATED_3, NATIONAL_TEASER])
      expect(reasonOf(cleaned.removed, related)).toBe('related-news');
  });

  it('removes the whole comment thread, the prose comment included', () => {
    expect(reasonOf(cleaned.removed, 'Lê Thu Hà - 09:12 21/11/2026')).toBe('comments');
    expect(reasonOf(cleaned.removed, NATIONAL_COMMENT)).toBe('comments');
    expect(reasonOf(cleaned.removed, 'Trả lời · Thích · 2 giờ trước')).toBe('comments');
  });

  it('files each header and footer widget under its family', () => {
    const expected: Record<string, string> = {
      'Đăng nhập | Đăng ký': 'navigation',
      'Tìm kiếm': 'navigation',
      'Hotline: 0912 345 678': 'footer',
      'Trang chủ > Thời sự > Giao thông': 'navigation',
      'A- A A+': 'other-widget',
      'Chia sẻ Facebook Zalo': 'share-widget',
      'Theo dõi chúng tôi trên Fanpage': 'other-widget',
      'Từ khóa: cầu vượt, phân luồng, giao thông': 'other-widget',
      'Quảng cáo': 'advertising',
      'Liên hệ quảng cáo': 'advertising',
      '© Bản quyền thuộc về Tin Việt. Giấy phép số 123/GP-BTTTT': 'footer',
    };
    for (const [text, reason] of Object.entries(expected))
      expect(reasonOf(cleaned.removed, text)).toBe(reason);
  });

  it('accounts for every line with a reason from the closed list', () => {
    for (const line of cleaned.removed) expect(REMOVAL_REASONS).toContain(line.reason);
    const lineCount = NATIONAL_PAGE.split('\n').length;
    expect(cleaned.removed.length + cleaned.captions.length + body.length + 1).toBe(lineCount);
    expect(cleaned.quality).toEqual({ isArticle: true });
  });
});

describe('articles about what widgets show', () => {
  it('keeps an article about gold prices, title included, and still drops the gold box after it', () => {
    const cleaned = cleanText(GOLD_PAGE);
    expect(cleaned.title).toBe(GOLD_TITLE);
    expect(cleaned.body.split('\n')).toEqual([
      GOLD_LEAD,
      GOLD_PARAGRAPH_2,
      GOLD_SHORT_PARAGRAPH,
      GOLD_PARAGRAPH_3,
    ]);
    expect(reasonOf(cleaned.removed, 'SJC 88,5 90,5')).toBe('gold-price');
    expect(reasonOf(cleaned.removed, 'USD 25.100 25.460')).toBe('exchange-rate');
    expect(cleaned.author).toBe('Thanh Tâm');
  });

  it('reads 07/08/2025 day-first with an "14h30" time', () => {
    expect(cleanText(GOLD_PAGE).publishedAt).toBe('2025-08-07T14:30:00+07:00');
  });

  it('keeps an article about the weather and removes the weather box above its title', () => {
    const cleaned = cleanText(WEATHER_PAGE);
    expect(cleaned.title).toBe(WEATHER_TITLE);
    expect(cleaned.kicker).toBeNull();
    expect(cleaned.body.split('\n')).toEqual([WEATHER_LEAD, WEATHER_PARAGRAPH_2, WEATHER_PARAGRAPH_3]);
    expect(reasonOf(cleaned.removed, 'Trời nhiều mây, không mưa')).toBe('weather');
    expect(cleaned.publishedAt).toBe('2025-12-02T15:20:00+07:00');
  });
});

describe('a blog post', () => {
  const cleaned = cleanText(BLOG_PAGE);

  it('keeps the post and reads the "Đăng bởi … lúc …" line as author and date', () => {
    expect(cleaned.title).toBe(BLOG_TITLE);
    expect(cleaned.body.split('\n')).toEqual([BLOG_PARAGRAPH_1, BLOG_PARAGRAPH_2, BLOG_PARAGRAPH_3]);
    expect(cleaned.author).toBe('Minh Khoa');
    expect(cleaned.publishedAt).toBe('2024-03-12T10:15:00+07:00');
  });

  it('removes the blog-engine footer: categories, previous/next, reply prompt, engine signature', () => {
    for (const text of [
      'Chuyên mục: Du lịch, Tây Bắc',
      'Bài trước: Mùa lúa chín trên những thửa ruộng bậc thang',
      'Bài sau: Ăn gì khi ghé thị trấn vùng biên',
      'Để lại bình luận',
      'Được tạo bởi WordPress | Giao diện: Minimal',
    ])
      expect(reasonOf(cleaned.removed, text)).toBe('footer');
  });
});

describe('a provincial portal page', () => {
  const cleaned = cleanText(PORTAL_PAGE);

  it('takes the all-capitals headline as title and not the site name as kicker', () => {
    expect(cleaned.title).toBe('PHỤ NỮ TỈNH TUYÊN DƯƠNG 50 HỘI VIÊN KHỞI NGHIỆP TIÊU BIỂU');
    expect(cleaned.kicker).toBeNull();
    expect(reasonOf(cleaned.removed, 'Cổng thông tin điện tử tỉnh')).toBe('navigation');
  });

  it('reads the date fused with a view counter and a print link', () => {
    expect(cleaned.publishedAt).toBe('2022-10-15T09:00:00+07:00');
  });

  it('takes the photo caption above the lead as a caption, not as the title', () => {
    expect(cleaned.captions).toEqual([PORTAL_HEAD_CAPTION]);
    expect(cleaned.body.split('\n')).toEqual([PORTAL_LEAD, PORTAL_PARAGRAPH_2]);
    expect(cleaned.source).toBe('Hội LHPN tỉnh');
  });
});

describe('a health article with an inline "Xem thêm" link and a short closing paragraph', () => {
  const cleaned = cleanText(HEALTH_PAGE);

  it('keeps the sapo and every paragraph, the one after the inline link included', () => {
    expect(cleaned.body.split('\n')).toEqual([
      HEALTH_SAPO,
      HEALTH_PARAGRAPH_1,
      HEALTH_PARAGRAPH_2,
      HEALTH_PARAGRAPH_3,
    ]);
    expect(reasonOf(cleaned.removed, HEALTH_INLINE_LINK)).toBe('related-news');
  });

  it('reads the date above the title under the section name, the caption and the author', () => {
    expect(cleaned.publishedAt).toBe('2026-11-23T10:15:00+07:00');
    expect(cleaned.kicker).toBe('Sức khỏe');
    expect(cleaned.captions).toEqual([HEALTH_CAPTION]);
    expect(cleaned.author).toBe('Lê Nga');
  });

  it('removes the comment with its name line and the most-read box', () => {
    expect(reasonOf(cleaned.removed, HEALTH_COMMENT)).toBe('comments');
    expect(reasonOf(cleaned.removed, 'Trần Hoàng')).toBe('comments');
    expect(reasonOf(cleaned.removed, 'Giá xăng giảm mạnh từ chiều nay')).toBe('related-news');
  });
});
