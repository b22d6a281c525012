import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import { isCommentHeader } from '#domain/cleaning/comment-threads';
import { LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3 } from './fixtures/pages.ts';

const reasonOf = (removed: readonly { text: string; reason: string }[], text: string) =>
  removed.find((line) => line.text === text)?.reason;

const HEADLINES = [
  'Huyện vùng cao đặt mục tiêu trồng mới 500 héc ta quế trong năm tới',
  'Hợp tác xã dược liệu đầu tiên của tỉnh có sản phẩm đạt chuẩn ba sao',
  'Nông dân thu tiền tỷ mỗi năm nhờ chuyển đổi đất lúa kém hiệu quả sang trồng cây ăn quả',
];

describe('related headlines without a heading', () => {
  it('removes a run of three headlines between paragraphs', () => {
    const page = [
      'Trồng rừng gắn với sinh kế',
      LEAD_BAC_KAN,
      ...HEADLINES,
      PARAGRAPH_BAC_KAN_2,
      PARAGRAPH_BAC_KAN_3,
    ].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.body.split('\n')).toEqual([LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3]);
    for (const headline of HEADLINES) expect(reasonOf(cleaned.removed, headline)).toBe('related-news');
  });

  it('keeps two sub-headings between paragraphs', () => {
    const page = [
      'Trồng rừng gắn với sinh kế',
      LEAD_BAC_KAN,
      'Chọn giống phù hợp',
      PARAGRAPH_BAC_KAN_2,
      'Liên kết tiêu thụ',
      PARAGRAPH_BAC_KAN_3,
    ].join('\n');
    expect(cleanText(page).body.split('\n')).toEqual([
      LEAD_BAC_KAN,
      'Chọn giống phù hợp',
      PARAGRAPH_BAC_KAN_2,
      'Liên kết tiêu thụ',
      PARAGRAPH_BAC_KAN_3,
    ]);
  });

  it('removes two long headlines after the last paragraph, which context smoothing would keep', () => {
    const related = [
      HEADLINES[2] ?? '',
      'Người dân các xã vùng cao được hỗ trợ cây giống và phân bón để trồng lại rừng sau mùa mưa bão',
    ];
    const page = ['Trồng rừng gắn với sinh kế', LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, ...related].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.body.split('\n')).toEqual([LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2]);
    for (const headline of related) expect(reasonOf(cleaned.removed, headline)).toBe('related-news');
  });

  it('keeps a single closing sentence-less line for the signature logic, and a closing sentence', () => {
    const closing = 'Mỗi cây xanh là một phần của tương lai.';
    const page = ['Trồng rừng gắn với sinh kế', LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, closing, 'Ngọc Lan'].join(
      '\n',
    );
    const cleaned = cleanText(page);
    expect(cleaned.body.split('\n')).toEqual([LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, closing]);
    expect(cleaned.author).toBe('Ngọc Lan');
  });
});

describe('teasers with a dateline', () => {
  it('removes a list of teasers sharing a dateline after the article even when the lead has none', () => {
    const teasers = [
      'VOV.VN - Sáng nay, tỉnh tổ chức lễ ra quân trồng cây đầu xuân với sự tham gia của hàng nghìn đoàn viên thanh niên và người dân các xã vùng cao.',
      'VOV.VN - Chiều qua, đoàn công tác của Bộ Nông nghiệp đã kiểm tra tình hình phát triển rừng sản xuất và chế biến gỗ tại các huyện phía bắc của tỉnh.',
    ];
    const page = [
      'Trồng rừng gắn với sinh kế',
      LEAD_BAC_KAN,
      PARAGRAPH_BAC_KAN_2,
      PARAGRAPH_BAC_KAN_3,
      ...teasers,
    ].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.body.split('\n')).toEqual([LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3]);
    for (const teaser of teasers) expect(reasonOf(cleaned.removed, teaser)).toBe('related-news');
  });
});

describe('teasers above the title', () => {
  it('keeps the lead followed by the article and removes a sidebar teaser with the same dateline', () => {
    const sidebar =
      '(Tin Việt) - Tỉnh vừa công bố danh sách 20 sản phẩm nông nghiệp chủ lực được ưu tiên hỗ trợ xây dựng thương hiệu và xúc tiến thương mại trong giai đoạn tới.';
    const lead = `(Tin Việt) - ${LEAD_BAC_KAN}`;
    const page = [
      'Tin nổi bật',
      sidebar,
      'Trồng rừng gắn với sinh kế',
      lead,
      PARAGRAPH_BAC_KAN_2,
      PARAGRAPH_BAC_KAN_3,
    ].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.body.split('\n')).toEqual([lead, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3]);
    expect(reasonOf(cleaned.removed, sidebar)).toBe('related-news');
  });
});

describe('lists the text introduces', () => {
  it('keeps headline-shaped list items after a lead-in ending with a colon', () => {
    const items = [
      'Rà soát quỹ đất trồng rừng của từng xã trong quý đầu năm',
      'Hướng dẫn người dân chọn giống cây phù hợp với thổ nhưỡng',
      'Kết nối doanh nghiệp bao tiêu gỗ rừng trồng cho người dân',
    ];
    const page = [
      'Trồng rừng gắn với sinh kế',
      LEAD_BAC_KAN,
      'Hội nghị thống nhất ba nhóm giải pháp chính:',
      ...items,
      PARAGRAPH_BAC_KAN_2,
    ].join('\n');
    const body = cleanText(page).body.split('\n');
    for (const item of items) expect(body).toContain(item);
  });

  it('keeps a recipe\'s short labels: "Nguyên liệu:" over marked items, "Cách làm:" over "Bước 1:" steps', () => {
    const list = ['Nguyên liệu:', '- 500 g sườn non', '- 2 quả cà chua', 'Cách làm:'];
    const steps = [
      'Bước 1: Sườn rửa sạch, chặt miếng vừa ăn, chần qua nước sôi có chút muối rồi vớt ra để ráo cho sạch mùi hôi.',
      'Bước 2: Ướp sườn với nước mắm, đường, tỏi băm trong khoảng 20 phút cho thấm gia vị.',
    ];
    const page = ['Cách làm sườn xào chua ngọt', LEAD_BAC_KAN, ...list, ...steps, PARAGRAPH_BAC_KAN_2].join(
      '\n',
    );
    expect(cleanText(page).body.split('\n')).toEqual([LEAD_BAC_KAN, ...list, ...steps, PARAGRAPH_BAC_KAN_2]);
  });

  it('keeps items closing with ";" under their lead-in, whatever their length', () => {
    const items = [
      'Ông Nguyễn Hữu Tài, Phó Giám đốc Sở Tài chính, giữ chức Giám đốc Sở Tài chính kể từ ngày 1/10;',
      'Bà Hoàng Thị Mai Lan, Phó Chánh Văn phòng UBND tỉnh, giữ chức Giám đốc Sở Tư pháp kể từ ngày 1/10;',
      'Ông Đào Quang Hưng, Phó Trưởng ban, giữ chức Trưởng Ban Dân tộc tỉnh.',
    ];
    const page = [
      'Tỉnh bổ nhiệm nhân sự',
      LEAD_BAC_KAN,
      'Các cán bộ được bổ nhiệm gồm:',
      ...items,
      PARAGRAPH_BAC_KAN_2,
    ];
    expect(cleanText(page.join('\n')).body.split('\n')).toEqual([
      LEAD_BAC_KAN,
      'Các cán bộ được bổ nhiệm gồm:',
      ...items,
      PARAGRAPH_BAC_KAN_2,
    ]);
  });

  it('keeps a list of names and the short paragraph that closes it, and reads the author after them', () => {
    const names = [
      'Phạm Minh Khôi (Trường THCS Trưng Vương, Hà Nội)',
      'Lê Thu Hằng (Trường THCS Nguyễn Du, Nghệ An)',
    ];
    const closing =
      'Bức thư đạt giải nhất sẽ được gửi dự thi cấp quốc tế. Lễ trao giải dự kiến tổ chức vào cuối tháng.';
    const page = [
      'Học sinh giành giải cuộc thi viết thư',
      LEAD_BAC_KAN,
      PARAGRAPH_BAC_KAN_2,
      'Giải Nhì gồm:',
      ...names,
      closing,
      'Thu Thảo',
    ];
    const cleaned = cleanText(page.join('\n'));
    expect(cleaned.body.split('\n')).toEqual([
      LEAD_BAC_KAN,
      PARAGRAPH_BAC_KAN_2,
      'Giải Nhì gồm:',
      ...names,
      closing,
    ]);
    expect(cleaned.author).toBe('Thu Thảo');
  });

  it("keeps a table closing the article down to the author, past the site's short links under the name", () => {
    const table = [
      'Giá lăn bánh tạm tính của bản tiêu chuẩn:',
      'Khu vực | Giá niêm yết | Giá lăn bánh',
      'Hà Nội | 899 triệu | 1,028 tỷ',
      'TP.HCM | 899 triệu | 1,010 tỷ',
    ];
    const page = [
      'Đánh giá nhanh mẫu SUV cỡ C vừa ra mắt',
      LEAD_BAC_KAN,
      PARAGRAPH_BAC_KAN_2,
      ...table,
      'Quang Huy',
      'Đăng ký lái thử',
      'Dự toán chi phí',
    ].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.body.split('\n')).toEqual([LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, ...table]);
    expect(cleaned.author).toBe('Quang Huy');
  });
});

describe('reader-mail turns', () => {
  it('know an answer label that names the lawyer and the law firm in full', () => {
    const question = 'Độc giả Trần Văn Hùng (Nghệ An) hỏi:';
    const answer = 'Luật sư Phạm Thị Hoa, Công ty Luật TNHH Minh Chính, trả lời:';
    const page = [
      'Cho người khác mượn xe máy gây tai nạn, chủ xe có phải bồi thường?',
      question,
      LEAD_BAC_KAN,
      answer,
      PARAGRAPH_BAC_KAN_2,
      PARAGRAPH_BAC_KAN_3,
    ].join('\n');
    expect(cleanText(page).body.split('\n')).toEqual([
      question,
      LEAD_BAC_KAN,
      answer,
      PARAGRAPH_BAC_KAN_2,
      PARAGRAPH_BAC_KAN_3,
    ]);
  });
});

describe('comment threads', () => {
  it('recognises comment headers by name and time or by relative time', () => {
    expect(isCommentHeader('Nguyễn Văn Bình - 10:15 23/11/2026')).toBe(true);
    expect(isCommentHeader('Trần Thị Mai, Hà Nội - 08:02')).toBe(true);
    expect(isCommentHeader('5 phút trước')).toBe(true);
    expect(isCommentHeader('Ngày 23/11/2026, tỉnh tổ chức hội nghị')).toBe(false);
    expect(isCommentHeader('Thanh Hương')).toBe(false);
  });

  it('does not open a thread at a comment counter in the share bar above the article', () => {
    const page = [
      'Trồng rừng gắn với sinh kế',
      'Bình luận (4)',
      LEAD_BAC_KAN,
      PARAGRAPH_BAC_KAN_2,
      PARAGRAPH_BAC_KAN_3,
    ].join('\n');
    expect(cleanText(page).body.split('\n')).toEqual([
      LEAD_BAC_KAN,
      PARAGRAPH_BAC_KAN_2,
      PARAGRAPH_BAC_KAN_3,
    ]);
  });

  it('knows a thread without times by the reply and report links under each comment', () => {
    const comment = 'Mong huyện sớm nhân rộng mô hình này để bà con vùng cao có thêm thu nhập ổn định.';
    const page = [
      LEAD_BAC_KAN,
      PARAGRAPH_BAC_KAN_2,
      PARAGRAPH_BAC_KAN_3,
      'Bình luận (1)',
      'Lò Thị Hoa',
      comment,
      'Trả lời',
      'Báo cáo vi phạm',
    ].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.body.split('\n')).toEqual([LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3]);
    expect(reasonOf(cleaned.removed, comment)).toBe('comments');
  });
});

describe('lines above the lead', () => {
  it('drops sidebar headlines above the title area and keeps the title', () => {
    const page = [
      'Tin mới',
      HEADLINES[0],
      'Trồng rừng gắn với sinh kế',
      '17/03/2024 09:15',
      LEAD_BAC_KAN,
      PARAGRAPH_BAC_KAN_2,
    ].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.title).toBe('Trồng rừng gắn với sinh kế');
    expect(cleaned.body.split('\n')).toEqual([LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2]);
    expect(cleaned.removed.map((line) => line.text)).toContain(HEADLINES[0]);
  });
});

describe('a related-news box whose teasers are full sapos', () => {
  it('goes after the byline, teasers of sixty syllables included, and the byline is read', () => {
    const box = [
      'Tin cùng chuyên mục',
      'Huyện vùng cao khởi tố vụ khai thác cát trái phép trên sông',
      'Ngày 7/9, công an huyện đã ra quyết định khởi tố vụ án hình sự về tội vi phạm quy định về khai thác tài nguyên, xảy ra tại khu vực bãi bồi ven sông thuộc xã vùng cao, đồng thời tạm giữ 3 người có liên quan để điều tra.',
      'Tạm giữ xe tải chở gỗ không rõ nguồn gốc trên quốc lộ',
      'Lực lượng kiểm lâm phối hợp công an huyện đã dừng xe tải mang biển kiểm soát tỉnh khác, phát hiện trên xe có hơn 12 mét khối gỗ không có giấy tờ chứng minh nguồn gốc hợp pháp, đang làm rõ chủ hàng.',
    ];
    const article = [LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2];
    const cleaned = cleanText(['Trồng rừng gắn với sinh kế', ...article, 'Hoàng Long', ...box].join('\n'));
    expect(cleaned.body.split('\n')).toEqual(article);
    expect(cleaned.author).toBe('Hoàng Long');
    for (const line of box) expect(reasonOf(cleaned.removed, line)).toBe('related-news');
  });
});
