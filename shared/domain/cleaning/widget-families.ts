// Vocabulary of the page widgets that surround Vietnamese news articles, as data. Patterns match the
// folded line (lower case, no diacritics, đ→d), so "Gởi bài viết", "GỬI BÀI VIẾT" and "gui bai viet"
// are all one spelling. Each family names the removal reason its lines are filed under.
import type { RemovalReason } from '#domain/article/types';
import { FILE_NAME_LINE } from '#domain/metadata/source';

export interface WidgetFamily {
  readonly name: string;
  readonly reason: RemovalReason;
  /** Phrases that, covering most of a short line, make it this widget. */
  readonly patterns: readonly RegExp[];
  /**
   * Other words this family tolerates outside the body, when more than the default: a copyright line
   * names the publisher ("© Bản quyền thuộc về Báo Điện tử tỉnh X"), a contact line gives an address.
   */
  readonly maxOtherWords?: number;
  /**
   * The family's vocabulary is also a news topic (an article about gold prices, the weather, a poll):
   * when the article's own prose uses it, only pure-vocabulary lines count as this widget.
   */
  readonly topical?: boolean;
}

/** The family of a form's fields and buttons (a lookup box, a sign-up field). */
export const INPUT_FORM_FAMILY = 'input-form';

/** The family of the site's hotline line: topical, but no data box with rows under it. */
export const HOTLINE_FAMILY = 'hotline';

/** The family of a table of contents' heading. */
export const TABLE_OF_CONTENTS_FAMILY = 'table-of-contents';

/** The family of related-news headings and lists. */
export const RELATED_NEWS_FAMILY = 'related-news';

/** The family of comment boxes, counters and controls. */
export const COMMENTS_FAMILY = 'comments';

/** The family of copyright, licence and address lines. */
export const COPYRIGHT_FOOTER_FAMILY = 'copyright-footer';

/** The family of follow and app prompts. */
export const FOLLOW_US_FAMILY = 'follow-us';

/** The family of cookie bars. */
export const COOKIE_NOTICE_FAMILY = 'cookie-notice';

/** The family of author boxes. */
export const AUTHOR_BIO_FAMILY = 'author-bio';

/** The family of social posts and videos embedded in the text. */
export const SOCIAL_EMBED_FAMILY = 'social-embed';

/** The family of a "Xem thêm: …" link inside the text (widget-match.ts finds it by shape). */
export const INLINE_RELATED_LINK_FAMILY = 'inline-related-link';

export const WIDGET_FAMILIES: readonly WidgetFamily[] = [
  {
    name: 'skip-link',
    reason: 'navigation',
    patterns: [
      /(truy cap|chuyen (den|toi)|di (den|toi)|bo qua( den)?)( phan)? noi dung( chinh)?( luon| ngay)?/,
      /skip (to|navigation)( main)?( content)?/,
      /(ve|len|quay ve) dau trang/,
    ],
  },
  {
    // Links that move between pages: back to the previous one, and the pager of an article printed on
    // several pages ("Trang 1/3", "Trang sau »"), above or under the text. A row of page numbers ("Trang
    // 1 2 3") is a short fragment to the classifier already.
    name: 'back-link',
    reason: 'navigation',
    patterns: [
      /^\[?\s*(tro ve|quay lai|quay ve|tro lai|ve trang (truoc|chu))\s*\]?$/,
      /^(trang|page) \d{1,3} ?(\/|tren|of) ?\d{1,3}$/,
      /^[«‹<]? ?(trang|page) (sau|truoc|tiep theo|ke tiep|next|previous)( ?[»›>])?$/,
    ],
  },
  {
    name: 'breadcrumb',
    reason: 'navigation',
    patterns: [/^trang chu(\s*[>»›/|].*)?$/, /^home\s*[>»›/|]/],
  },
  {
    // What is left of a social post embedded in the article when the crawler flattens it: the embed's
    // link ("Xem bài viết này trên Instagram", "View this post on Instagram"), its attribution ("Một bài
    // đăng được chia sẻ bởi Lan Chi (@lanchi)", "A post shared by …", "Bài đăng của …") and a tweet's signature ("— Name
    // (@handle) September 3, 2024"). The attribution names the account, so its pattern takes the whole
    // line: it sits between paragraphs, where a widget line may hold no other word. Before the share
    // family, whose "chia sẻ" would otherwise take its phrase out of the line first. A sentence about a
    // post ends with punctuation and is no attribution.
    name: SOCIAL_EMBED_FAMILY,
    reason: 'other-widget',
    patterns: [
      /^(xem|view) (bai viet|bai dang|video|anh|this post|this video|this photo)( nay)? (tren|on) (instagram|facebook|tiktok|twitter|threads|youtube|x)$/,
      /^(mot )?(bai dang|bai viet|video|anh|thuoc phim) (duoc )?(chia se|dang) (boi|tu) .*[^.!?]$/,
      /^a (post|video|photo|reel) shared by .*[^.!?]$/,
      /^bai dang (cua|tu) .*[^.!?]$/,
      /^[—–-] ?[^()]{1,60}\(@[a-z0-9_.]{2,30}\) [^()]{0,30}\d{4}$/,
      // An embedded video's credit in brackets under its title: "(Video: VTV)", "(Nguồn clip: VTC)".
      /^\( ?(nguon )?(video|clip) ?: ?[^():]{1,40}\)$/,
    ],
  },
  {
    name: 'share',
    reason: 'share-widget',
    patterns: [
      /chia se( bai viet| bai| tin)?( qua| len| tren)?/,
      /(ban in|in bai( viet)?|in trang|in tin|print)/,
      /(gui|goi) (bai( viet)?|cho ban be|tin( bai)?|email|mail)( nay)?/,
      /(luu|bookmark) (bai|tin)( viet)?/,
      /^(copy|sao chep) (link|lien ket|duong dan)/,
      /\b(facebook|twitter|zalo|linkedin|pinterest|tweet|google\+?|email|e-mail)\b/,
      /^(thich|like|share)\b/,
      // The page's files to take away, beside print and send: "Tải về:", "Quyet-dinh-12.pdf".
      /^(tai ve|tai xuong|download|(file|tep|tai lieu|van ban) dinh kem|dinh kem)\s*:?$/,
      FILE_NAME_LINE,
    ],
  },
  {
    name: COMMENTS_FAMILY,
    reason: 'comments',
    patterns: [
      /(nhap|viet|gui|them|xem)? ?(binh luan|y kien)( cua (ban|ban doc|minh))?( ban doc)?/,
      /(gop y|phan hoi)( bai viet| cua ban)?/,
      /(ho (va )?ten|noi dung)\s*:?\s*\*?$/,
      /\btra loi\b/,
      /\b\d+\s*(giay|phut|gio|ngay|tuan|thang|nam)\s*truoc\b/,
      /bao cao vi pham/,
      /(sap xep theo|hien thi) ?(moi nhat|cu nhat|hay nhat|noi bat)?/,
    ],
  },
  {
    name: 'view-counter',
    reason: 'view-counter',
    patterns: [/(luot|so lan) (xem|doc|truy cap)/, /da xem/],
  },
  {
    name: 'weather',
    topical: true,
    reason: 'weather',
    patterns: [/thoi tiet/, /-?\d+\s*°\s*[cf]?/, /do am/, /nhiet do/],
  },
  {
    name: 'exchange-rate',
    topical: true,
    reason: 'exchange-rate',
    patterns: [
      /ty gia( ngoai te)?/,
      /ngoai te/,
      /ma (nt|ngoai te)/,
      /\b(usd|eur|jpy|gbp|aud|cny|sgd|krw|thb|chf|cad|hkd)\b/,
    ],
  },
  {
    name: 'gold-price',
    topical: true,
    reason: 'gold-price',
    patterns: [/gia vang/, /vang (sjc|9999|nhan|mieng|trang suc)/, /dvt\s*:?.*luong/, /\b(sjc|pnj|doji)\b/],
  },
  {
    name: 'stock-board',
    topical: true,
    reason: 'other-widget',
    patterns: [
      /\b(vn|hnx|upcom)-?(index|30)\b/,
      /bang gia chung khoan/,
      /thi truong chung khoan hom nay/,
      // The stock-code chip business portals print by the article: "Mã chứng khoán liên quan: VHS, VNM".
      /^(cac )?ma (chung khoan|ck|co phieu)( lien quan)?\s*:?\s*[a-z0-9]{3}(\s*,\s*[a-z0-9]{3})*$/,
    ],
  },
  {
    name: 'broadcast-schedule',
    topical: true,
    reason: 'broadcast-schedule',
    patterns: [
      /lich (phat song|truyen hinh|phat thanh)( truyen hinh| phat thanh)?/,
      /(xem|nghe) (truc tiep|lai)/,
      /truyen hinh truc tiep/,
    ],
  },
  {
    name: RELATED_NEWS_FAMILY,
    reason: 'related-news',
    patterns: [
      /^(cac )?(tin|bai( viet)?) (khac|lien quan|cung chuyen muc|moi( nhat)?|doc nhieu( nhat)?|xem nhieu( nhat)?|noi bat|da dua|truoc|tiep theo)/,
      /^(xem|doc) (them|tiep)/,
      /^(cac )?(tin|bai( viet)?|tin tuc) (cung (loai|chu de|danh muc)|moi cap nhat|hot|nong|anh|video)/,
      /(co the )?(ban|quy vi) (co the )?(quan tam|muon doc|nen doc)/,
      /(dung|khong the) bo lo/,
      // A podcast's or a series' other parts: "Các tập khác", "Tập trước", "Các kỳ khác".
      /^(cac )?(tap|ky|so) (khac|truoc|tiep theo|moi nhat)$/,
      // A Q&A column's other questions: "Các câu hỏi khác", "Câu hỏi liên quan".
      /^(cac )?(cau hoi|hoi dap|bai tu van) (khac|lien quan|cung chuyen muc|cung chu de)$/,
      /^(tieu diem|tin tieu diem|doc nhieu|xem nhieu|moi nhat|tin moi|tin nong|tin hot)$/,
      // Other items of the kind the page shows: a portal's "Văn bản khác", "Thông báo khác", "Video khác".
      /^(cac )?(van ban|thong bao|su kien|video|clip|album|anh|phong su|chuyen de|podcast|infographic|emagazine) (khac|lien quan|cung chuyen muc|moi( nhat)?)$/,
    ],
  },
  {
    name: COPYRIGHT_FOOTER_FAMILY,
    reason: 'footer',
    maxOtherWords: 10,
    patterns: [
      /©|\(c\)|copyright|ban quyen( thuoc ve)?/,
      /giay phep( xuat ban| so)?/,
      /(tong bien tap|pho tong bien tap|chiu trach nhiem (xuat ban|noi dung))/,
      /^(dia chi|dien thoai|dt|email|fax|hotline|toa soan)\s*:/,
      /ghi ro nguon|(cam|khong duoc) (sao chep|trich dan)/,
      /co quan chu quan|tru so( chinh)?\s*:|(so )?giay phep/,
      /(thiet ke|phat trien|xay dung|van hanh) (website )?boi|(designed|developed|powered) by/,
      /^(ve chung toi|gioi thieu|lien he|dieu khoan( su dung)?|chinh sach bao mat|so do (trang|site)|rss)$/,
    ],
  },
  {
    // The site's hotline, in the header strip or the footer ("Đường dây nóng: 0913 456 789"). Hotlines
    // are also news (a ministry opens one for complaints): when the prose speaks of one, the numbers it
    // lists between the paragraphs are the article's.
    name: HOTLINE_FAMILY,
    reason: 'footer',
    topical: true,
    maxOtherWords: 10,
    patterns: [/\b(hotline|duong day nong)\b/],
  },
  {
    // Blog engines (WordPress, Blogger) sign the page and add archive and post-to-post navigation.
    name: 'blog-engine',
    reason: 'footer',
    maxOtherWords: 6,
    patterns: [
      /\b(wordpress|blogger|blogspot|joomla)\b/,
      /duoc (tao|cung cap|van hanh|xay dung) boi/,
      /^(chuyen muc|danh muc|luu tru|categories|archives?|nhan|labels?|filed under)\s*:/,
      /^(bai|bai viet|tin) (truoc|sau|tiep theo|ke tiep)\b/,
      /^(previous|next|older|newer) (post|entry|article)s?\b/,
      /(de lai|viet) (mot )?(binh luan|phan hoi|loi binh)|leave a (reply|comment)/,
      /^(posted|dang) (in|trong)\s/,
    ],
  },
  {
    name: 'advertising',
    topical: true,
    reason: 'advertising',
    patterns: [/quang cao/, /\b(advertisement|sponsored|adsense)\b/, /(noi dung )?tai tro/],
  },
  {
    name: 'login-search',
    reason: 'navigation',
    patterns: [
      /dang (nhap|xuat)|quen mat khau|mat khau|tai khoan( cua toi)?|\b(log ?in|sign (in|up)|register)\b/,
      /^dang ky( tai khoan)?$/,
      /tim kiem|nhap tu khoa|\bsearch\b/,
    ],
  },
  {
    // A form inside or beside the article: a lookup box ("Tra cứu điểm thi …" / "Nhập số báo danh" /
    // "Tra cứu"), a field of a sign-up box. A field's placeholder is an order to type or pick, a whole
    // line without a sentence's end; the button is a verb alone. The heading above a field goes with it
    // (03-widgets.ts).
    name: INPUT_FORM_FAMILY,
    reason: 'other-widget',
    patterns: [
      /^(nhap|chon|dien) (so bao danh|ma (so|ho so|tra cuu|bao mat|xac nhan|hoc sinh|sinh vien|don hang|van don)|so dien thoai|(dia chi )?email|bien (so|kiem soat)( xe)?|so (cccd|cmnd|can cuoc|ho so|giay to|ve|hop dong)|ho (va )?ten|tinh\s*\/\s*thanh( pho)?|tinh thanh|quan\s*\/\s*huyen|ngay sinh|nam sinh)( cua ban)?( (tai|vao) day)?\s*\*?$/,
      /^(tra cuu|tra cuu ngay|xem ket qua|gui thong tin)$/,
    ],
  },
  {
    name: 'poll',
    topical: true,
    reason: 'other-widget',
    patterns: [/binh chon|tham do( y kien)?|bieu quyet|ket qua (binh chon|tham do)/],
  },
  {
    // The heading of a long article's table of contents ("Mục lục", "Nội dung chính"): its items, the
    // article's own sub-headings printed once more, go with it (03-widgets.ts). A summary box that
    // restates the article above its lead is a heading of the same kind ("Tóm tắt", "Key points"),
    // with a note that a machine wrote it ("Tóm tắt được tạo tự động, chỉ mang tính tham khảo.").
    name: TABLE_OF_CONTENTS_FAMILY,
    reason: 'navigation',
    patterns: [
      /^(muc luc|(cac )?noi dung chinh|noi dung bai viet|xem nhanh|tom tat noi dung|dieu huong bai viet)( bai viet)?\s*:?$/,
      /^(tom tat|tom tat nhanh|tom tat tin|key points|summary|tl;?dr)( bai viet)?\s*:?$/,
      /^(ban |noi dung )?tom tat( nay)? (duoc|do|boi) [^.]{0,40}(tu dong|\bai\b|tri tue nhan tao)[^.]*[.]?( [^.]{0,60}[.]?)?$/,
    ],
  },
  {
    name: 'tags',
    reason: 'other-widget',
    maxOtherWords: 10,
    patterns: [/^(tu khoa|tags?|chu de|the|keywords?)\s*:/, /^#[a-z0-9]/],
  },
  {
    name: FOLLOW_US_FAMILY,
    reason: 'other-widget',
    patterns: [
      /theo doi (chung toi|bao|tren)/,
      /(tai|download) ung dung/,
      /follow us/,
      /dang ky nhan (tin|ban tin)/,
      /(ket noi|tuong tac) voi (chung toi|bao)/,
      /\b(fanpage|youtube|tiktok|instagram|zalo oa)\b/,
      /^(theo doi|follow)$/,
      // The follower count beside the button: "1.254 người theo dõi", "2,3K followers".
      /^[\d.,]+ ?[km]? (nguoi theo doi|followers?)$/,
    ],
  },
  {
    // Reader feedback under the article: "Bạn thấy bài viết này thế nào?", "Bài viết có hữu ích không?",
    // star ratings.
    name: 'rating',
    reason: 'other-widget',
    patterns: [
      /(ban )?(co )?hai long (voi )?(bai viet|noi dung|thong tin)/,
      /(ban )?thay (bai viet|noi dung|thong tin)( nay)? (the nao|ra sao|co huu ich)/,
      /(bai viet|thong tin|noi dung)( nay)? co (huu ich|hay)( khong| voi ban)?/,
      /danh gia (bai viet|noi dung|chat luong)/,
      // Reaction buttons: the prompt ("Bạn cảm thấy thế nào sau khi đọc bài viết?") and each emotion
      // with its count ("Vui 36", "Phẫn nộ 0"); "Thích 124" is the share family's.
      /(ban )?cam thay (the nao|ra sao)( (sau )?khi doc| ve)? (bai viet|tin|noi dung|bai bao)( nay)?/,
      /^(vui|buon|ngac nhien|phan no|gian du|yeu thich|hai huoc|xuc dong|so hai|wow|haha)\s*\(?\d[\d.,]*\)?$/,
      /[★☆]{3,}/,
    ],
  },
  {
    // Cookie consent bars: "Chúng tôi sử dụng cookie để …", "Chấp nhận cookie".
    name: COOKIE_NOTICE_FAMILY,
    reason: 'other-widget',
    maxOtherWords: 12,
    patterns: [/\bcookies?\b/],
  },
  {
    // App download prompts: "Tải ứng dụng trên App Store", "Ứng dụng đọc báo trên điện thoại".
    name: 'app-download',
    reason: 'other-widget',
    patterns: [
      /\b(app ?store|google ?play|ch ?play)\b/,
      /(tai|download|cai dat|mo) (ung dung|app)\b/,
      /ung dung (doc bao|tin tuc)( tren dien thoai)?/,
      /(doc|xem) (bao|tin)( nhanh hon| tien hon)? tren (ung dung|app)\b/,
    ],
  },
  {
    // An author box under the article: its heading, a link to the author's other articles, and an
    // opinion column's disclaimer ("Bài viết thể hiện quan điểm riêng của tác giả"). The box's profile
    // sentence under the heading goes with it as the box's content (the footer run, 03-widgets.ts).
    name: AUTHOR_BIO_FAMILY,
    reason: 'other-widget',
    patterns: [
      /^(ve|gioi thieu|thong tin( ve)?) (tac gia|phong vien|nguoi viet)$/,
      /(tat ca|them|cac) (bai( viet)?|tin) (khac )?(cua )?(tac gia|phong vien)\b/,
      /(bai viet|noi dung) (the hien|phan anh) (quan diem|goc nhin|y kien) (rieng|ca nhan)/,
    ],
  },
  {
    // A live page's own controls: "Làm mới", "Tự động cập nhật". Whole lines only: "làm mới" and
    // "cập nhật" are common words of news prose.
    name: 'live-controls',
    reason: 'other-widget',
    patterns: [/^(lam moi|tai lai( trang)?|refresh|tu dong cap nhat|cap nhat tu dong)$/],
  },
  {
    // The text-to-speech player many papers put above the lead: its label ("Nghe bài viết", "Nghe đọc
    // bài", its running time after it), voice and speed choices, the speed's and the voice's own labels
    // and values ("Tốc độ", "1.25x", "Giọng đọc:", "Nữ miền Bắc") when an extractor prints each control
    // on a line of its own.
    name: 'audio-player',
    reason: 'other-widget',
    patterns: [
      /^(nghe|lang nghe|doc)( doc)? (bai viet|bai bao|bai|tin|noi dung)( nay)?( \(?\d{1,2}:\d{2}\)?)?$/,
      /toc do (doc|phat)|^toc do$/,
      /^giong (doc )?(nam|nu)( mien (bac|trung|nam))?$|^giong doc\s*:?$|^(nam|nu) mien (bac|trung|nam)$/,
      /^[0-2](?:[.,]\d{1,2})?x$/,
    ],
  },
  {
    // "Thời gian đọc: 3 phút", "5 phút đọc": the reading time printed under the date line.
    name: 'reading-time',
    reason: 'other-widget',
    patterns: [/thoi gian doc/, /^\d{1,2} phut doc$/, /doc trong (khoang )?\d{1,2} phut/],
  },
  {
    name: 'font-size',
    reason: 'other-widget',
    patterns: [
      /(co|kich thuoc|phong|kieu) chu/,
      /^a\s*[-+]\s*a\s*[-+]?$/,
      /^(a\s*[-+]?\s*){2,3}$/,
      /(tang|giam) (co )?chu/,
      /\bfont\b/,
    ],
  },
];

/**
 * Comment policies under the comment box are whole sentences, too long for the families above: "Bạn
 * đọc vui lòng gõ tiếng Việt có dấu khi gửi ý kiến. Ban biên tập có quyền biên tập hoặc từ chối đăng…".
 * A line is one when it names comments, addresses the reader and states a moderation rule (folded).
 */
export const COMMENT_POLICY_TOPIC = /binh luan|y kien|gop y/;
export const COMMENT_POLICY_READER = /\b(ban doc|vui long|quy (vi|doc gia)|cua ban|de nghi ban)\b/;
export const COMMENT_POLICY_RULE =
  /tieng viet co dau|kiem duyet|quyen (bien tap|tu choi|xoa)|tu choi dang|khong (dang tai|duoc dang|dang)|se duoc (bien tap|duyet)/;

/**
 * The site's prompt to install its app or follow it, as a whole sentence too long for the app-download
 * and follow-us families: "Tải ứng dụng Báo X trên App Store và Google Play để đọc tin nhanh nhất.". It
 * names a channel and says what for: to read the news first. An article about an app says what the app
 * does ("để nhận thông tin …"), not that the site's news comes faster (folded).
 */
export const READER_PROMPT_CHANNEL = /ung dung|\bapp\b|google news|zalo|fanpage|youtube|tiktok/;
export const READER_PROMPT_PURPOSE =
  /\bde (doc|cap nhat|theo doi|khong bo lo) (tin|bao|ban tin)( tuc)?( moi| nong| hot)?( nhanh| moi| som| day du| hap dan)( nhat| hon)?\b/;

/**
 * A reporter's lead-in to a quotation names the speaker and a verb of saying, then a colon: "Chị Hoa
 * chia sẻ:", "Trong bình luận, anh Tú viết:", "Bà Lan góp ý:". The verbs are the share and comment
 * families' words, so without the speaker such a line is a widget label ("Chia sẻ:", "Bình luận:").
 * Matched on the folded line; the speaker is a capitalised word after the line's first (see 03-widgets).
 */
export const QUOTATION_LEAD_IN_VERB =
  /\s(viet|noi|chia se|cho biet|ke|bay to|nhan manh|khang dinh|tam su|cho hay|phat bieu|nhan xet|binh luan|gop y|hoi)(\s+(them|rang|lai|nhu sau))?\s*:$/;

/**
 * A cookie bar's notice is a sentence or two, too long for the cookie family above: "Website sử dụng
 * cookie để cải thiện trải nghiệm của bạn. Bằng việc tiếp tục truy cập, bạn đồng ý …". A line is one
 * when it names cookies and the site speaks of its own use of them or of the reader's consent (folded);
 * an article about cookies reports what sites do, in the third person.
 */
export const COOKIE_NOTICE_TOPIC = 'cookie';
export const COOKIE_NOTICE_SPEAKER =
  /\b(chung toi|website|trang web|trang nay|we) (co )?(su dung|dung|use)\b|\bcua ban\b|\b(ban|you) (dong y|chap nhan|accept|agree)\b/;

/**
 * A site's notice on the use of its content is a sentence or two, too long for the copyright family
 * above: "Ban biên tập giữ bản quyền nội dung. Mọi hình thức sao chép khi chưa có sự đồng ý bằng văn bản
 * của tòa soạn đều là vi phạm …". A line is one when it names copying or the copyright, lays down the
 * site's rule on it in a notice's universal terms ("mọi hình thức", "nghiêm cấm", "ghi rõ nguồn"), and
 * names the site as the owner ("tòa soạn", "website này"), all folded. An article about piracy reports
 * what happened to someone's work; it does not forbid the reader anything on behalf of the editors.
 */
export const SITE_NOTICE_TOPIC = /ban quyen|sao chep|trich dan|phat hanh lai|dang tai lai|su dung lai/;
export const SITE_NOTICE_RULE =
  /\b(moi hinh thuc|nghiem cam|giu ban quyen|bao luu moi quyen|all rights reserved)\b|\b(ghi ro|neu ro|dan) nguon\b|\bkhong duoc (phep )?(sao chep|trich dan|su dung lai|phat hanh lai)\b/;
export const SITE_NOTICE_OWNER =
  /\b(toa soan|ban bien tap|bao dien tu|tap chi|cong thong tin)\b|\b(website|trang web|trang tin|trang) nay\b/;

/**
 * The site's imprint, its editor-in-chief, licence or owning body with the newsroom's address or
 * telephone, printed as one line of any length: "Tổng biên tập: … Địa chỉ: … Điện thoại: …". One of the
 * masthead's roles and one of its contact labels together are a footer, never a paragraph.
 */
export const IMPRINT_ROLE = /tong bien tap|giay phep|co quan chu quan|chiu trach nhiem (xuat ban|noi dung)/;
export const IMPRINT_CONTACT = /\b(dia chi|dien thoai|dt|email|fax|toa soan|tru so)\s*:/;

/**
 * A template line telling the reader what they are reading, with the article's title and section in
 * it, so of any length: "Bạn đang đọc bài viết <title> tại chuyên mục Du lịch." (folded).
 */
export const READING_NOTICE =
  /^(ban dang (doc|xem)|ban vua (doc|xem)) (bai viet|bai bao|bai|tin tuc|tin|noi dung)\b/;

/**
 * The site's disclaimer under advice or opinion, a sentence of any length opening with what it
 * disclaims ("Bài viết chỉ mang tính chất tham khảo, không thay thế cho việc chẩn đoán …") or setting
 * the editors apart ("… không nhất thiết phản ánh quan điểm của tòa soạn"), folded.
 * An article's own caveat inside a sentence ("các số liệu chỉ mang tính tham khảo") does not open so.
 */
export const DISCLAIMER_NOTICE =
  /^(\(?\*?\)?\s*)?(luu y\s*:\s*)?(bai viet|bai|thong tin|noi dung)( tren| nay| trong bai( viet)?( nay)?)? (chi )?(mang|co) tinh (chat )?tham khao\b|\bkhong (nhat thiet )?(phan anh|the hien|dai dien cho) (quan diem|lap truong) cua (toa soan|ban bien tap|bao)\b/;

/** Names of the topical families: the data boxes (weather, prices, rates…) whose vocabulary is also a
 *  news topic (see `topical`). */
export const TOPICAL_FAMILY_NAMES: ReadonlySet<string> = new Set(
  WIDGET_FAMILIES.filter((family) => family.topical === true).map((family) => family.name),
);

/**
 * Widgets inside the running text: a "Xem thêm: …" link, an ad label, what is left of an embedded social
 * post, a short box of bulleted links. They neither open the footer run nor count as boilerplate context
 * for the paragraphs around them.
 */
export const INLINE_WIDGET_FAMILIES: ReadonlySet<string> = new Set([
  INLINE_RELATED_LINK_FAMILY,
  // A "Tin liên quan:" heading and its bulleted links between two paragraphs (03-widgets.ts).
  'inline-related-box',
  'advertising',
  SOCIAL_EMBED_FAMILY,
  // A live page's "Làm mới" between its lead and its first stamped entry.
  'live-controls',
]);

/**
 * Whether a line's widget is inline (INLINE_WIDGET_FAMILIES): the family itself, or a line that goes
 * with one, named "<family>:content" (an embedded video's running time under its label).
 */
export function isInlineWidget(widget: string): boolean {
  if (INLINE_WIDGET_FAMILIES.has(widget)) return true;
  const family = widget.indexOf(':');
  return family > 0 && INLINE_WIDGET_FAMILIES.has(widget.slice(0, family));
}

/** Language names that make up language switches ("English | Tiếng Việt", "VI / EN"). */
export const LANGUAGE_NAMES: readonly string[] = [
  'tieng viet',
  'viet nam',
  'vietnamese',
  'english',
  'tieng anh',
  'francais',
  'french',
  'tieng phap',
  'chinese',
  'tieng trung',
  '中文',
  'русский',
  'espanol',
  'japanese',
  '日本語',
  '한국어',
  'lao',
  'khmer',
  'vi',
  'vn',
  'en',
  'fr',
  'cn',
  'jp',
  'kr',
  'ru',
];
