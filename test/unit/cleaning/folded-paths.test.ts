// The cleaner passes each segment's folded text to the matchers instead of letting each fold the line
// again. Giving the folded form must never change an answer, and the cheap pre-checks (no digit, no
// "ảnh") must only rule out lines the full rules would reject too.
import { describe, expect, it } from 'vitest';
import { extractMetadataStage } from '#domain/cleaning/05-metadata';
import { runCleaningStages } from '#domain/cleaning/index';
import { isCommentHeader } from '#domain/cleaning/comment-threads';
import {
  findTopicalFamilies,
  findTopicalFamiliesFolded,
  lazyTopicalFamilies,
  matchWidget,
} from '#domain/cleaning/widget-match';
import { looksLikePersonName, parseBareNameLine, parseBylineLine } from '#domain/metadata/author';
import { hasPhotoCredit, isCaptionLine } from '#domain/metadata/caption';
import { isDateLine, parseDateTime, parsePublishedAt } from '#domain/metadata/published-at';
import { parseSourceLine } from '#domain/metadata/source';
import { foldDiacritics } from '#domain/text/normalize';
import { measureLine } from '#domain/text/segment';

// Written for these tests: widget rows, meta lines, captions and prose of a provincial news page.
const LINES = [
  'Trang chủ » Xã hội » Giáo dục',
  'Chia sẻ bài viết: Facebook | Zalo | Email',
  'Lượt xem: 1.204 | Bình luận (5)',
  'Thời tiết Lạng Sơn: 18 - 25°C, trời nhiều mây',
  'Giá vàng SJC: 88,50 - 90,50 triệu đồng/lượng',
  'Tiếng Việt | English',
  'Xem thêm: Lạng Sơn đón hơn một triệu lượt khách trong dịp Tết',
  'Tác giả: Hoàng Minh Đức',
  'Theo TTXVN',
  'Nguồn: Sở Nông nghiệp và Môi trường tỉnh',
  'Thứ Ba, 12/03/2024 - 14:35',
  'Hôm nay: Thứ Hai, 23/11/2026',
  'Ảnh chụp ngày 12/3/2024 tại cửa khẩu',
  'Lãnh đạo tỉnh thăm hỏi bà con tại xã Tân Thanh (Ảnh: Thu Hà)',
  'Nguyễn Văn Bình - 10:15 23/11/2026',
  '3 giờ trước',
  'Sáng 12/3, tại xã Tân Thanh, huyện Văn Lãng, tỉnh đã tổ chức lễ ra quân trồng rừng với sự tham gia của hơn 500 người dân và lực lượng vũ trang.',
  '© 2026 Báo Lạng Sơn điện tử. Ghi rõ nguồn khi phát hành lại.',
];

describe('matchers given the folded line', () => {
  it('answer as they do when they fold the line themselves', () => {
    for (const line of LINES) {
      const folded = foldDiacritics(line);
      for (const allowance of [0, 3])
        expect(matchWidget(line, allowance, new Set(), folded)).toEqual(matchWidget(line, allowance));
      expect(parseBylineLine(line, folded)).toEqual(parseBylineLine(line));
      expect(parseSourceLine(line, folded)).toEqual(parseSourceLine(line));
      expect(isDateLine(line, undefined, folded)).toBe(isDateLine(line));
      expect(parsePublishedAt(line, 0, folded)).toBe(parsePublishedAt(line, 0));
      expect(parseDateTime(line, folded)).toBe(parseDateTime(line));
      expect(isCommentHeader(line, folded)).toBe(isCommentHeader(line));
      expect(hasPhotoCredit(line, folded)).toBe(hasPhotoCredit(line));
      const features = measureLine(line);
      expect(isCaptionLine(line, features, folded)).toBe(isCaptionLine(line, features));
    }
  });

  it('recognise the widgets and meta lines of the page (the pre-checks reject none of them)', () => {
    expect(matchWidget(LINES[1]!, 3, new Set(), foldDiacritics(LINES[1]!))?.family).toBe('share');
    expect(matchWidget(LINES[5]!, 3)?.family).toBe('language-switch');
    expect(matchWidget(LINES[6]!, 0)?.family).toBe('inline-related-link');
    expect(parsePublishedAt(LINES[10]!)).toBe('2024-03-12T14:35:00+07:00');
    expect(isCommentHeader(LINES[14]!)).toBe(true);
    expect(isCommentHeader(LINES[15]!)).toBe(true);
    expect(hasPhotoCredit(LINES[13]!, foldDiacritics(LINES[13]!))).toBe(true);
    expect(matchWidget(LINES[16]!, 3)).toBeNull();
  });

  it('rule out lines without a digit as comment headers and dates', () => {
    expect(isCommentHeader('Nguyễn Văn Bình - Hà Nội')).toBe(false);
    expect(isDateLine('Thứ Ba, ngày mười hai tháng ba')).toBe(false);
  });

  it('find the same topical families in folded prose', () => {
    const prose = [LINES[16]!, 'Giá vàng trong nước tăng mạnh, nhiệt độ ở vùng núi xuống thấp.'];
    const families = findTopicalFamiliesFolded(prose.map((text) => foldDiacritics(text)));
    expect(families).toEqual(findTopicalFamilies(prose));
    expect([...families].sort()).toEqual(['gold-price', 'weather']);
  });

  it('find a topical family asked about lazily as the prefilter finds it', () => {
    const prose = [LINES[16]!, 'Giá vàng trong nước tăng mạnh, nhiệt độ ở vùng núi xuống thấp.'].map((text) =>
      foldDiacritics(text),
    );
    const found = findTopicalFamiliesFolded(prose);
    const lazy = lazyTopicalFamilies(() => prose);
    for (const name of ['weather', 'gold-price', 'exchange-rate', 'stock-board', 'share'])
      expect(lazy.has(name)).toBe(found.has(name));
  });

  it('rule out as photo credits only lines whose "ảnh" opens no credit', () => {
    const credit = (text: string) => hasPhotoCredit(text, foldDiacritics(text));
    expect(credit('Mưa lớn ảnh hưởng đến sản xuất của bà con.')).toBe(false);
    expect(credit('Toàn cảnh buổi lễ. Ảnh: Hữu Phước')).toBe(true);
    expect(credit('Ảnh minh họa')).toBe(true);
    expect(credit('Người dân thu hoạch lúa (Ảnh TL)')).toBe(true);
    expect(credit('Ảnh 2: Dãy đèn lồng trên phố cổ')).toBe(true);
    expect(credit('Ảnh chụp màn hình')).toBe(true);
  });

  it('rule out as names only lines whose second word no name holds', () => {
    expect(looksLikePersonName('Mô hình tôm - lúa giúp hàng nghìn hộ dân')).toBe(false);
    // Lower-case second words the full test reads: a joiner, a photo note, a title, an e-mail.
    expect(looksLikePersonName('Hà và Minh', 1)).toBe(true);
    expect(parseBareNameLine('Lan Anh, ảnh Minh')).toBe('Lan Anh');
    expect(looksLikePersonName('Lan,ảnh minh họa', 1)).toBe(true);
    expect(parseBareNameLine('Luật sư Nguyễn Văn Hòa')).toBe('Luật sư Nguyễn Văn Hòa');
    expect(parseBareNameLine('Phó giáo sư Lê Minh')).toBe('Phó giáo sư Lê Minh');
    expect(parseBareNameLine('Hoàng Yến hoangyen@baoxyz.vn')).toBe('Hoàng Yến');
  });
});

describe('extractMetadataStage working copy', () => {
  it('leaves the state it was given untouched', () => {
    const page = [
      'Trang chủ | Thời sự | Kinh tế | Xã hội',
      'Lạng Sơn ra quân trồng rừng đầu xuân',
      'Thứ Ba, 12/03/2024 - 14:35',
      LINES[16]!,
      'Lực lượng vũ trang và đoàn viên thanh niên đã trồng hơn hai mươi nghìn cây keo trên diện tích mười héc-ta đất đồi trọc.',
      'Hoàng Minh Đức',
    ].join('\n');
    const before = runCleaningStages(page);
    // Re-run the metadata stage on the final state's lines reset to body, and compare the input after.
    const input = {
      ...before,
      lines: before.lines.map((line) => ({ ...line, role: 'body' as const, reason: null })),
    };
    const snapshot = JSON.stringify(input.lines);
    const after = extractMetadataStage(input);
    expect(JSON.stringify(input.lines)).toBe(snapshot);
    expect(after.lines).not.toBe(input.lines);
    expect(after.metadata.publishedAt).toBe('2024-03-12T14:35:00+07:00');
    expect(after.lines.some((line) => line.role === 'meta')).toBe(true);
  });
});
