// Vietnamese news fixtures written for these tests (not taken from any real site): scraped-page text
// with the usual boilerplate around a short article, and cleaned articles for seeding storage.
import type { CleanedArticle, ProvinceVerdict } from '#domain/article/types';

export interface PageFixture {
  readonly title: string;
  readonly dateLine: string;
  readonly paragraphs: readonly string[];
  readonly author: string;
}

export const HA_GIANG_PAGE: PageFixture = {
  title: 'Hà Giang khai mạc lễ hội hoa tam giác mạch',
  dateLine: 'Thứ Bảy, 12/10/2024 - 09:15',
  paragraphs: [
    'Tối qua, tại huyện Đồng Văn, tỉnh Hà Giang đã diễn ra lễ khai mạc lễ hội hoa tam giác mạch lần thứ chín với sự tham gia của hàng nghìn du khách trong và ngoài nước.',
    'Lễ hội kéo dài trong ba ngày với nhiều hoạt động như trình diễn trang phục dân tộc, thi nấu thắng cố, chợ phiên vùng cao và triển lãm ảnh về cao nguyên đá.',
    'Ban tổ chức cho biết năm nay diện tích trồng hoa được mở rộng thêm gần 50 ha, tạo điểm nhấn cho mùa du lịch cuối năm của địa phương.',
  ],
  author: 'Thu Trang',
};

export const CA_MAU_PAGE: PageFixture = {
  title: 'Cà Mau đẩy nhanh tiến độ tuyến đê biển Tây',
  dateLine: '07:40 - Thứ Hai, 03/06/2024',
  paragraphs: [
    'Sáng nay, Ủy ban nhân dân tỉnh Cà Mau đã kiểm tra tiến độ thi công tuyến đê biển Tây đoạn qua huyện U Minh, nơi thường xuyên bị sạt lở vào mùa gió chướng.',
    'Theo báo cáo của chủ đầu tư, công trình đã hoàn thành khoảng 70% khối lượng, dự kiến bàn giao trước mùa mưa bão để bảo vệ hàng nghìn hộ dân ven biển.',
    'Lãnh đạo tỉnh yêu cầu các nhà thầu tăng cường nhân lực, máy móc và bảo đảm chất lượng công trình trong điều kiện thời tiết bất lợi.',
  ],
  author: 'Hoàng Nam',
};

/** Renders a page as a crawler would have scraped it: menu, share bar, the article, related news, footer. */
export function renderScrapedPage(page: PageFixture): string {
  return [
    'Trang chủ | Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Du lịch',
    'Chia sẻ Facebook Zalo In bài',
    page.title,
    page.dateLine,
    ...page.paragraphs,
    page.author,
    'Tin liên quan',
    'Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2025',
    'Bản quyền thuộc Báo Điện tử Tin Sạch. Địa chỉ: số 1 đường Láng, Hà Nội',
  ].join('\n');
}

export function buildProvinceVerdict(
  code: string,
  name: string,
  newCode: string,
  newName: string,
): ProvinceVerdict {
  return { code, name, newCode, newName, confidence: 0.9, evidence: [`tỉnh ${name}`] };
}

export function buildCleanedArticle(overrides: Partial<CleanedArticle> & { body: string }): CleanedArticle {
  return {
    title: null,
    kicker: null,
    publishedAt: null,
    author: null,
    source: null,
    captions: [],
    removed: [],
    province: null,
    provincesMentioned: [],
    ...overrides,
  };
}
