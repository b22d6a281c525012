import { describe, expect, it } from 'vitest';
import { cleanText, runCleaningStages } from '#domain/cleaning/index';
import { REMOVAL_REASONS } from '#domain/article/types';
import {
  CAPTION_BAC_KAN,
  LEAD_BAC_KAN,
  LEAD_MASTHEAD,
  PAGE_WITH_FOOTER,
  PAGE_WITH_SOURCE_LINE,
  PAGE_WITH_TOP_BYLINE,
  LEAD_DOMAIN_MASTHEAD,
  PARAGRAPH_DOMAIN_MASTHEAD_2,
  PAGE_WITHOUT_DATE_LINE,
  PARAGRAPH_BAC_KAN_2,
  PARAGRAPH_BAC_KAN_3,
  PARAGRAPH_MASTHEAD_2,
  SHORT_CAPTION,
  SENTENCE_WITH_EVENT_DATE,
} from './fixtures/pages.ts';

const reasonOf = (removed: readonly { text: string; reason: string }[], text: string) =>
  removed.find((line) => line.text === text)?.reason;

describe('cleanText on a page with header and footer widgets', () => {
  const cleaned = cleanText(PAGE_WITH_FOOTER);

  it('keeps exactly the three paragraphs as body, in order', () => {
    expect(cleaned.body.split('\n')).toEqual([LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3]);
  });

  it('reads title (with Đ restored), kicker, date, author', () => {
    expect(cleaned.title).toBe('Đẩy mạnh trồng rừng gắn với phát triển kinh tế hộ gia đình');
    expect(cleaned.kicker).toBe('Đảng bộ huyện Chợ Mới');
    expect(cleaned.publishedAt).toBe('2024-03-17T09:15:00+07:00');
    expect(cleaned.author).toBe('Ngọc Lan');
  });

  it('moves both captions out of the body', () => {
    expect(cleaned.captions).toEqual([CAPTION_BAC_KAN, SHORT_CAPTION]);
  });

  it('files every footer line under its widget, including the data rows under a widget heading', () => {
    const { removed } = cleaned;
    expect(reasonOf(removed, 'Bỏ qua nội dung chính')).toBe('navigation');
    expect(reasonOf(removed, 'Trang chủ > Kinh tế > Nông nghiệp')).toBe('navigation');
    expect(reasonOf(removed, 'Chia sẻ lên Facebook')).toBe('share-widget');
    expect(reasonOf(removed, 'Gửi bình luận')).toBe('comments');
    expect(reasonOf(removed, 'Ý kiến bạn đọc (2)')).toBe('comments');
    expect(reasonOf(removed, '19°C - 27°C')).toBe('weather');
    expect(reasonOf(removed, 'Trời nhiều mây, có mưa rào')).toBe('weather');
    expect(reasonOf(removed, 'EUR')).toBe('exchange-rate');
    expect(reasonOf(removed, 'Cần Thơ')).toBe('gold-price');
    expect(reasonOf(removed, 'Huyện Chợ Mới ra quân trồng cây đầu xuân')).toBe('related-news');
    expect(reasonOf(removed, '© Bản quyền thuộc về Báo Điện tử tỉnh')).toBe('footer');
  });

  it('removes the date line, byline and role line as metadata', () => {
    expect(reasonOf(cleaned.removed, 'Ngọc Lan')).toBe('metadata');
    expect(reasonOf(cleaned.removed, 'Phóng viên Ban Thời sự')).toBe('metadata');
    expect(cleaned.removed.filter((line) => line.reason === 'metadata')).toHaveLength(3);
  });

  it('gives every removed line a reason from the closed list and loses no line', () => {
    for (const line of cleaned.removed) expect(REMOVAL_REASONS).toContain(line.reason);
    const state = runCleaningStages(PAGE_WITH_FOOTER);
    const accounted = cleaned.removed.length + cleaned.captions.length + cleaned.body.split('\n').length + 2;
    expect(accounted).toBe(state.lines.length);
  });
});

describe('cleanText on a portal page with a source line', () => {
  const cleaned = cleanText(PAGE_WITH_SOURCE_LINE);

  it('keeps the masthead prefix in the lead and takes the source from the "Nguồn" line', () => {
    expect(cleaned.body).toBe(`${LEAD_MASTHEAD}\n${PARAGRAPH_MASTHEAD_2}`);
    expect(cleaned.source).toBe('Sở Giáo dục và Đào tạo');
  });

  it('reads an all-capitals title and a "Cập nhật" date with 15h20', () => {
    expect(cleaned.title).toBe('KỲ THI TUYỂN SINH LỚP 10 NĂM HỌC 2024-2025 SẴN SÀNG');
    expect(cleaned.publishedAt).toBe('2024-06-06T15:20:00+07:00');
  });

  it('removes the language switch and the back link as navigation', () => {
    expect(reasonOf(cleaned.removed, 'English | Tiếng Việt | Français')).toBe('navigation');
    expect(reasonOf(cleaned.removed, '[Quay lại]')).toBe('navigation');
  });

  it('falls back on the masthead when there is no source line', () => {
    const withoutSourceLine = PAGE_WITH_SOURCE_LINE.split('\n')
      .filter((line) => !line.includes('Nguồn'))
      .join('\n');
    expect(cleanText(withoutSourceLine).source).toBe('QTO');
  });
});

describe('cleanText without a date line', () => {
  const cleaned = cleanText(PAGE_WITHOUT_DATE_LINE);

  it('does not take an event date from the lead as the publication date', () => {
    expect(cleaned.publishedAt).toBeNull();
    expect(cleaned.body.startsWith(SENTENCE_WITH_EVENT_DATE)).toBe(true);
  });

  it('takes a bare domain line at the end as the source', () => {
    expect(cleaned.source).toBe('baohagiang.vn');
    expect(cleaned.author).toBeNull();
  });
});

describe('cleanText on a page with a byline under the title', () => {
  const cleaned = cleanText(PAGE_WITH_TOP_BYLINE);

  it('keeps the body and the caption apart', () => {
    expect(cleaned.body).toBe(`${LEAD_DOMAIN_MASTHEAD}\n${PARAGRAPH_DOMAIN_MASTHEAD_2}`);
    expect(cleaned.captions).toEqual(['Du khách tắm biển tại bãi tắm trung tâm']);
  });

  it('reads the labelled byline as author and the "Theo" agency line as source', () => {
    expect(cleaned.author).toBe('Lê Hà');
    expect(cleaned.source).toBe('TTXVN');
    expect(cleaned.publishedAt).toBe('2024-05-08T10:30:00+07:00');
  });

  it('does not take the menu as kicker and removes it as navigation', () => {
    expect(cleaned.title).toBe('Hàng nghìn du khách đổ về biển Sầm Sơn dịp nghỉ lễ');
    expect(cleaned.kicker).toBeNull();
    expect(reasonOf(cleaned.removed, 'Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao')).toBe('navigation');
  });

  it('removes related headlines under their heading and the tag line', () => {
    expect(cleaned.removed.filter((line) => line.reason === 'related-news')).toHaveLength(2);
    expect(reasonOf(cleaned.removed, 'Từ khóa: du lịch, Sầm Sơn')).toBe('other-widget');
  });

  it('takes a bracketed domain masthead as source when nothing better is there', () => {
    const withoutAgency = PAGE_WITH_TOP_BYLINE.replace('Theo TTXVN\n', '');
    expect(cleanText(withoutAgency).source).toBe('baothanhhoa.vn');
  });
});

describe('cleanText with hints and edge cases', () => {
  it('uses the title hint and still removes the title line from the body', () => {
    const cleaned = cleanText(PAGE_WITHOUT_DATE_LINE, { title: 'Nông dân Hà Giang thi đua sản xuất giỏi' });
    expect(cleaned.title).toBe('Nông dân Hà Giang thi đua sản xuất giỏi');
    expect(cleaned.body).not.toContain('thi đua sản xuất giỏi\n');
  });

  it('finds a date line printed just under the lead, but not one deep in the text', () => {
    const [title, lead, ...rest] = PAGE_WITHOUT_DATE_LINE.split('\n');
    const underLead = [title, lead, 'Thứ Bảy, 25/11/2023 - 18:02', ...rest].join('\n');
    expect(cleanText(underLead).publishedAt).toBe('2023-11-25T18:02:00+07:00');
    const deep = [
      title,
      lead,
      ...rest.slice(0, 1),
      PARAGRAPH_BAC_KAN_2,
      PARAGRAPH_BAC_KAN_3,
      '25/11/2023',
    ].join('\n');
    expect(cleanText(deep).publishedAt).toBeNull();
    const photoNote = [title, lead, 'Ảnh chụp ngày 20/11/2023 tại hội trường', ...rest].join('\n');
    expect(cleanText(photoNote).publishedAt).toBeNull();
  });

  it('removes a repeated paragraph as a duplicate', () => {
    const page = PAGE_WITHOUT_DATE_LINE.replace(
      'baohagiang.vn',
      `${PARAGRAPH_BAC_KAN_2}\n${PARAGRAPH_BAC_KAN_2}`,
    );
    const cleaned = cleanText(page);
    expect(cleaned.body.split('\n').filter((line) => line === PARAGRAPH_BAC_KAN_2)).toHaveLength(1);
    expect(reasonOf(cleaned.removed, PARAGRAPH_BAC_KAN_2)).toBe('duplicate');
  });

  it('returns an empty body for a page of widgets only', () => {
    const cleaned = cleanText('Chia sẻ Facebook\nViết bình luận\nTin mới nhất\nDự báo thời tiết');
    expect(cleaned.body).toBe('');
    expect(cleaned.removed).toHaveLength(4);
  });

  it('keeps a short article whose sentences never reach "good"', () => {
    const cleaned = cleanText(
      'Mưa lớn gây ngập cục bộ\nChiều qua, mưa lớn gây ngập nhiều tuyến phố ở trung tâm thị xã.',
    );
    expect(cleaned.body).toBe('Chiều qua, mưa lớn gây ngập nhiều tuyến phố ở trung tâm thị xã.');
  });
});

describe('cleanText on a footer whose copyright line is too long to be a widget on its own', () => {
  const copyright =
    '© Bản quyền thuộc về Báo điện tử Đồng Bằng, ghi rõ nguồn khi phát hành lại thông tin từ website này, cảm ơn bạn đọc.';
  const address =
    'Địa chỉ: số 12 đường Hai Bà Trưng, phường Tân An, thành phố Cần Thơ, tỉnh Cần Thơ, Việt Nam';
  const page = [
    'Nông dân Cờ Đỏ thu hoạch lúa hè thu đạt năng suất cao',
    'Thứ hai, 18/03/2024 - 07:30',
    LEAD_BAC_KAN,
    PARAGRAPH_BAC_KAN_2,
    PARAGRAPH_BAC_KAN_3,
    'Giá vàng',
    'SJC 78.500 80.500',
    copyright,
    address,
  ].join('\n');
  const { body, removed } = cleanText(page);

  it('removes them as the footer, not as rows of the price box above', () => {
    expect(reasonOf(removed, 'SJC 78.500 80.500')).toBe('gold-price');
    expect(reasonOf(removed, copyright)).toBe('footer');
    expect(reasonOf(removed, address)).toBe('footer');
    expect(body).not.toContain('Bản quyền');
  });
});
