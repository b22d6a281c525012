import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import { WIDGET_MAX_OTHER_WORDS } from '#domain/cleaning/thresholds';
import { findTopicalFamilies, matchWidget } from '#domain/cleaning/widget-match';
import { LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3 } from './fixtures/pages.ts';

const match = (text: string) => matchWidget(text, WIDGET_MAX_OTHER_WORDS);

describe('widget families recognise the lines of many site templates', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['Đăng nhập | Đăng ký', 'login-search', 'navigation'],
    ['Quên mật khẩu?', 'login-search', 'navigation'],
    ['Nhập từ khóa tìm kiếm', 'login-search', 'navigation'],
    ['Xã hội › Giáo dục', 'menu', 'navigation'],
    ['Hotline: 0987 654 321', 'copyright-footer', 'footer'],
    ['Tải về:', 'share', 'share-widget'],
    ['File đính kèm', 'share', 'share-widget'],
    ['Quyet-dinh-so-12-2025.pdf', 'share', 'share-widget'],
    ['Văn bản khác', 'related-news', 'related-news'],
    ['Các thông báo khác', 'related-news', 'related-news'],
    ['Cơ quan chủ quản: Ủy ban nhân dân tỉnh', 'copyright-footer', 'footer'],
    ['Thiết kế website bởi Công ty Sao Mai', 'copyright-footer', 'footer'],
    ['Được tạo bởi WordPress', 'blog-engine', 'footer'],
    ['Chuyên mục: Đời sống', 'blog-engine', 'footer'],
    ['Bài sau: Phiên chợ cuối năm', 'blog-engine', 'footer'],
    ['Leave a Reply', 'blog-engine', 'footer'],
    ['Quảng cáo', 'advertising', 'advertising'],
    ['Liên hệ quảng cáo', 'advertising', 'advertising'],
    ['Bình chọn', 'poll', 'other-widget'],
    ['Kết quả thăm dò ý kiến', 'poll', 'other-widget'],
    ['VN-Index 1.254,3 +4,2', 'stock-board', 'other-widget'],
    ['Mã chứng khoán: VHS', 'stock-board', 'other-widget'],
    ['Mã CK liên quan: VHS, VNM', 'stock-board', 'other-widget'],
    ['Kết nối với chúng tôi', 'follow-us', 'other-widget'],
    ['Youtube Tiktok Zalo OA', 'follow-us', 'other-widget'],
    ['Mở app', 'app-download', 'other-widget'],
    ['Về tác giả', 'author-bio', 'other-widget'],
    ['Xem tất cả bài viết của tác giả', 'author-bio', 'other-widget'],
    ['Bài viết thể hiện quan điểm riêng của tác giả', 'author-bio', 'other-widget'],
    ['Làm mới', 'live-controls', 'other-widget'],
    ['Nghe bài viết', 'audio-player', 'other-widget'],
    ['Tốc độ đọc: 1.25x', 'audio-player', 'other-widget'],
    ['Giọng nữ miền Nam', 'audio-player', 'other-widget'],
    ['Thời gian đọc: 3 phút', 'reading-time', 'other-widget'],
    ['5 phút đọc', 'reading-time', 'other-widget'],
    ['Tự động cập nhật', 'live-controls', 'other-widget'],
    ['Đọc báo nhanh hơn trên ứng dụng', 'app-download', 'other-widget'],
    ['A- A A+', 'font-size', 'other-widget'],
    ['Cỡ chữ', 'font-size', 'other-widget'],
    ['Tags: nông thôn mới, giảm nghèo', 'tags', 'other-widget'],
    ['3 giờ trước', 'comments', 'comments'],
    ['Trả lời', 'comments', 'comments'],
    ['Có thể bạn quan tâm', 'related-news', 'related-news'],
    ['Đọc tiếp', 'related-news', 'related-news'],
    ['Tin cùng chủ đề', 'related-news', 'related-news'],
    ['Đừng bỏ lỡ', 'related-news', 'related-news'],
    ['SJC 88,5 90,5', 'gold-price', 'gold-price'],
    ['USD 25.100 25.460', 'exchange-rate', 'exchange-rate'],
    ['Xem bài viết này trên Instagram', 'social-embed', 'other-widget'],
    ['View this post on Instagram', 'social-embed', 'other-widget'],
    ['Một bài đăng được chia sẻ bởi Lan Chi (@lanchi.official)', 'social-embed', 'other-widget'],
    ['A post shared by Minh Khang (@minhkhang)', 'social-embed', 'other-widget'],
    ['Bài đăng của Lễ hội Đèn lồng', 'social-embed', 'other-widget'],
    ['— Minh Khang (@minhkhang) September 3, 2024', 'social-embed', 'other-widget'],
    ['1.254 người theo dõi', 'follow-us', 'other-widget'],
    ['2,3K người theo dõi', 'follow-us', 'other-widget'],
    ['Bạn cảm thấy thế nào sau khi đọc bài viết?', 'rating', 'other-widget'],
    ['Phẫn nộ 12', 'rating', 'other-widget'],
    ['Ngạc nhiên (4)', 'rating', 'other-widget'],
    ['Các tập khác', 'related-news', 'related-news'],
    ['Nhập số báo danh', 'input-form', 'other-widget'],
    ['Nhập biển số xe', 'input-form', 'other-widget'],
    ['Chọn tỉnh/thành phố', 'input-form', 'other-widget'],
    ['Tra cứu', 'input-form', 'other-widget'],
    ['Mục lục', 'table-of-contents', 'navigation'],
    ['Nội dung chính', 'table-of-contents', 'navigation'],
  ];
  it.each(cases)('"%s" is %s (%s)', (text, family, reason) => {
    expect(match(text)).toEqual({ family, reason });
  });
});

describe('sentences and headlines that use widget words are not widgets', () => {
  it.each([
    'Bộ Công Thương đề xuất siết quản lý quảng cáo thực phẩm chức năng trên mạng xã hội',
    'Nhiều bạn đọc gửi ý kiến đề nghị tăng cường kiểm tra an toàn thực phẩm tại các chợ',
    'Người dân tìm kiếm việc làm tại phiên giao dịch việc làm lưu động của huyện',
    'Tỉnh tổ chức hội nghị lấy ý kiến về dự thảo đề án sáp nhập các đơn vị hành chính cấp xã',
    'Các bài viết của tác giả về biển đảo đã được tập hợp thành sách và ra mắt bạn đọc',
    'Làm mới nông thôn bằng những con đường hoa do người dân tự đóng góp',
    'Dành thời gian đọc sách cùng con mỗi tối giúp trẻ hình thành thói quen tự học',
    'Nhập số báo danh và mật khẩu để tra cứu điểm thi.',
    'Nội dung chính của nghị quyết gồm ba nhóm giải pháp',
    'Bạn cảm thấy thế nào khi lần đầu đứng trên sân khấu lớn?',
  ])('"%s"', (text) => {
    expect(match(text)).toBeNull();
  });

  it('a breadcrumb arrow needs short items: a headline with an arrow in it is no menu', () => {
    expect(match('Giá xăng dầu > Kỳ điều hành hôm nay tăng mạnh sau nhiều tuần giảm liên tiếp')).toBeNull();
  });
});

describe('social embed leftovers', () => {
  it('take the whole attribution line, inside the body too, where no other word is allowed', () => {
    expect(matchWidget('Một bài đăng được chia sẻ bởi Lan Chi (@lanchi.official)', 0)).toEqual({
      family: 'social-embed',
      reason: 'other-widget',
    });
  });

  it('a sentence about a shared post is no attribution', () => {
    expect(match('Một bài đăng được chia sẻ bởi hoa hậu đã nhận hàng nghìn lượt thích.')).toBeNull();
    expect(match('Xem bài viết này trên Instagram của cô để biết thêm chi tiết')).toBeNull();
  });

  it('go out of the body without costing the paragraphs around them their context', () => {
    const lead =
      'Sáng 3/9, hoa hậu Lan Chi đã đăng lên trang cá nhân những bức ảnh cô được bạn trai cầu hôn trên một du thuyền, kèm theo lời cảm ơn người đã luôn ở bên cạnh cô trong suốt bốn năm qua.';
    const next =
      'Bài đăng nhanh chóng nhận hàng chục nghìn lượt yêu thích cùng lời chúc mừng từ nhiều nghệ sĩ và bạn bè trong giới giải trí, người đại diện xác nhận đám cưới dự kiến diễn ra vào đầu năm sau.';
    const page = [
      'Hoa hậu Lan Chi đính hôn với bạn trai doanh nhân',
      '03/09/2024 09:45',
      lead,
      'Xem bài viết này trên Instagram',
      'Một bài đăng được chia sẻ bởi Lan Chi (@lanchi.official)',
      next,
    ].join('\n');
    expect(cleanText(page).body.split('\n')).toEqual([lead, next]);
  });
});

describe('topical families', () => {
  it('are the data-box families the article prose writes about', () => {
    const topical = findTopicalFamilies([
      'Giá vàng miếng sáng nay tăng mạnh, trong khi thời tiết miền Bắc chuyển rét đậm.',
    ]);
    expect([...topical].sort()).toEqual(['gold-price', 'weather']);
    expect(findTopicalFamilies(['Bà con chia sẻ kinh nghiệm trồng rừng.']).size).toBe(0);
  });

  it('make only pure-vocabulary lines count as that widget', () => {
    const strict = new Set(['gold-price']);
    expect(matchWidget('Giá vàng hôm nay tăng', WIDGET_MAX_OTHER_WORDS)).not.toBeNull();
    expect(matchWidget('Giá vàng hôm nay tăng', WIDGET_MAX_OTHER_WORDS, strict)).toBeNull();
    expect(matchWidget('Giá vàng', WIDGET_MAX_OTHER_WORDS, strict)).toEqual({
      family: 'gold-price',
      reason: 'gold-price',
    });
  });
});

describe('inline related links', () => {
  it.each([
    'Xem thêm: Hàng nghìn hộ dân vùng lũ được hỗ trợ lương thực và nước sạch',
    '>> Đọc thêm: Tỉnh đầu tư 200 tỷ đồng nâng cấp đường tỉnh lộ',
    'Video: Cận cảnh cây cầu treo dài nhất khu vực',
  ])('"%s" is a related-news link even inside the body', (text) => {
    expect(matchWidget(text, 0)).toEqual({ family: 'inline-related-link', reason: 'related-news' });
  });

  it('a sentence that starts with the same words is not', () => {
    expect(
      matchWidget('Xem thêm các hình ảnh về lễ hội, du khách có thể truy cập trang của huyện.', 0),
    ).toBeNull();
  });
});

describe('cookie notices', () => {
  const lead =
    'Sáng nay, thành phố khánh thành cây cầu mới nối hai bờ sông sau gần hai năm thi công, rút ngắn quãng đường đi lại của người dân các xã phía nam.';
  const notice =
    'Website sử dụng cookie để cải thiện trải nghiệm của bạn. Bằng việc tiếp tục truy cập, bạn đồng ý với việc sử dụng cookie của chúng tôi.';

  it('go whatever their length, and do not anchor the article above its head', () => {
    const cleaned = cleanText([notice, 'Cầu mới khánh thành', '05/10/2024 16:45', lead].join('\n\n'));
    expect(cleaned.body).toBe(lead);
    expect(cleaned.title).toBe('Cầu mới khánh thành');
    expect(cleaned.removed).toContainEqual({ text: notice, reason: 'other-widget' });
  });

  it('an article reporting what websites do with cookies keeps its paragraph', () => {
    const report =
      'Theo dự thảo, các website phải xin sự đồng ý của người dùng trước khi lưu cookie theo dõi hành vi, và phải cho phép người dùng từ chối dễ dàng như khi chấp nhận.';
    expect(cleanText([lead, report].join('\n\n')).body).toBe([lead, report].join('\n'));
  });
});

describe("a site's own notices in sentences", () => {
  const paragraphs = [
    'Giá vé máy bay chặng Hà Nội đi Đà Nẵng dịp cao điểm cuối năm đã tăng gần gấp đôi so với ngày thường, nhiều chuyến bay vào buổi sáng đã kín chỗ từ nhiều tuần trước.',
    'Cục Hàng không khuyến cáo hành khách nên đặt vé sớm, chỉ mua qua các kênh chính thức của hãng và cảnh giác với những tài khoản rao bán vé giá rẻ trên mạng xã hội.',
  ];
  const related = ['Tin liên quan', 'Giá vé tàu cuối năm vẫn còn nhiều chỗ', 'Xăng dầu đồng loạt giảm giá'];
  const copyrightNotice =
    'Ban biên tập giữ bản quyền nội dung trên trang. Mọi hình thức sao chép, trích dẫn khi chưa có sự đồng ý bằng văn bản của tòa soạn đều là vi phạm và sẽ bị xử lý theo quy định.';
  const imprint =
    'Tổng biên tập: Lê Văn Hùng. Địa chỉ: 25 đường Hoa Sữa, phường Trung Tâm, thành phố Hải An. Điện thoại: 0225 123 456.';

  it('go as the footer whatever their length, and do not anchor the article under the related news', () => {
    const cleaned = cleanText([...paragraphs, ...related, copyrightNotice, imprint].join('\n\n'));
    expect(cleaned.body.split('\n')).toEqual(paragraphs);
    expect(cleaned.removed).toContainEqual({ text: copyrightNotice, reason: 'footer' });
    expect(cleaned.removed).toContainEqual({ text: imprint, reason: 'footer' });
  });

  it('the line naming what the reader is reading goes whatever the title in it', () => {
    const notice =
      'Bạn đang đọc bài viết Giá vé máy bay cuối năm tăng gần gấp đôi ngày thường tại chuyên mục Du lịch.';
    const cleaned = cleanText([...paragraphs, notice].join('\n\n'));
    expect(cleaned.body.split('\n')).toEqual(paragraphs);
    expect(cleaned.removed).toContainEqual({ text: notice, reason: 'other-widget' });
  });

  it("the site's disclaimer under advice goes, an article's own caveat stays", () => {
    const disclaimer =
      'Bài viết chỉ mang tính chất tham khảo, không thay thế cho việc chẩn đoán hoặc điều trị của bác sĩ chuyên khoa.';
    const caveat =
      'Theo cơ quan khí tượng, các số liệu dự báo mưa trong mười ngày tới chỉ mang tính tham khảo và sẽ được cập nhật hằng ngày.';
    const opinion = 'Quan điểm trong bài là của tác giả, không nhất thiết phản ánh quan điểm của tòa soạn.';
    const cleaned = cleanText([...paragraphs, caveat, disclaimer, opinion].join('\n\n'));
    expect(cleaned.body.split('\n')).toEqual([...paragraphs, caveat]);
    expect(cleaned.removed).toContainEqual({ text: disclaimer, reason: 'other-widget' });
    expect(cleaned.removed).toContainEqual({ text: opinion, reason: 'other-widget' });
  });

  it('an article about copying keeps its paragraphs: it forbids the reader nothing for the site', () => {
    const report =
      'Theo đơn khởi kiện, một trang web đã sao chép toàn bộ tập truyện của nhà văn khi chưa có sự đồng ý của ông, rồi in và bán hơn năm nghìn bản trong hai năm qua.';
    const editor =
      'Ông Trần Minh, tổng biên tập một tờ báo địa phương, cho biết tòa soạn cũng từng phải khởi kiện để bảo vệ bản quyền khi bài viết bị trích dẫn sai lệch trên mạng.';
    expect(cleanText([...paragraphs, report, editor].join('\n\n')).body.split('\n')).toEqual([
      ...paragraphs,
      report,
      editor,
    ]);
  });
});

describe("an embedded player's running time", () => {
  const lead =
    'Chỉ trong tháng 10, công an tỉnh tiếp nhận 37 tin báo về các vụ lừa đảo qua điện thoại, trong đó có nhiều trường hợp đối tượng giả danh cán bộ công an, viện kiểm sát.';
  const next =
    'Theo phòng cảnh sát hình sự, đối tượng thường gọi điện báo người dân liên quan đến một vụ án rồi yêu cầu chuyển toàn bộ tiền trong tài khoản để xác minh.';

  it('goes with the embed above it, between two paragraphs too', () => {
    const cleaned = cleanText([lead, 'Video: Cảnh báo thủ đoạn giả danh công an', '02:35', next].join('\n'));
    expect(cleaned.body.split('\n')).toEqual([lead, next]);
    expect(cleaned.removed).toContainEqual({ text: '02:35', reason: 'related-news' });
  });
});

describe('a price table inside an article about those prices', () => {
  const lead =
    'Sáng nay, giá vàng nhẫn tại nhiều doanh nghiệp tiếp tục tăng mạnh, có nơi niêm yết ở mức cao nhất từ trước đến nay, kéo theo lượng người đến mua tăng đột biến.';
  const next =
    'Các chuyên gia khuyến cáo người dân cân nhắc khi mua vàng vào thời điểm này, bởi giá trong nước đang cao hơn giá thế giới quy đổi khá nhiều và biến động rất mạnh.';
  const table = [
    'Giá vàng trong nước',
    'Loại | Mua vào | Bán ra',
    'Vàng miếng SJC | 94.000 | 95.500',
    'Vàng nhẫn 9999 | 93.500 | 95.200',
  ];

  it('stays with its title and header row: the rows are the article figures', () => {
    expect(cleanText([lead, ...table, next].join('\n')).body.split('\n')).toEqual([lead, ...table, next]);
  });

  it('goes as the sidebar box in an article about something else', () => {
    const rows = ['Vàng miếng SJC | 94.000 | 95.500', 'Vàng nhẫn 9999 | 93.500 | 95.200'];
    const article = [LEAD_BAC_KAN, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3];
    const body = cleanText([LEAD_BAC_KAN, ...rows, PARAGRAPH_BAC_KAN_2, PARAGRAPH_BAC_KAN_3].join('\n')).body;
    expect(body.split('\n')).toEqual(article);
  });
});

describe("a live page's controls", () => {
  it('stand between the lead and the first stamped entry without cutting the stamp from the text', () => {
    const lead =
      'Sáng nay, lễ khai mạc hội chợ nông sản lớn nhất năm diễn ra tại trung tâm triển lãm của tỉnh với sự tham gia của hơn 300 doanh nghiệp và hợp tác xã.';
    const entries = [
      '08:45',
      'Đông đảo người dân đã có mặt tại các gian hàng trái cây và đặc sản vùng cao ngay sau lễ cắt băng khai mạc.',
      '08:20',
      'Các đại biểu tham quan khu trưng bày sản phẩm đạt chuẩn OCOP của các huyện, nhiều sản phẩm lần đầu được giới thiệu.',
    ];
    const cleaned = cleanText([lead, 'Làm mới', ...entries].join('\n'));
    expect(cleaned.body.split('\n')).toEqual([lead, ...entries]);
  });
});

describe('forms', () => {
  const lead =
    'Bộ Giáo dục và Đào tạo cho biết kết quả thi tốt nghiệp năm nay sẽ được công bố từ 8 giờ sáng mai, thí sinh tra cứu bằng số báo danh và mật khẩu được cấp khi đăng ký dự thi.';
  const next =
    'Thí sinh có thắc mắc về kết quả có thể nộp đơn phúc khảo tại nơi đăng ký dự thi trong mười ngày kể từ khi điểm được công bố, theo hướng dẫn của sở giáo dục.';

  it('take the heading above their first field with them, between two paragraphs too', () => {
    const form = ['Tra cứu điểm thi tốt nghiệp THPT 2024', 'Nhập số báo danh', 'Tra cứu'];
    const cleaned = cleanText([lead, ...form, next].join('\n\n'));
    expect(cleaned.body.split('\n')).toEqual([lead, next]);
    expect(cleaned.removed).toContainEqual({ text: form[0], reason: 'other-widget' });
  });

  it('leave a paragraph above a field alone: a heading is no sentence', () => {
    expect(cleanText([lead, 'Nhập số báo danh', next].join('\n\n')).body.split('\n')).toEqual([lead, next]);
  });
});

describe('a table of contents', () => {
  const lead =
    'Mỗi năm, hàng trăm nghìn người lao động được hoàn lại tiền thuế thu nhập cá nhân đã nộp thừa, nhưng không ít người bỏ qua quyền lợi này vì chưa nắm rõ điều kiện và thủ tục.';
  const section =
    'Theo quy định, người nộp thuế được hoàn khi số tiền thuế đã nộp lớn hơn số thuế phải nộp trong năm, hoặc khi đã nộp thuế nhưng có thu nhập tính thuế chưa đến mức phải nộp.';
  const section2 =
    'Người nộp thuế tự quyết toán cần chuẩn bị tờ khai quyết toán, bảng kê giảm trừ gia cảnh và chứng từ khấu trừ thuế của các nơi trả thu nhập, rồi nộp trực tuyến qua cổng thuế điện tử.';

  it('loses its items, numbered or not, and the article keeps its sub-headings', () => {
    const page = [
      'Những điều cần biết về hoàn thuế',
      '18/03/2024 10:00',
      'Mục lục',
      '1. Ai được hoàn thuế?',
      'Hồ sơ gồm những gì?',
      lead,
      'Ai được hoàn thuế?',
      section,
      'Hồ sơ gồm những gì?',
      section2,
    ];
    const cleaned = cleanText(page.join('\n\n'));
    expect(cleaned.title).toBe('Những điều cần biết về hoàn thuế');
    expect(cleaned.body.split('\n')).toEqual([
      lead,
      'Ai được hoàn thuế?',
      section,
      'Hồ sơ gồm những gì?',
      section2,
    ]);
  });

  it('ends at the first line the article does not print again', () => {
    const page = ['Mục lục', 'Ai được hoàn thuế?', lead, 'Ai được hoàn thuế?', section];
    const removed = cleanText(page.join('\n\n')).removed;
    expect(removed).toContainEqual({ text: 'Ai được hoàn thuế?', reason: 'navigation' });
    expect(removed.map(({ text }) => text)).not.toContain(lead);
  });
});

describe('a quotation lead-in', () => {
  const lead =
    'Dưới bài viết về một hành khách bỏ quên túi tiền trên xe ôm công nghệ, bình luận của tài xế đã trả lại số tiền nhận hơn mười nghìn lượt thích.';
  const quote = '"Tiền của ai thì trả người đó, tôi chỉ làm điều ai cũng sẽ làm."';

  it.each(['Chị Hoa chia sẻ:', 'Trong bình luận, anh Tú viết:', 'Bà Lan góp ý thêm:'])(
    '"%s" names a speaker and stays with the quotation',
    (leadIn) => {
      expect(cleanText([lead, leadIn, quote].join('\n\n')).body.split('\n')).toEqual([lead, leadIn, quote]);
    },
  );

  it('without a speaker is the widget label', () => {
    expect(cleanText([lead, 'Chia sẻ:', 'Facebook Zalo'].join('\n\n')).body).toBe(lead);
  });
});
