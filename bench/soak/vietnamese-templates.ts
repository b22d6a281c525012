// Sentence material for the soak corpus, written for it (not taken from any real site): provinces, places,
// people, sites with their own boilerplate, and article sentences with slots. Combined at random, they give
// thousands of distinct articles that read like the regional news the pipeline ingests.

export interface ProvincePlace {
  readonly province: string;
  /** A district or city inside it, so the classifier sees the context a real article gives. */
  readonly district: string;
}

export const PROVINCE_PLACES: readonly ProvincePlace[] = [
  { province: 'Lào Cai', district: 'thị xã Sa Pa' },
  { province: 'Yên Bái', district: 'huyện Mù Cang Chải' },
  { province: 'Sơn La', district: 'huyện Mộc Châu' },
  { province: 'Điện Biên', district: 'huyện Mường Nhé' },
  { province: 'Thái Nguyên', district: 'huyện Đại Từ' },
  { province: 'Bắc Giang', district: 'huyện Lục Ngạn' },
  { province: 'Quảng Ninh', district: 'thành phố Hạ Long' },
  { province: 'Hải Dương', district: 'huyện Thanh Hà' },
  { province: 'Thái Bình', district: 'huyện Tiền Hải' },
  { province: 'Nam Định', district: 'huyện Giao Thủy' },
  { province: 'Ninh Bình', district: 'huyện Hoa Lư' },
  { province: 'Thanh Hóa', district: 'huyện Nga Sơn' },
  { province: 'Nghệ An', district: 'huyện Quỳnh Lưu' },
  { province: 'Hà Tĩnh', district: 'huyện Kỳ Anh' },
  { province: 'Quảng Bình', district: 'huyện Bố Trạch' },
  { province: 'Quảng Trị', district: 'huyện Hải Lăng' },
  { province: 'Quảng Ngãi', district: 'huyện Bình Sơn' },
  { province: 'Bình Định', district: 'thị xã Hoài Nhơn' },
  { province: 'Phú Yên', district: 'huyện Tuy An' },
  { province: 'Khánh Hòa', district: 'huyện Vạn Ninh' },
  { province: 'Ninh Thuận', district: 'huyện Ninh Hải' },
  { province: 'Bình Thuận', district: 'huyện Tuy Phong' },
  { province: 'Đắk Lắk', district: 'huyện Krông Pắc' },
  { province: 'Gia Lai', district: 'huyện Chư Sê' },
  { province: 'Lâm Đồng', district: 'huyện Đơn Dương' },
  { province: 'Đồng Nai', district: 'huyện Trảng Bom' },
  { province: 'Tây Ninh', district: 'huyện Gò Dầu' },
  { province: 'Long An', district: 'huyện Cần Giuộc' },
  { province: 'Tiền Giang', district: 'huyện Cái Bè' },
  { province: 'Bến Tre', district: 'huyện Ba Tri' },
  { province: 'Vĩnh Long', district: 'huyện Trà Ôn' },
  { province: 'An Giang', district: 'huyện Tịnh Biên' },
  { province: 'Kiên Giang', district: 'huyện Phú Quốc' },
  { province: 'Sóc Trăng', district: 'huyện Trần Đề' },
  { province: 'Bạc Liêu', district: 'huyện Đông Hải' },
  { province: 'Cà Mau', district: 'huyện Năm Căn' },
];

export interface NewsSite {
  /** Host of the site's canonical URLs and the envelope's `source`. */
  readonly host: string;
  readonly source: string;
  /** Lines the site prints around every article: what the cleaner must learn to strip. */
  readonly header: readonly string[];
  readonly footer: readonly string[];
}

export const NEWS_SITES: readonly NewsSite[] = [
  {
    host: 'baomiennui.example.vn',
    source: 'Báo Miền Núi',
    header: ['Trang chủ | Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao', 'Chia sẻ Facebook Zalo In bài'],
    footer: ['Tin liên quan', 'Bản quyền thuộc Báo Miền Núi. Giấy phép số 12/GP-BTTTT'],
  },
  {
    host: 'tinduyenhai.example.vn',
    source: 'Tin Duyên Hải',
    header: [
      'Đăng nhập | Đăng ký',
      'Thời tiết: 29°C, nắng nhẹ',
      'Giá vàng SJC: 84,5 - 86,5 triệu đồng/lượng',
    ],
    footer: ['Bình luận (0)', 'Lượt xem: 1.245', 'Tòa soạn: số 5 đường Trần Phú. Điện thoại: 0258 3821 000'],
  },
  {
    host: 'dongbangsongcuulong.example.vn',
    source: 'Đồng Bằng Online',
    header: ['Tỷ giá USD: 25.380 VND', 'Xem thêm | Tin mới | Đọc nhiều'],
    footer: [
      'Tin cùng chuyên mục',
      'Ghi rõ nguồn Đồng Bằng Online khi phát hành lại thông tin từ website này',
    ],
  },
  {
    host: 'taynguyenngaynay.example.vn',
    source: 'Tây Nguyên Ngày Nay',
    header: ['Menu | Chính trị | Nông nghiệp | Du lịch | Pháp luật', 'Gửi bài | In | Chia sẻ'],
    footer: ['Có thể bạn quan tâm', 'Liên hệ quảng cáo: quangcao@taynguyenngaynay.example.vn'],
  },
];

export const AUTHORS: readonly string[] = [
  'Minh Khoa',
  'Thu Hà',
  'Quốc Bảo',
  'Ngọc Ánh',
  'Hữu Phước',
  'Thanh Tâm',
  'Văn Long',
  'Mai Phương',
];

/** Headline patterns; {place}, {province}, {n} are filled in. */
export const HEADLINES: readonly string[] = [
  '{province} khởi công dự án đường liên xã tại {place}',
  'Nông dân {place} thu hoạch vụ mùa đạt năng suất cao',
  '{province} hỗ trợ {n} hộ dân khắc phục hậu quả mưa lũ',
  'Khai mạc hội chợ nông sản {province} lần thứ {n}',
  '{province} đầu tư {n} tỷ đồng nâng cấp trường học vùng khó',
  'Ngư dân {place} trúng đậm mùa cá cơm',
  '{province} đón hơn {n} nghìn lượt khách du lịch dịp lễ',
  'Xây dựng nông thôn mới ở {place}: những kết quả bước đầu',
];

/** Body sentences; each article takes several, so bodies differ even when a headline pattern repeats. */
export const SENTENCES: readonly string[] = [
  'Sáng nay, Ủy ban nhân dân tỉnh {province} đã tổ chức hội nghị sơ kết công tác sáu tháng đầu năm với sự tham gia của đại diện các sở, ngành và địa phương.',
  'Theo báo cáo, toàn {place} hiện có khoảng {n} hộ dân tham gia mô hình sản xuất liên kết, thu nhập bình quân tăng rõ rệt so với cùng kỳ năm trước.',
  'Lãnh đạo tỉnh {province} yêu cầu các đơn vị thi công bảo đảm an toàn lao động, đẩy nhanh tiến độ và hoàn thành công trình trước mùa mưa bão.',
  'Người dân {place} phấn khởi cho biết con đường mới giúp việc vận chuyển nông sản ra chợ thuận lợi hơn rất nhiều so với trước đây.',
  'Ngành nông nghiệp {province} khuyến cáo bà con theo dõi sát diễn biến thời tiết, chủ động phòng trừ sâu bệnh và bố trí lịch thời vụ hợp lý.',
  'Dự án có tổng mức đầu tư hơn {n} tỷ đồng từ nguồn ngân sách trung ương và ngân sách địa phương, dự kiến hoàn thành trong năm tới.',
  'Chủ tịch Ủy ban nhân dân {place} cho biết địa phương sẽ tiếp tục rà soát, hỗ trợ các hộ gia đình có hoàn cảnh khó khăn ổn định cuộc sống.',
  'Nhiều hợp tác xã tại {province} đã ký kết hợp đồng bao tiêu sản phẩm với doanh nghiệp, giúp nông dân yên tâm mở rộng diện tích canh tác.',
  'Trong dịp này, ban tổ chức đã trao {n} suất quà cho học sinh nghèo vượt khó và các gia đình chính sách trên địa bàn {place}.',
  'Các chuyên gia đánh giá {province} có nhiều tiềm năng phát triển du lịch sinh thái gắn với văn hóa cộng đồng của đồng bào địa phương.',
  'Lực lượng chức năng {place} đã huy động hàng trăm cán bộ, chiến sĩ giúp dân di dời tài sản đến nơi an toàn trước khi nước lũ lên cao.',
  'Sở Giáo dục và Đào tạo tỉnh {province} cho biết năm học này toàn tỉnh tăng thêm {n} phòng học kiên cố, đáp ứng nhu cầu học tập của học sinh.',
];

/** A news-site section front: headlines only, no prose. Reads as a listing, not as an article. */
export const LISTING_LINES: readonly string[] = [
  'Tin mới nhất',
  'Xem thêm',
  'Đọc nhiều',
  'Thời sự',
  'Kinh tế',
  'Trang 1 2 3 4 5 Tiếp',
];
