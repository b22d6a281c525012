import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import { PAGE_WITH_FOOTER } from './fixtures/pages.ts';
import {
  BLOG_PAGE,
  ENGLISH_PAGE,
  HEADLINES_ONLY_PAGE,
  LISTING_PAGE,
  LOGIN_PAGE,
  NATIONAL_PAGE,
  PORTAL_PAGE,
} from './fixtures/sites.ts';

describe('the article gate', () => {
  it.each([
    ['a provincial article', PAGE_WITH_FOOTER],
    ['a national article with comments', NATIONAL_PAGE],
    ['a blog post', BLOG_PAGE],
    ['a short portal article', PORTAL_PAGE],
  ])('passes %s', (_name, page) => {
    expect(cleanText(page).quality).toEqual({ isArticle: true });
  });

  it('flags a category page of headlines with teasers as a listing', () => {
    expect(cleanText(LISTING_PAGE).quality).toEqual({ isArticle: false, reason: 'listing' });
  });

  it('flags a page of bare headlines as a listing', () => {
    expect(cleanText(HEADLINES_ONLY_PAGE).quality).toEqual({ isArticle: false, reason: 'listing' });
  });

  it('flags a login page as empty', () => {
    expect(cleanText(LOGIN_PAGE).quality).toEqual({ isArticle: false, reason: 'empty' });
  });

  it('flags English text as not Vietnamese', () => {
    expect(cleanText(ENGLISH_PAGE).quality).toEqual({ isArticle: false, reason: 'not-vietnamese' });
  });

  it('flags a page that keeps a single sentence as too short', () => {
    const page = [
      'Thông báo',
      'Trang đang được bảo trì, mời bạn đọc quay lại sau ít phút nữa để tiếp tục theo dõi tin tức.',
    ].join('\n');
    expect(cleanText(page).quality).toEqual({ isArticle: false, reason: 'too-short' });
  });
});

describe('the article gate on long features', () => {
  it('passes a feature with sub-headings and captions between its paragraphs', () => {
    const paragraph = (n: number) =>
      `Đoạn ${n}: người dân trong xã đã cùng nhau góp công, góp sức làm đường giao thông nông thôn, nhờ đó việc đi lại và vận chuyển nông sản trở nên thuận tiện hơn rất nhiều so với trước đây.`;
    const page = [
      'Con đường mới về bản',
      paragraph(1),
      'Người dân góp đất mở rộng đường liên thôn',
      paragraph(2),
      paragraph(3),
      'Hiệu quả từ cách làm dân chủ',
      paragraph(4),
      'Bà con cùng nhau đổ bê tông mặt đường tại thôn Nà Khao',
      paragraph(5),
      paragraph(6),
      'Những con đường nối dài niềm vui của người dân vùng cao',
      paragraph(7),
    ].join('\n');
    expect(cleanText(page).quality).toEqual({ isArticle: true });
  });
});

describe('the article gate on spec sheets', () => {
  it('passes a review whose spec rows, headline-shaped, stand under a lead-in between two paragraphs', () => {
    const lead =
      'Mẫu SUV cỡ C thế hệ mới vừa được phân phối chính hãng với ba phiên bản, cạnh tranh trực tiếp với các đối thủ cùng phân khúc nhờ động cơ tăng áp và nhiều trang bị an toàn chủ động.';
    const closing =
      'Trải nghiệm trên cung đường đèo, xe tăng tốc mượt, hộp số phản hồi nhanh, khoang cabin cách âm tốt ở tốc độ dưới 80 km/h, điểm trừ là hàng ghế thứ ba chật và chỉ phù hợp với trẻ em.';
    const page = [
      'Đánh giá nhanh mẫu SUV cỡ C vừa ra mắt',
      lead,
      'Thông số kỹ thuật chính:',
      'Động cơ: 1.5L tăng áp, 4 xi-lanh',
      'Công suất: 177 mã lực tại 5.500 vòng/phút',
      'Hộp số: CVT giả lập 8 cấp',
      'Kích thước: 4.650 x 1.855 x 1.680 mm',
      closing,
    ].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.body.split('\n')).toHaveLength(7);
    expect(cleaned.quality).toEqual({ isArticle: true });
  });
});
