// Markdown lines read as the text they render; a page in plain text is left as it is.
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, renderMarkdownLine } from '#domain/text/markdown';
import { segmentText } from '#domain/text/segment';

describe('looksLikeMarkdown', () => {
  it('knows a page by its links, images and heading marks', () => {
    expect(looksLikeMarkdown('Tin mới\n\n[Thời sự](https://a.vn/ts)')).toBe(true);
    expect(looksLikeMarkdown('# Tiêu đề bài\n\nĐoạn văn.')).toBe(true);
  });

  it('leaves plain pages alone, hashtags and stars included', () => {
    expect(looksLikeMarkdown('#dulich #taybac\n\n*** Hết ***\n\nHọ tên: ______')).toBe(false);
  });
});

describe('renderMarkdownLine', () => {
  it('drops heading marks, quote marks, emphasis and link targets', () => {
    expect(renderMarkdownLine('## Hoàn thành sau 30 tháng ##')).toBe('Hoàn thành sau 30 tháng');
    expect(renderMarkdownLine('> "Cảm ơn", bà nói.')).toBe('"Cảm ơn", bà nói.');
    expect(renderMarkdownLine('**Minh Anh**')).toBe('Minh Anh');
    expect(renderMarkdownLine('_Ảnh: Bảo Trâm_')).toBe('Ảnh: Bảo Trâm');
    expect(renderMarkdownLine('[Xem thêm: Giá lúa tăng](https://a.vn/b.html)')).toBe(
      'Xem thêm: Giá lúa tăng',
    );
  });

  it('renders an image as nothing and links side by side as the cells of a bar', () => {
    expect(renderMarkdownLine('![Cầu mới](https://a.vn/cau.jpg)')).toBe('');
    expect(renderMarkdownLine('[![](https://a.vn/cau.jpg)](https://a.vn/cau-lon.jpg)')).toBe('');
    expect(renderMarkdownLine('[In bài](https://a.vn/p) [Gửi email](mailto:?s=1)')).toBe(
      'In bài | Gửi email',
    );
  });

  it("renders a thematic break and a setext heading's underline as nothing", () => {
    expect(renderMarkdownLine('* * *')).toBe('');
    expect(renderMarkdownLine('============')).toBe('');
    expect(renderMarkdownLine('---')).toBe('');
  });

  it('keeps bullets and a read-more mark, which plain pages print too', () => {
    expect(renderMarkdownLine('* Xã Nhơn Đức: 6.100 hộ')).toBe('* Xã Nhơn Đức: 6.100 hộ');
    expect(renderMarkdownLine('>> Xem thêm')).toBe('>> Xem thêm');
  });
});

describe('segmentText on a markdown page', () => {
  it('measures the rendered line and keeps the delivered one', () => {
    const [title, paragraph] = segmentText(
      '# Tiêu đề bài\n\nĐoạn có [liên kết](https://a.vn/x) ở giữa.\n\n![](https://a.vn/a.jpg)',
    );
    expect(title).toMatchObject({ text: 'Tiêu đề bài', delivered: '# Tiêu đề bài' });
    expect(paragraph).toMatchObject({ text: 'Đoạn có liên kết ở giữa.', folded: 'doan co lien ket o giua.' });
    expect(paragraph?.delivered).toBe('Đoạn có [liên kết](https://a.vn/x) ở giữa.');
  });

  it('folds a list item without its bullet, which its text keeps', () => {
    const [, item] = segmentText('# Tiêu đề bài\n\n*   [Tin khác](https://a.vn/tin-khac)');
    expect(item).toMatchObject({ text: '* Tin khác', folded: 'tin khac' });
  });

  it('leaves a plain page as delivered', () => {
    const [line] = segmentText('**Tin nhanh**');
    expect(line).toMatchObject({ text: '**Tin nhanh**', delivered: '**Tin nhanh**' });
  });
});
