// The metadata stage's cues beyond the head's date line and the closing byline: a long-read's
// production credits above the lead, a date printed only under the article, an author box's follow
// button, a writer's position printed between the name and the date line, and a related box under the
// lead whose headlines carry dates.
import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import { LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3 } from './fixtures/pages.ts';

const TITLE = 'Giữ hồn gốm cổ bên dòng sông Thu Bồn';
const ARTICLE = [LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3];

describe('production credits above the lead', () => {
  const page = [
    TITLE,
    'Chủ Nhật, 17/11/2024 06:00',
    'Nội dung: Hà Phương',
    'Ảnh: Minh Quân',
    'Đồ họa: Thảo Nguyên',
    'Trình bày: Văn Sơn',
    ...ARTICLE,
  ].join('\n');
  const cleaned = cleanText(page);

  it('are metadata, so the headline above the date line stays the title and the date is read', () => {
    expect(cleaned.title).toBe(TITLE);
    expect(cleaned.publishedAt).toBe('2024-11-17T06:00:00+07:00');
    expect(cleaned.body.split('\n')).toEqual(ARTICLE);
  });

  it('name the writer under "Nội dung:"', () => {
    expect(cleaned.author).toBe('Hà Phương');
  });
});

describe('a date printed only under the article', () => {
  const head = [TITLE, ...ARTICLE];

  it('is read when labelled as the posting date', () => {
    const page = [...head, 'Đăng lúc 09:40 ngày 14/11/2024', 'In bài'].join('\n');
    expect(cleanText(page).publishedAt).toBe('2024-11-14T09:40:00+07:00');
  });

  it("is read right under the author's name", () => {
    const page = [...head, 'Minh Trang', '14/11/2024 09:40', 'In bài'].join('\n');
    expect(cleanText(page).publishedAt).toBe('2024-11-14T09:40:00+07:00');
  });

  it('is not read past the footer widgets, nor when the head has a date of its own', () => {
    const pastWidgets = [...head, 'Minh Trang', 'Chia sẻ', 'Đăng lúc 09:40 ngày 14/11/2024'].join('\n');
    expect(cleanText(pastWidgets).publishedAt).toBeNull();
    const dated = [TITLE, '12/11/2024 08:00', ...ARTICLE, 'Minh Trang', 'Đăng lúc 09:40 ngày 14/11/2024'];
    expect(cleanText(dated.join('\n')).publishedAt).toBe('2024-11-12T08:00:00+07:00');
  });
});

describe('an author box with a follow button above the title', () => {
  it('gives the author: the name right above "Theo dõi"', () => {
    const page = [
      'Đặng Khoa',
      'Theo dõi',
      '2,3K người theo dõi',
      'Doanh nghiệp nhỏ chật vật tìm vốn vay cuối năm',
      '2024-12-02 08:15',
      ...ARTICLE,
    ].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.author).toBe('Đặng Khoa');
    expect(cleaned.title).toBe('Doanh nghiệp nhỏ chật vật tìm vốn vay cuối năm');
    expect(cleaned.body.split('\n')).toEqual(ARTICLE);
  });

  it("needs the bare button: a paper's name above its social links is no author", () => {
    const page = [
      'Tuổi Trẻ',
      'Fanpage',
      'Doanh nghiệp nhỏ chật vật tìm vốn vay cuối năm',
      '2024-12-02 08:15',
      ...ARTICLE,
    ].join('\n');
    expect(cleanText(page).author).toBeNull();
  });
});

describe("a writer's position under the name, between the title and the date line", () => {
  it("is the author's role: the name is the author and the title stays the title", () => {
    const page = [
      'Kinh tế ban đêm cần hơn những phố đi bộ',
      'PGS.TS. Lê Minh Khoa',
      'Viện trưởng Viện Nghiên cứu Phát triển đô thị',
      '12/06/2024 05:45',
      ...ARTICLE,
    ].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.title).toBe('Kinh tế ban đêm cần hơn những phố đi bộ');
    expect(cleaned.author).toBe('PGS.TS. Lê Minh Khoa');
    expect(cleaned.publishedAt).toBe('2024-06-12T05:45:00+07:00');
    expect(cleaned.body.split('\n')).toEqual(ARTICLE);
  });

  it('needs a position word: a kicker in capitals over the title is no name over a role', () => {
    const page = [
      'THÔNG BÁO',
      'Tuyển dụng viên chức sự nghiệp giáo dục năm 2024',
      '01/07/2024 16:00',
      ...ARTICLE,
    ].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.title).toBe('Tuyển dụng viên chức sự nghiệp giáo dục năm 2024');
    expect(cleaned.author).toBeNull();
  });
});

describe('a related box with dated headlines under the lead', () => {
  it('is no header teaser over the article: the lead stays', () => {
    const page = [
      TITLE,
      '04/08/2024 19:00',
      LEAD_BAC_KAN,
      'Tin liên quan',
      'Hội An mở lại phố đi bộ ban đêm (02/08/2024)',
      'Phố cổ đón lượng khách kỷ lục (01/08/2024)',
      PARAGRAPH_BAC_KAN_2,
      PARAGRAPH_BAC_KAN_3,
    ].join('\n');
    expect(cleanText(page).body.split('\n')).toEqual(ARTICLE);
  });
});

describe('a question headline that reads as the lead, with the name and date line under it', () => {
  const headline = 'Vì sao làng gốm bên sông Thu Bồn vẫn giữ được nghề?';

  it('reads the name as the author and the date line as the date; the lead starts below them', () => {
    const cleaned = cleanText(['Văn hóa', headline, 'Minh Quân', '16/12/2025 07:30', ...ARTICLE].join('\n'));
    expect(cleaned.title).toBe(headline);
    expect(cleaned.author).toBe('Minh Quân');
    expect(cleaned.publishedAt).toBe('2025-12-16T07:30:00+07:00');
    expect(cleaned.body.split('\n')).toEqual(ARTICLE);
  });

  it('keeps a short first sentence under the date line in the body: it is no name', () => {
    const opening = 'Nghề gốm ở đây đã có hơn năm trăm năm.';
    const cleaned = cleanText([headline, '16/12/2025 07:30', opening, ...ARTICLE].join('\n'));
    expect(cleaned.author).toBeNull();
    expect(cleaned.body.split('\n')).toEqual([opening, ...ARTICLE]);
  });
});

describe('a credited photo closing the article', () => {
  it('is a caption even when the classifier kept it as the body’s last line', () => {
    const caption = 'Người dân xếp hàng làm thủ tục tại bến phà sáng 16/12. Ảnh: Quang Minh.';
    const cleaned = cleanText([TITLE, '16/12/2025 07:30', ...ARTICLE, caption].join('\n'));
    expect(cleaned.captions).toEqual([caption]);
    expect(cleaned.body.split('\n')).toEqual(ARTICLE);
  });
});
