import { describe, expect, it } from 'vitest';
import { chooseHeadline, isSameHeadline, stripSiteName } from '#domain/html/headline';

const HEADLINE = 'Quảng Ninh khánh thành cầu mới nối hai bờ sông Ka Long';

describe('stripSiteName', () => {
  it('drops the site name or the bare domain at either end of a title', () => {
    expect(stripSiteName(`${HEADLINE} - Báo Quảng Ninh`, 'Báo Quảng Ninh')).toBe(HEADLINE);
    expect(stripSiteName(`${HEADLINE} | baoquangninh.example.vn`)).toBe(HEADLINE);
    expect(stripSiteName(`Báo Quảng Ninh » ${HEADLINE}`, 'Báo Quảng Ninh')).toBe(HEADLINE);
  });

  it('keeps a dash that belongs to the headline', () => {
    const title = 'Móng Cái - Đông Hưng tăng chuyến xe khách qua cửa khẩu';
    expect(stripSiteName(title, 'Báo Quảng Ninh')).toBe(title);
  });
});

describe('isSameHeadline', () => {
  it('matches a title cut for search engines, not two different headlines', () => {
    expect(isSameHeadline(HEADLINE, 'Quảng Ninh khánh thành cầu mới nối hai bờ sông...')).toBe(true);
    expect(isSameHeadline(HEADLINE, 'Quảng Ninh khánh thành')).toBe(false);
    expect(isSameHeadline(HEADLINE, 'Hải Phòng khởi công cầu mới qua sông Cấm')).toBe(false);
  });
});

describe('chooseHeadline', () => {
  it('skips a logo heading and takes the full heading that agrees with the declared title', () => {
    expect(
      chooseHeadline({
        headings: ['Báo Quảng Ninh', HEADLINE],
        declared: ['Quảng Ninh khánh thành cầu mới nối hai bờ...'],
        siteName: 'Báo Quảng Ninh',
      }),
    ).toBe(HEADLINE);
  });

  it('falls back to the declared title, then the heading', () => {
    expect(chooseHeadline({ headings: ['Thời sự'], declared: [HEADLINE] })).toBe(HEADLINE);
    expect(chooseHeadline({ headings: [HEADLINE], declared: [] })).toBe(HEADLINE);
    expect(chooseHeadline({ headings: [], declared: [] })).toBeNull();
  });

  it('uses <title> only when the page also shows it, since portals title every page with their name', () => {
    const withSite = { headings: [], declared: [], fallbacks: [`${HEADLINE} - Báo QN`], siteName: 'Báo QN' };
    expect(chooseHeadline({ ...withSite, shownLines: ['Thời sự', HEADLINE, 'Đoạn văn'] })).toBe(HEADLINE);
    expect(chooseHeadline({ ...withSite, shownLines: ['Một bài khác hẳn về nông nghiệp'] })).toBeNull();
  });
});
