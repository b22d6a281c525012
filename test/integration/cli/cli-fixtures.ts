// Articles written for these tests (not taken from any real page) in the shape of scraped Vietnamese
// news: a menu line, a date line, the title, prose paragraphs, a share widget and a byline.
export const LAI_CHAU_ARTICLE = [
  'Trang chủ | Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao',
  'Thứ hai, 14/10/2024 | 08:15',
  'Lai Châu khánh thành cầu treo dân sinh nối hai bản vùng cao',
  'Sáng 13/10, UBND huyện Phong Thổ, tỉnh Lai Châu tổ chức lễ khánh thành cầu treo dân sinh bắc qua suối Nậm Na, nối liền bản Pa Nậm với trung tâm xã. Công trình dài gần 90 mét, được xây dựng trong sáu tháng với tổng kinh phí hơn bốn tỷ đồng.',
  'Trước đây, mỗi mùa mưa lũ, người dân và học sinh hai bản phải lội suối hoặc đi đường vòng hơn mười cây số để ra chợ và tới trường. Nhiều hộ gia đình không thể đưa nông sản đi bán khi nước suối dâng cao.',
  'Ông Lò Văn Thành, trưởng bản Pa Nậm, cho biết cây cầu mới giúp bà con yên tâm sản xuất, việc đi lại của các cháu học sinh cũng an toàn hơn nhiều so với trước đây.',
  'Thời gian tới, huyện sẽ tiếp tục rà soát các điểm giao thông xung yếu để đề xuất tỉnh hỗ trợ xây dựng thêm cầu dân sinh tại những nơi người dân còn gặp khó khăn.',
  'Chia sẻ Facebook | Zalo | In bài viết',
  'MINH ĐỨC',
].join('\n');

export const CAN_THO_ARTICLE = [
  'Tin mới | Chính trị | Kinh tế | Đô thị | Đời sống',
  'Thứ tư, 16/10/2024 | 15:40',
  'Cần Thơ mở rộng mô hình trồng lúa giảm phát thải ở huyện Cờ Đỏ',
  'Sở Nông nghiệp thành phố Cần Thơ vừa tổng kết vụ lúa hè thu với mô hình canh tác giảm phát thải tại huyện Cờ Đỏ. Trên diện tích hơn năm trăm héc ta, nông dân giảm gần một nửa lượng giống gieo sạ và bớt đáng kể phân bón hóa học.',
  'Nhờ áp dụng tưới ngập khô xen kẽ, năng suất lúa bình quân đạt hơn sáu tấn mỗi héc ta, lợi nhuận của nông dân tăng khoảng ba triệu đồng so với cách làm truyền thống.',
  'Theo kế hoạch, vụ đông xuân tới thành phố sẽ nhân rộng mô hình ra các quận huyện khác, đồng thời hỗ trợ hợp tác xã liên kết với doanh nghiệp để bao tiêu sản phẩm.',
  'Bình luận | Chia sẻ',
  'THANH HẢI',
].join('\n');

/** A JSON envelope with a URL, so the article's id comes from the URL and survives re-cleaning. */
export function buildEnvelope(url: string, text: string): string {
  return JSON.stringify({ url, text, crawledAt: '2024-10-16T10:00:00Z' });
}
