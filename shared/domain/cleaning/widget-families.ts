// Vocabulary of the page widgets that surround Vietnamese news articles, as data. Patterns match the
// folded line (lower case, no diacritics, đ→d), so "Gởi bài viết", "GỬI BÀI VIẾT" and "gui bai viet"
// are all one spelling. Each family names the removal reason its lines are filed under.
import type { RemovalReason } from '#domain/article/types';

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
}

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
    name: 'back-link',
    reason: 'navigation',
    patterns: [/^\[?\s*(tro ve|quay lai|quay ve|tro lai|ve trang (truoc|chu))\s*\]?$/],
  },
  {
    name: 'breadcrumb',
    reason: 'navigation',
    patterns: [/^trang chu(\s*[>»›/|].*)?$/, /^home\s*[>»›/|]/],
  },
  {
    name: 'share',
    reason: 'share-widget',
    patterns: [
      /chia se( bai viet| bai| tin)?( qua| len| tren)?/,
      /(ban in|in bai( viet)?|in trang|in tin|print)/,
      /(gui|goi) (bai( viet)?|cho ban be|tin( bai)?|email|mail)( nay)?/,
      /(luu|bookmark) (bai|tin)( viet)?/,
      /\b(facebook|twitter|zalo|linkedin|pinterest|tweet|google\+?|email|e-mail)\b/,
      /^(thich|like|share)\b/,
    ],
  },
  {
    name: 'comments',
    reason: 'comments',
    patterns: [
      /(nhap|viet|gui|them|xem)? ?(binh luan|y kien)( cua (ban|ban doc|minh))?( ban doc)?/,
      /(gop y|phan hoi)( bai viet| cua ban)?/,
      /(ho (va )?ten|noi dung)\s*:?\s*\*?$/,
    ],
  },
  {
    name: 'view-counter',
    reason: 'view-counter',
    patterns: [/(luot|so lan) (xem|doc|truy cap)/, /da xem/],
  },
  {
    name: 'weather',
    reason: 'weather',
    patterns: [/thoi tiet/, /-?\d+\s*°\s*[cf]?/, /do am/, /nhiet do/],
  },
  {
    name: 'exchange-rate',
    reason: 'exchange-rate',
    patterns: [/ty gia( ngoai te)?/, /ngoai te/, /ma (nt|ngoai te)/],
  },
  {
    name: 'gold-price',
    reason: 'gold-price',
    patterns: [/gia vang/, /vang (sjc|9999|nhan|mieng|trang suc)/, /dvt\s*:?.*luong/],
  },
  {
    name: 'broadcast-schedule',
    reason: 'broadcast-schedule',
    patterns: [
      /lich (phat song|truyen hinh|phat thanh)( truyen hinh| phat thanh)?/,
      /(xem|nghe) (truc tiep|lai)/,
      /truyen hinh truc tiep/,
    ],
  },
  {
    name: 'related-news',
    reason: 'related-news',
    patterns: [
      /^(cac )?(tin|bai( viet)?) (khac|lien quan|cung chuyen muc|moi( nhat)?|doc nhieu( nhat)?|xem nhieu( nhat)?|noi bat|da dua|truoc|tiep theo)/,
      /^(xem|doc) them/,
    ],
  },
  {
    name: 'copyright-footer',
    reason: 'footer',
    maxOtherWords: 10,
    patterns: [
      /©|\(c\)|copyright|ban quyen( thuoc ve)?/,
      /giay phep( xuat ban| so)?/,
      /(tong bien tap|pho tong bien tap|chiu trach nhiem (xuat ban|noi dung))/,
      /^(dia chi|dien thoai|dt|email|fax|hotline|toa soan)\s*:/,
      /ghi ro nguon|(cam|khong duoc) (sao chep|trich dan)/,
    ],
  },
  {
    name: 'tags',
    reason: 'other-widget',
    maxOtherWords: 10,
    patterns: [/^(tu khoa|tags?|chu de|the)\s*:/],
  },
  {
    name: 'follow-us',
    reason: 'other-widget',
    patterns: [
      /theo doi (chung toi|bao|tren)/,
      /(tai|download) ung dung/,
      /follow us/,
      /dang ky nhan (tin|ban tin)/,
    ],
  },
  {
    name: 'font-size',
    reason: 'other-widget',
    patterns: [/(co|kich thuoc|phong) chu/, /^a\s*[-+]\s*a\s*[-+]?$/, /(tang|giam) (co )?chu/],
  },
];

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
