// Interface text in Vietnamese (default) and English. Data (titles, province names) is never translated.

export const LANGUAGES = ['vi', 'en'];
const STORAGE_KEY = 'tinsach.language';

const MESSAGES = {
  vi: {
    tagline: 'Tin tức sạch, tìm theo tỉnh thành',
    switchLanguage: 'English',
    navSearch: 'Tìm kiếm',
    navOverview: 'Tổng quan',
    queryLabel: 'Từ khoá',
    queryPlaceholder: 'vd. pho co hoi an — gõ có dấu hay không dấu đều được',
    search: 'Tìm',
    provinceLabel: 'Tỉnh, thành',
    anyProvince: 'Mọi tỉnh, thành',
    oldProvinces: 'Trước 01/07/2025 (63 tỉnh)',
    newProvinces: 'Từ 01/07/2025 (34 tỉnh)',
    sourceLabel: 'Nguồn',
    anySource: 'Mọi nguồn',
    fromLabel: 'Từ ngày',
    toLabel: 'Đến ngày',
    sortLabel: 'Sắp xếp',
    sortNewest: 'Mới nhất',
    sortRelevance: 'Liên quan nhất',
    clearFilters: 'Xoá bộ lọc',
    loading: 'Đang tải…',
    resultCount: (count, more) => `${count} bài${more ? ' trên trang này' : ''}`,
    noResults: 'Không có bài nào khớp.',
    previousPage: '← Trang trước',
    nextPage: 'Trang sau →',
    page: (number) => `Trang ${number}`,
    untitled: '(không có tiêu đề)',
    noProvince: 'Chưa xác định tỉnh',
    noDate: 'Không rõ ngày',
    apiError: (status, message) => `Lỗi ${status}: ${message}`,
    networkError: (message) => `Không gọi được API: ${message}`,
    oneFilterHint: 'Khi không có từ khoá, chỉ lọc được theo một trong: tỉnh cũ, tỉnh mới hoặc nguồn.',
    back: '← Quay lại kết quả',
    published: 'Ngày đăng',
    author: 'Tác giả',
    source: 'Nguồn',
    originalUrl: 'Địa chỉ gốc',
    provinceOld: 'Tỉnh (trước 07/2025)',
    provinceNew: 'Tỉnh (từ 07/2025)',
    confidence: 'Độ tin cậy',
    evidence: 'Căn cứ xác định tỉnh',
    mentioned: 'Các tỉnh được nhắc tới',
    captions: 'Chú thích ảnh',
    ingested: 'Thời điểm nhập',
    objectKey: 'Tệp gốc',
    cleanText: 'Nội dung đã làm sạch',
    removedLines: (count) => `Dòng đã loại bỏ (${count})`,
    removedHint: 'Mỗi dòng kèm lý do bộ lọc loại bỏ, để bạn đánh giá bộ làm sạch.',
    noRemoved: 'Không có dòng nào bị loại.',
    overviewTitle: 'Tổng quan',
    perProvince: 'Số bài theo tỉnh',
    perProvinceOld: 'Theo tỉnh cũ (63)',
    perProvinceNew: 'Theo tỉnh mới (34)',
    perDay: (count) => `Số bài theo ngày (${count} bài mới nhất)`,
    withoutProvince: 'Chưa xác định',
    totalArticles: (count) => `${count} bài đã lưu`,
    articlesUnit: 'bài',
    notFound: 'Không tìm thấy bài viết.',
    reasons: {
      navigation: 'điều hướng',
      'share-widget': 'nút chia sẻ / in',
      comments: 'bình luận',
      'view-counter': 'lượt xem',
      weather: 'thời tiết',
      'exchange-rate': 'tỷ giá',
      'gold-price': 'giá vàng',
      'broadcast-schedule': 'lịch phát sóng',
      'related-news': 'tin liên quan',
      footer: 'chân trang',
      template: 'khuôn mẫu của trang',
      'short-fragment': 'mảnh ngắn',
      'low-stopword-density': 'giống danh sách / liên kết',
      metadata: 'siêu dữ liệu',
      duplicate: 'trùng lặp',
      'other-widget': 'tiện ích khác',
      advertising: 'quảng cáo',
    },
  },
  en: {
    tagline: 'Clean Vietnamese news, searchable by province',
    switchLanguage: 'Tiếng Việt',
    navSearch: 'Search',
    navOverview: 'Overview',
    queryLabel: 'Keywords',
    queryPlaceholder: 'e.g. pho co hoi an — with or without diacritics',
    search: 'Search',
    provinceLabel: 'Province',
    anyProvince: 'Any province',
    oldProvinces: 'Before 2025-07-01 (63 provinces)',
    newProvinces: 'From 2025-07-01 (34 provinces)',
    sourceLabel: 'Source',
    anySource: 'Any source',
    fromLabel: 'From',
    toLabel: 'To',
    sortLabel: 'Sort',
    sortNewest: 'Newest',
    sortRelevance: 'Most relevant',
    clearFilters: 'Clear filters',
    loading: 'Loading…',
    resultCount: (count, more) => `${count} article${count === 1 ? '' : 's'}${more ? ' on this page' : ''}`,
    noResults: 'No matching articles.',
    previousPage: '← Previous page',
    nextPage: 'Next page →',
    page: (number) => `Page ${number}`,
    untitled: '(untitled)',
    noProvince: 'Province undecided',
    noDate: 'Date unknown',
    apiError: (status, message) => `Error ${status}: ${message}`,
    networkError: (message) => `Could not reach the API: ${message}`,
    oneFilterHint: 'Without keywords, filter by only one of: old province, new province or source.',
    back: '← Back to results',
    published: 'Published',
    author: 'Author',
    source: 'Source',
    originalUrl: 'Original URL',
    provinceOld: 'Province (before 2025-07)',
    provinceNew: 'Province (from 2025-07)',
    confidence: 'Confidence',
    evidence: 'Province evidence',
    mentioned: 'Provinces mentioned',
    captions: 'Photo captions',
    ingested: 'Ingested',
    objectKey: 'Source object',
    cleanText: 'Cleaned text',
    removedLines: (count) => `Removed lines (${count})`,
    removedHint: 'Each line with the reason it was removed, so you can judge the cleaner.',
    noRemoved: 'No lines were removed.',
    overviewTitle: 'Overview',
    perProvince: 'Articles per province',
    perProvinceOld: 'By old province (63)',
    perProvinceNew: 'By new province (34)',
    perDay: (count) => `Articles per day (newest ${count})`,
    withoutProvince: 'Undecided',
    totalArticles: (count) => `${count} articles stored`,
    articlesUnit: 'articles',
    notFound: 'Article not found.',
    reasons: {
      navigation: 'navigation',
      'share-widget': 'share / print',
      comments: 'comments',
      'view-counter': 'view counter',
      weather: 'weather',
      'exchange-rate': 'exchange rate',
      'gold-price': 'gold price',
      'broadcast-schedule': 'broadcast schedule',
      'related-news': 'related news',
      footer: 'footer',
      template: 'site template',
      'short-fragment': 'short fragment',
      'low-stopword-density': 'list or link text',
      metadata: 'metadata',
      duplicate: 'duplicate',
      'other-widget': 'other widget',
      advertising: 'advertising',
    },
  },
};

let current = readStoredLanguage();

function readStoredLanguage() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

export function getLanguage() {
  return current;
}

/** @param {string} language */
export function setLanguage(language) {
  current = LANGUAGES.includes(language) ? language : 'vi';
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

/**
 * The message for key in the current language; function messages are called with args.
 * @param {string} key
 * @param {...unknown} args
 * @returns {string}
 */
export function translate(key, ...args) {
  const message = MESSAGES[current][key] ?? MESSAGES.vi[key] ?? key;
  return typeof message === 'function' ? message(...args) : message;
}

/** @param {string} reason */
export function translateReason(reason) {
  return MESSAGES[current].reasons[reason] ?? reason;
}

/** Fills every element marked data-i18n (text) or data-i18n-placeholder in root. */
export function translateStaticText(root) {
  for (const element of root.querySelectorAll('[data-i18n]'))
    element.textContent = translate(element.dataset.i18n);
  for (const element of root.querySelectorAll('[data-i18n-placeholder]'))
    element.setAttribute('placeholder', translate(element.dataset.i18nPlaceholder));
  document.documentElement.lang = current;
}
