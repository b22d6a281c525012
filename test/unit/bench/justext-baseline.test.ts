import { describe, expect, it } from 'vitest';
import {
  classifyParagraphsJustext,
  extractBodyJustext,
  JUSTEXT_DEFAULTS,
} from '../../../bench/justext-baseline.ts';

// Written for these tests in the style of a provincial news page: menu, prose, a caption, widgets.
const PROSE_ONE =
  'Sáng nay, tại xã Phú Lộc, Ủy ban nhân dân huyện đã tổ chức lễ khánh thành cây cầu mới bắc qua con kênh, ' +
  'giúp người dân trong vùng đi lại thuận tiện hơn và có thể vận chuyển nông sản ra chợ ngay trong ngày.';
const PROSE_TWO =
  'Theo ông Trần Văn Bình, Chủ tịch xã, công trình được khởi công từ đầu năm với tổng vốn hơn mười tỷ đồng, ' +
  'trong đó người dân đã tự nguyện hiến đất và góp công để việc thi công được hoàn thành đúng tiến độ.';
const PAGE = [
  'Trang chủ | Thời sự | Kinh tế | Văn hóa | Thể thao',
  'Đăng nhập',
  PROSE_ONE,
  'Cây cầu mới nhìn từ trên cao.',
  PROSE_TWO,
  'Chia sẻ Facebook Zalo',
  '© Bản quyền thuộc về Báo Điện tử tỉnh, ghi rõ nguồn khi phát hành lại thông tin từ trang này.',
].join('\n');

describe('classifyParagraphsJustext', () => {
  it('uses the jusText default thresholds', () => {
    expect(JUSTEXT_DEFAULTS).toEqual({
      lengthLow: 70,
      lengthHigh: 200,
      stopwordsLow: 0.3,
      stopwordsHigh: 0.32,
      maxLinkDensity: 0.2,
    });
  });

  it('classifies by length and stop-word density before context', () => {
    const classes = classifyParagraphsJustext(PAGE).map((paragraph) => paragraph.contextFreeClass);
    expect(classes).toEqual(['short', 'short', 'good', 'short', 'good', 'short', 'bad']);
  });

  it('keeps a short line between good paragraphs and drops the widgets at the edges', () => {
    const final = classifyParagraphsJustext(PAGE).map((paragraph) => paragraph.finalClass);
    expect(final).toEqual(['bad', 'bad', 'good', 'good', 'good', 'bad', 'bad']);
  });

  it('settles a near-good paragraph by its neighbours: bad on both sides makes it bad', () => {
    const nearGood = 'Người dân trong xã đã có thể đi lại thuận tiện hơn trước rất nhiều.';
    const longNearGood = `${nearGood} ${nearGood}`;
    const alone = classifyParagraphsJustext(['Mục lục', longNearGood, 'Liên hệ'].join('\n'));
    expect(alone[1]?.contextFreeClass).toBe('near-good');
    expect(alone[1]?.finalClass).toBe('bad');
    const withProse = classifyParagraphsJustext([PROSE_ONE, longNearGood].join('\n'));
    expect(withProse.map((paragraph) => paragraph.finalClass)).toEqual(['good', 'good']);
  });

  it('rescues a short line next to a near-good one when the other side is bad', () => {
    const nearGood = 'Người dân trong xã đã có thể đi lại thuận tiện hơn trước rất nhiều năm nay.';
    const paragraphs = classifyParagraphsJustext(['Tin mới', `${nearGood} ${nearGood}`].join('\n'));
    expect(paragraphs[0]?.contextFreeClass).toBe('short');
    // Short: previous neighbour is the page edge (bad), next ignoring near-good is the edge (bad) -> bad.
    expect(paragraphs[0]?.finalClass).toBe('bad');
    const between = classifyParagraphsJustext(
      ['Mục lục', `${nearGood} ${nearGood}`, 'Ảnh: Minh Anh', PROSE_ONE].join('\n'),
    );
    // "Ảnh: Minh Anh" sits between a near-good paragraph (bad when ignored) and a good one.
    expect(between[2]?.finalClass).toBe('good');
  });
});

describe('extractBodyJustext', () => {
  it('returns the good paragraphs, one per line', () => {
    expect(extractBodyJustext(PAGE)).toBe([PROSE_ONE, 'Cây cầu mới nhìn từ trên cao.', PROSE_TWO].join('\n'));
  });

  it('returns nothing for a page of menus', () => {
    expect(extractBodyJustext('Trang chủ\nThời sự\nKinh tế\nLiên hệ')).toBe('');
  });
});
