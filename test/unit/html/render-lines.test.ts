import { describe, expect, it } from 'vitest';
import { parseHtml } from '#domain/html/parse-html';
import { renderLines } from '#domain/html/render-lines';

const renderBody = (html: string): string[] => {
  const document = parseHtml(html);
  if (!document.documentElement) throw new Error('no root element');
  return renderLines(document.documentElement);
};

describe('renderLines', () => {
  it('puts each block on its own line and keeps inline markup inside the line', () => {
    expect(
      renderBody(
        '<h1>Tiêu đề bài</h1><p>Câu có <b>chữ đậm</b> và <a href="#">liên kết</a>.</p><ul><li>Ý một</li><li>Ý hai</li></ul>' +
          '<figure><img src="a.jpg"><figcaption>Chú thích ảnh</figcaption></figure><blockquote>Lời trích</blockquote>',
      ),
    ).toEqual(['Tiêu đề bài', 'Câu có chữ đậm và liên kết.', 'Ý một', 'Ý hai', 'Chú thích ảnh', 'Lời trích']);
  });

  it('breaks lines at <br>, keeps text directly inside a div, and collapses white space', () => {
    expect(renderBody('<div>Dòng đầu<br>Dòng  \n hai<div>Khối con</div>đuôi của khối</div>')).toEqual([
      'Dòng đầu',
      'Dòng hai',
      'Khối con',
      'đuôi của khối',
    ]);
  });

  it('never renders scripts, styles, noscript, form controls or hidden elements', () => {
    const lines = renderBody(
      '<p onclick="hack()">Đoạn thật</p><script>var lo = "rò rỉ";</script><style>p{color:red}</style>' +
        '<noscript>Bật JavaScript</noscript><select><option>Hà Nội</option></select><button>Gửi</button>' +
        '<p hidden>Ẩn một</p><p style="color:red; display: none">Ẩn hai</p><span aria-hidden="true">Ẩn ba</span>',
    );
    expect(lines).toEqual(['Đoạn thật']);
  });

  it('puts a table row on one line and keeps preformatted line breaks', () => {
    expect(
      renderBody('<table><tr><td>Mua</td><td>Bán</td></tr></table><pre>dòng một\ndòng hai</pre>'),
    ).toEqual(['Mua Bán', 'dòng một', 'dòng hai']);
  });

  it('sets the cells of a data table apart with " | ", skipping empty cells, and joins those of a layout row', () => {
    expect(
      renderBody(
        '<table><tr><th>Loại</th><th>Mua</th><th>Bán</th></tr><tr><td>SJC</td><td></td><td>126,5</td></tr>' +
          '<tr><td>Nhẫn</td><td>118,2</td><td> </td></tr></table>' +
          '<table><tr><td><img src="a.jpg"></td></tr><tr><td>Chú thích ảnh</td></tr></table>',
      ),
    ).toEqual(['Loại | Mua | Bán', 'SJC | 126,5', 'Nhẫn | 118,2', 'Chú thích ảnh']);
  });

  it('survives markup nested far deeper than a recursive walk could', () => {
    const depth = 20_000;
    const html = `${'<span>'.repeat(depth)}Sâu tận cùng${'</span>'.repeat(depth)}`;
    expect(renderBody(html)).toEqual(['Sâu tận cùng']);
  });
});
