// Whole news articles written for the province classifier's tests: several paragraphs each, in the
// way Vietnamese papers write them, each built around one trap (the 2025 map, shared district
// names, several provinces, national news, names that are not places, spellings, provincial papers
// that rarely name their own province, foreign places, widgets the cleaner left). `want` gives the
// old (pre-2025-07-01) and new province by name, as a reader would annotate them; `null` is
// "no province" (the classifier must abstain). An old province of `null` with a new one set means
// the new unit spans several old provinces: only the new one is checked. `orAbstain` marks stories
// a careful reader could file under the province given or under none.
import type { ProvinceInput } from '#domain/provinces/classify';

export interface ArticleFixture {
  readonly name: string;
  readonly input: Partial<ProvinceInput> & { readonly body: string };
  readonly want: { readonly old: string | null; readonly new: string } | null;
  /** Abstaining is acceptable too (the story is plausibly about either); any other province is not. */
  readonly orAbstain?: boolean;
}

const lines = (...paragraphs: string[]): string => paragraphs.join('\n');

export const ARTICLE_FIXTURES: readonly ArticleFixture[] = [
  // --- Written after the 2025-07-01 reorganisation -------------------------------------------
  {
    name: 'new ward of Thanh Hóa, no district level',
    input: {
      title: 'Phường Hạc Thành ra mắt Trung tâm phục vụ hành chính công',
      body: lines(
        'Sáng 2/7, UBND phường Hạc Thành, tỉnh Thanh Hóa tổ chức lễ ra mắt Trung tâm phục vụ hành chính công phường sau khi chính quyền địa phương hai cấp chính thức đi vào hoạt động.',
        'Theo Chủ tịch UBND phường, trong ngày đầu tiên, trung tâm đã tiếp nhận 126 hồ sơ của người dân và doanh nghiệp, chủ yếu là chứng thực, đăng ký hộ tịch và đất đai. Cán bộ được bố trí từ các phường cũ, đã được tập huấn phần mềm trước đó một tuần.',
        'Cùng ngày, phường Hàm Rồng và xã Mường Lát cũng đưa trung tâm hành chính công vào vận hành. Lãnh đạo tỉnh yêu cầu các địa phương không để người dân phải đi lại nhiều lần, hồ sơ trễ hạn phải xin lỗi bằng văn bản.',
      ),
    },
    want: { old: 'Thanh Hóa', new: 'Thanh Hóa' },
  },
  {
    name: 'communes of old Long An written with the merged province Tây Ninh',
    input: {
      title: 'Tây Ninh: Nông dân xã Cần Giuộc trúng mùa rau màu',
      body: lines(
        'Những ngày này, nông dân xã Cần Giuộc, tỉnh Tây Ninh tất bật thu hoạch rau màu vụ hè thu. Giá rau muống, cải xanh ổn định ở mức 8.000 – 12.000 đồng/kg, cao hơn cùng kỳ năm trước.',
        'Ông Trần Văn Tư, một hộ trồng rau lâu năm, cho biết gia đình có 5.000 m2 rau, trừ chi phí lãi khoảng 30 triệu đồng mỗi vụ. Hợp tác xã ở xã Đức Hòa cũng bao tiêu sản phẩm cho bà con.',
        'Theo Sở Nông nghiệp và Môi trường tỉnh, sau sắp xếp, các xã phía đông tỉnh có diện tích rau an toàn lớn nhất, tập trung tại xã Cần Giuộc, xã Đức Hòa và phường Long An.',
      ),
    },
    want: { old: 'Long An', new: 'Tây Ninh' },
  },
  {
    name: 'ward of old Bình Dương now in Hồ Chí Minh City',
    input: {
      title: 'TP.HCM: Phường Thủ Dầu Một chỉnh trang đô thị',
      body: lines(
        'UBND phường Thủ Dầu Một, TP.HCM vừa khởi công dự án cải tạo vỉa hè và hệ thống thoát nước trên các tuyến đường trung tâm, tổng vốn hơn 80 tỉ đồng.',
        'Theo lãnh đạo phường, khu vực này thường xuyên ngập sau mỗi cơn mưa lớn, ảnh hưởng đến việc đi lại và kinh doanh của người dân. Dự án dự kiến hoàn thành trước Tết Nguyên đán.',
        'Phường Thủ Dầu Một được thành lập từ ngày 1/7 trên cơ sở sắp xếp các phường cũ của thành phố Thủ Dầu Một. Trước đó, phường Bình Dương và phường Phú Lợi cũng đã triển khai các dự án tương tự.',
      ),
    },
    want: { old: 'Bình Dương', new: 'Hồ Chí Minh' },
  },
  {
    name: 'Hội An ward of the new Đà Nẵng',
    input: {
      title: 'Phố cổ Hội An đón lượng khách kỷ lục dịp lễ',
      body: lines(
        'Trong 3 ngày nghỉ lễ, phường Hội An, TP Đà Nẵng đón hơn 120.000 lượt khách tham quan, tăng 15% so với cùng kỳ. Khách quốc tế chiếm gần một nửa.',
        'Đêm phố cổ với hoạt động thả đèn hoa đăng trên sông Hoài thu hút đông du khách. Lực lượng chức năng phường bố trí thêm điểm giữ xe, hạn chế tình trạng chèo kéo.',
        'Bà Nguyễn Thị Hoa, chủ một cửa hàng đèn lồng, cho biết doanh thu tăng gấp đôi ngày thường. Nhiều nhà hàng phải tuyển thêm nhân viên thời vụ.',
      ),
    },
    want: { old: 'Quảng Nam', new: 'Đà Nẵng' },
  },
  {
    name: 'special zone Phú Quốc of the new An Giang',
    input: {
      title: 'Đặc khu Phú Quốc chuẩn bị cho mùa du lịch cao điểm',
      body: lines(
        'Lãnh đạo đặc khu Phú Quốc, tỉnh An Giang cho biết, từ nay đến cuối năm, đảo dự kiến đón khoảng 1,5 triệu lượt khách, trong đó có nhiều chuyến bay thẳng từ Hàn Quốc, Đài Loan.',
        'Đặc khu đã yêu cầu các cơ sở lưu trú niêm yết giá công khai, xử lý nghiêm tình trạng nâng giá dịch vụ. Các tuyến đường ven biển được chỉnh trang, lắp thêm đèn chiếu sáng.',
        'Trước đó, ngày 1/7, đặc khu Phú Quốc chính thức hoạt động theo mô hình chính quyền địa phương hai cấp, không còn cấp huyện.',
      ),
    },
    want: { old: 'Kiên Giang', new: 'An Giang' },
  },
  {
    name: 'special zone Côn Đảo of Hồ Chí Minh City, written bare and typed',
    input: {
      title: 'Côn Đảo thí điểm xe điện phục vụ du khách',
      body: lines(
        'Ngày 15/8, UBND đặc khu Côn Đảo, TP Hồ Chí Minh đưa vào hoạt động 20 xe điện chở khách tham quan các di tích trên đảo.',
        'Theo đại diện đặc khu, các tuyến xe đi qua nghĩa trang Hàng Dương, nhà tù Côn Đảo và các bãi tắm. Giá vé dự kiến 30.000 đồng mỗi lượt.',
        'Người dân trên đảo đánh giá cao việc giảm xe máy thuê tự phát, vốn gây ồn và mất an toàn vào mùa cao điểm.',
      ),
    },
    want: { old: 'Bà Rịa - Vũng Tàu', new: 'Hồ Chí Minh' },
  },
  {
    name: 'Huế as a centrally-run city, new wards',
    input: {
      title: 'TP Huế khởi công cầu qua sông Hương',
      body: lines(
        'Sáng 20/9, UBND thành phố Huế tổ chức lễ khởi công cây cầu mới nối phường Phú Xuân với phường Thuận Hóa, tổng mức đầu tư hơn 2.000 tỉ đồng.',
        'Cầu dài khoảng 900 m, gồm 4 làn xe, dự kiến hoàn thành sau 30 tháng. Công trình giúp giảm tải cho cầu Trường Tiền và cầu Phú Xuân vào giờ cao điểm.',
        'Chủ tịch UBND TP Huế yêu cầu nhà thầu bảo đảm tiến độ, không ảnh hưởng cảnh quan hai bờ sông và di sản cố đô.',
      ),
    },
    want: { old: 'Huế', new: 'Huế' },
  },
  {
    name: 'merged province named alone after 2025: new province certain',
    input: {
      title: 'Tỉnh Đắk Lắk họp báo về tình hình kinh tế - xã hội',
      body: lines(
        'Chiều 5/10, UBND tỉnh Đắk Lắk tổ chức họp báo thông tin tình hình kinh tế - xã hội 9 tháng đầu năm. Tăng trưởng kinh tế của tỉnh ước đạt 7,2%.',
        'Theo Sở Tài chính, sau khi sắp xếp đơn vị hành chính, tỉnh có 102 xã, phường, bộ máy mới vận hành thông suốt. Tổng thu ngân sách đạt gần 80% dự toán.',
        'Tỉnh cũng đề ra nhiều giải pháp thúc đẩy giải ngân vốn đầu tư công trong quý cuối năm.',
      ),
    },
    want: { old: null, new: 'Đắk Lắk' },
  },
  {
    name: 'new ward whose area came from two old provinces',
    input: {
      title: 'Cần Thơ: Phường Hưng Phú đẩy mạnh chuyển đổi số',
      body: lines(
        'UBND phường Hưng Phú, TP Cần Thơ vừa ra mắt tổ công nghệ số cộng đồng tại 12 khu vực, hướng dẫn người dân cài đặt định danh điện tử và nộp hồ sơ trực tuyến.',
        'Đến nay, hơn 70% hồ sơ hành chính của phường được tiếp nhận qua mạng. Phường đặt mục tiêu đến cuối năm, mỗi hộ gia đình có ít nhất một người biết sử dụng dịch vụ công trực tuyến.',
      ),
    },
    want: { old: null, new: 'Cần Thơ' },
  },

  // --- Districts and communes without the province -------------------------------------------
  {
    name: 'shared district Phú Tân resolved by An Giang towns in the same article',
    input: {
      title: 'Nông dân Phú Tân xuống giống vụ thu đông',
      body: lines(
        'Những ngày qua, nông dân huyện Phú Tân tranh thủ thời tiết thuận lợi xuống giống lúa vụ thu đông trên diện tích hơn 15.000 ha, nằm trong vùng đê bao khép kín.',
        'Theo Phòng Nông nghiệp huyện, các xã giáp thị xã Tân Châu đã xuống giống trước, phần còn lại hoàn thành trong tuần tới. Lúa được thu mua tại các nhà máy ở TP Châu Đốc và TP Long Xuyên.',
        'Ngành nông nghiệp khuyến cáo bà con theo dõi mực nước lũ đầu nguồn, gia cố bờ bao để bảo vệ sản xuất.',
      ),
    },
    want: { old: 'An Giang', new: 'An Giang' },
  },
  {
    name: 'Châu Thành with only a city of Tiền Giang beside it',
    input: {
      title: 'Khánh thành cầu dân sinh ở huyện Châu Thành',
      body: lines(
        'Sáng nay, UBND huyện Châu Thành khánh thành cầu dân sinh bắc qua kênh Nguyễn Tấn Thành, tổng kinh phí hơn 4 tỉ đồng từ nguồn xã hội hóa.',
        'Cây cầu giúp hơn 600 hộ dân đi lại thuận tiện, rút ngắn quãng đường đến trung tâm TP Mỹ Tho khoảng 7 km. Trước đây, học sinh phải đi đò qua kênh, rất nguy hiểm vào mùa mưa.',
        'Lãnh đạo huyện cho biết năm nay sẽ xây thêm 5 cây cầu nông thôn bằng nguồn vận động.',
      ),
    },
    want: { old: 'Tiền Giang', new: 'Đồng Tháp' },
  },
  {
    name: 'Châu Thành and nothing else: abstain',
    input: {
      title: 'Huyện Châu Thành ra quân chiến dịch tình nguyện hè',
      body: lines(
        'Sáng 10/6, Huyện đoàn Châu Thành tổ chức lễ ra quân chiến dịch thanh niên tình nguyện hè với sự tham gia của hơn 300 đoàn viên.',
        'Trong hai tháng, các đội hình sẽ sửa chữa nhà cho hộ nghèo, làm đường giao thông nông thôn và dạy học miễn phí cho trẻ em. Huyện đoàn cũng phát động phong trào trồng cây xanh.',
        'Bí thư Huyện đoàn đề nghị các cơ sở đoàn bảo đảm an toàn cho đoàn viên trong suốt thời gian hoạt động.',
      ),
    },
    want: null,
  },

  // --- Several provinces ----------------------------------------------------------------------
  {
    name: 'storm across the north-central coast: no single province',
    input: {
      title: 'Bão số 5 đổ bộ, các tỉnh Bắc Trung Bộ khẩn trương sơ tán dân',
      body: lines(
        'Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, trưa nay tâm bão số 5 ở trên vùng biển từ Thanh Hóa đến Quảng Trị, sức gió mạnh nhất cấp 12, giật cấp 15.',
        'Tỉnh Thanh Hóa đã sơ tán hơn 20.000 người dân ở vùng ven biển. Tỉnh Nghệ An cấm biển từ 12h, yêu cầu tàu thuyền vào nơi trú tránh an toàn.',
        'Tại Hà Tĩnh, lực lượng chức năng chằng chống nhà cửa, hỗ trợ người dân thu hoạch lúa chạy bão. Tỉnh Quảng Trị cũng huy động hàng nghìn cán bộ, chiến sĩ túc trực tại các điểm xung yếu.',
        'Ban Chỉ đạo quốc gia về phòng, chống thiên tai đề nghị các địa phương tuyệt đối không chủ quan.',
      ),
    },
    want: null,
  },
  {
    name: 'delegation from Lâm Đồng visiting Bến Tre: the host',
    input: {
      title: 'Đoàn công tác tỉnh Lâm Đồng học tập kinh nghiệm tại Bến Tre',
      body: lines(
        'Ngày 12/3, đoàn công tác của tỉnh Lâm Đồng do Phó Chủ tịch UBND tỉnh dẫn đầu đã đến thăm và làm việc với UBND tỉnh Bến Tre về phát triển kinh tế hợp tác.',
        'Tại buổi làm việc, lãnh đạo tỉnh Bến Tre giới thiệu mô hình hợp tác xã dừa hữu cơ, chuỗi liên kết tiêu thụ sản phẩm và kinh nghiệm thu hút doanh nghiệp chế biến.',
        'Đoàn cũng tham quan một số hợp tác xã tại huyện Mỏ Cày Nam, huyện Chợ Lách, tìm hiểu quy trình sản xuất giống cây ăn trái.',
      ),
    },
    want: { old: 'Bến Tre', new: 'Vĩnh Long' },
  },
  {
    name: 'expressway across three provinces: abstain',
    input: {
      title: 'Cao tốc Biên Hòa - Vũng Tàu sắp thông xe đoạn đầu',
      body: lines(
        'Dự án cao tốc Biên Hòa - Vũng Tàu dài hơn 53 km đi qua tỉnh Đồng Nai và tỉnh Bà Rịa - Vũng Tàu, kết nối với TP.HCM qua cao tốc TP.HCM - Long Thành - Dầu Giây.',
        'Theo Ban Quản lý dự án 7, đoạn qua Đồng Nai đã hoàn thành 85% khối lượng, đoạn qua Bà Rịa - Vũng Tàu đạt gần 80%. Nhà thầu huy động hàng trăm thiết bị thi công ba ca.',
        'Khi hoàn thành, tuyến đường giúp rút ngắn thời gian di chuyển từ TP.HCM đến Vũng Tàu còn khoảng 1 giờ 15 phút.',
      ),
    },
    want: null,
  },
  {
    name: 'trial in one province about a fraud in another: not a coin toss',
    input: {
      title: 'Xét xử vụ lừa đảo bán đất nền ảo',
      body: lines(
        'Ngày 18/4, TAND tỉnh Đồng Nai mở phiên tòa sơ thẩm xét xử Nguyễn Văn Hải (42 tuổi, ngụ TP.HCM) về tội lừa đảo chiếm đoạt tài sản.',
        'Theo cáo trạng, từ năm 2021 đến 2023, Hải lập công ty bất động sản tại TP.HCM, rao bán hàng trăm lô đất nền ở huyện Long Thành, tỉnh Đồng Nai dù không có dự án, chiếm đoạt hơn 50 tỉ đồng của 300 khách hàng.',
        'Phiên tòa dự kiến kéo dài ba ngày.',
      ),
    },
    want: { old: 'Đồng Nai', new: 'Đồng Nai' },
    orAbstain: true,
  },

  // --- National news --------------------------------------------------------------------------
  {
    name: 'National Assembly debate quoting deputies of several provinces',
    input: {
      title: 'Quốc hội thảo luận dự án Luật Đường bộ sửa đổi',
      body: lines(
        'Sáng 25/5, tiếp tục kỳ họp thứ 7, Quốc hội thảo luận tại hội trường về dự án Luật Đường bộ (sửa đổi).',
        'Đại biểu Nguyễn Thị Lan (Đoàn ĐBQH TP Hà Nội) đề nghị làm rõ trách nhiệm của chủ đầu tư khi đường mới làm đã xuống cấp. Đại biểu Trần Văn Khải (Đoàn ĐBQH tỉnh Hà Nam) cho rằng cần quy định cụ thể việc thu phí trên đường cao tốc do Nhà nước đầu tư.',
        'Đại biểu Phạm Văn Hòa (Đoàn ĐBQH tỉnh Đồng Tháp) đề nghị ưu tiên nguồn lực cho giao thông vùng Đồng bằng sông Cửu Long. Đại biểu Lê Thanh Vân (Đoàn ĐBQH tỉnh Cà Mau) đồng tình và kiến nghị bổ sung quy định về đường thủy nội địa.',
        'Giải trình tại phiên họp, Bộ trưởng Bộ Giao thông vận tải tiếp thu các ý kiến, cho biết ban soạn thảo sẽ hoàn thiện dự thảo trước khi trình Quốc hội thông qua.',
      ),
    },
    want: null,
  },
  {
    name: 'nationwide statistics listing the leading provinces',
    input: {
      title: 'Vốn FDI vào Việt Nam tăng 10% trong 8 tháng',
      body: lines(
        'Theo Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư), tính đến ngày 20/8, tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam đạt gần 20 tỷ USD, tăng 10% so với cùng kỳ năm trước.',
        'Các nhà đầu tư đã rót vốn vào 55 tỉnh, thành phố. Bắc Ninh dẫn đầu với tổng vốn đăng ký gần 4 tỷ USD; TP.HCM đứng thứ hai với 2,3 tỷ USD; tiếp theo là Hải Phòng, Quảng Ninh và Bình Dương.',
        'Singapore là nhà đầu tư lớn nhất, tiếp theo là Nhật Bản và Hàn Quốc. Công nghiệp chế biến, chế tạo thu hút hơn 60% tổng vốn.',
        'Bộ Kế hoạch và Đầu tư nhận định dòng vốn FDI tiếp tục là điểm sáng của nền kinh tế.',
      ),
    },
    want: null,
  },
  {
    name: 'Government decree with examples from provinces',
    input: {
      title: 'Chính phủ ban hành nghị định về giá đất',
      body: lines(
        'Chính phủ vừa ban hành Nghị định quy định về giá đất, có hiệu lực từ ngày 1/8. Nghị định hướng dẫn các phương pháp định giá và trình tự xây dựng bảng giá đất.',
        'Theo Bộ Tài nguyên và Môi trường, thời gian qua, nhiều địa phương như Hà Nội, Đà Nẵng, Khánh Hòa gặp khó khăn khi xác định giá đất cụ thể, khiến hàng trăm dự án chậm triển khai.',
        'Các chuyên gia cho rằng nghị định sẽ tháo gỡ vướng mắc cho địa phương và doanh nghiệp trên cả nước.',
      ),
    },
    want: null,
  },
  {
    name: 'the Mekong Delta as a region: no province',
    input: {
      title: 'ĐBSCL chủ động ứng phó hạn mặn',
      body: lines(
        'Theo Viện Khoa học thủy lợi miền Nam, mùa khô năm nay, xâm nhập mặn ở ĐBSCL có thể sâu hơn trung bình nhiều năm, đỉnh mặn xuất hiện vào tháng 3.',
        'Các địa phương vùng ĐBSCL đã xây dựng phương án trữ nước ngọt, điều chỉnh lịch gieo trồng. Ngành nông nghiệp khuyến cáo người dân không xuống giống ở vùng có nguy cơ cao.',
        'Bộ Nông nghiệp và Phát triển nông thôn yêu cầu vận hành hệ thống cống ngăn mặn linh hoạt, bảo đảm nước sinh hoạt cho người dân.',
      ),
    },
    want: null,
  },

  // --- Names that are not places here ---------------------------------------------------------
  {
    name: 'people named after provinces in a Sơn La story',
    input: {
      title: 'Thầy giáo vùng cao gần 20 năm bám bản',
      body: lines(
        'Thầy Nguyễn Thái Bình, giáo viên Trường Tiểu học Chiềng Khoa, huyện Vân Hồ, tỉnh Sơn La đã có gần 20 năm gắn bó với học sinh vùng cao.',
        'Cùng công tác với thầy là cô Lê Hà Nam, quê ở miền xuôi, lên bản dạy học từ năm 2010. Hai thầy cô vận động từng gia đình đưa trẻ đến lớp.',
        'Ông Phạm Quảng Ninh, Trưởng phòng Giáo dục huyện, cho biết nhờ sự tận tụy của giáo viên, tỷ lệ học sinh bỏ học ở huyện giảm rõ rệt.',
      ),
    },
    want: { old: 'Sơn La', new: 'Sơn La' },
  },
  {
    name: 'V-League round-up: club names are not places',
    input: {
      title: 'Vòng 5 V-League: Hà Nội FC thắng đậm, Hoàng Anh Gia Lai chia điểm',
      body: lines(
        'Trên sân Hàng Đẫy, Hà Nội FC thắng Thép Xanh Nam Định 3-0 nhờ cú đúp của tiền đạo ngoại. Đội khách chơi thiếu người từ phút 60.',
        'Ở trận đấu khác, Hoàng Anh Gia Lai hòa Becamex Bình Dương 1-1. Đông Á Thanh Hóa thua Công an Hà Nội 0-1 ngay trên sân nhà.',
        'Sau vòng này, Công an Hà Nội dẫn đầu bảng xếp hạng với 13 điểm, hơn Hà Nội FC 1 điểm.',
      ),
    },
    want: null,
  },
  {
    name: 'Becamex Bình Dương playing away in Thanh Hóa: the venue or none, never Bình Dương',
    input: {
      title: 'Becamex Bình Dương thua ngược trên sân Thanh Hóa',
      body: lines(
        'Tối 12/4, trên sân vận động Thanh Hóa, Becamex Bình Dương để Đông Á Thanh Hóa ngược dòng thắng 2-1 ở vòng 16 V-League.',
        'Đội bóng đất Thủ dẫn trước ở phút 20, nhưng chủ nhà gỡ hòa ngay đầu hiệp hai và ghi bàn quyết định ở phút 85. Huấn luyện viên Becamex Bình Dương thừa nhận các học trò đánh mất sự tập trung.',
      ),
    },
    want: { old: 'Thanh Hóa', new: 'Thanh Hóa' },
    orAbstain: true,
  },
  {
    name: 'a brewer named after Sài Gòn: business news, no province',
    input: {
      title: 'Bia Sài Gòn lãi kỷ lục quý III',
      body: lines(
        'Tổng công ty cổ phần Bia - Rượu - Nước giải khát Sài Gòn (Sabeco) vừa công bố báo cáo tài chính quý III với lợi nhuận sau thuế hơn 1.400 tỷ đồng, tăng 20% so với cùng kỳ.',
        'Theo doanh nghiệp, sản lượng tiêu thụ tăng nhờ các chương trình khuyến mãi dịp cuối năm. Các nhãn bia Sài Gòn Special và 333 tiếp tục chiếm thị phần lớn.',
        'Cổ phiếu SAB tăng trần ngay sau khi kết quả kinh doanh được công bố.',
      ),
    },
    want: null,
  },
  {
    name: 'the battle of Điện Biên Phủ as history, not the city',
    input: {
      title: 'Triển lãm ảnh về chiến dịch Điện Biên Phủ',
      body: lines(
        'Nhân kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, Bảo tàng Lịch sử quốc gia khai mạc triển lãm hơn 200 bức ảnh, hiện vật về chiến dịch lịch sử.',
        'Nhiều tư liệu lần đầu được công bố, ghi lại hình ảnh dân công hỏa tuyến vận chuyển lương thực ra mặt trận, các chiến sĩ kéo pháo vào trận địa.',
        'Triển lãm mở cửa đến hết tháng 6, miễn phí cho khách tham quan.',
      ),
    },
    want: null,
  },
  {
    name: 'streets named after other places in a Huế story',
    input: {
      title: 'Huế sửa chữa đường Hà Nội trước mùa mưa',
      body: lines(
        'UBND thành phố Huế đang triển khai sửa chữa mặt đường và hệ thống thoát nước trên đường Hà Nội, đường Lê Lợi, nơi thường xuyên ngập cục bộ khi mưa lớn.',
        'Theo đơn vị thi công, công trình được làm vào ban đêm để hạn chế ảnh hưởng giao thông. Đoạn gần cầu Trường Tiền sẽ hoàn thành trong tháng 9.',
        'Người dân sống trên đường Đống Đa và đường Bà Triệu cũng kiến nghị sớm nâng cấp hệ thống cống.',
      ),
    },
    want: { old: 'Huế', new: 'Huế' },
  },
  {
    name: 'Uncle Hồ and Hồ Chí Minh thought, not the city',
    input: {
      title: 'Lan tỏa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      body: lines(
        'Sau 5 năm thực hiện Chỉ thị 05 của Bộ Chính trị, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã trở thành việc làm thường xuyên của cán bộ, đảng viên.',
        'Nhiều mô hình hay được nhân rộng, như "Mỗi tuần một lời Bác dạy", "Làm theo lời Bác". Các câu chuyện về Chủ tịch Hồ Chí Minh được đưa vào sinh hoạt chi bộ.',
        'Những lời dạy của Bác Hồ về đức tính cần, kiệm, liêm, chính vẫn còn nguyên giá trị.',
      ),
    },
    want: null,
  },
  {
    name: 'Hồ Chí Minh City written every way',
    input: {
      title: 'TPHCM đề xuất thu phí xe vào trung tâm',
      body: lines(
        'Sở Xây dựng TP.HCM vừa đề xuất thí điểm thu phí ô tô đi vào khu vực trung tâm nhằm giảm ùn tắc giao thông.',
        'Theo đề xuất, Thành phố Hồ Chí Minh sẽ lắp trạm thu phí tự động tại các cửa ngõ vào quận 1 và quận 3. Mức phí dự kiến 30.000 – 60.000 đồng mỗi lượt.',
        'Chuyên gia giao thông cho rằng HCMC cần song song phát triển giao thông công cộng, như xe buýt và metro, thì việc thu phí mới hiệu quả.',
      ),
    },
    want: { old: 'Hồ Chí Minh', new: 'Hồ Chí Minh' },
  },

  // --- Abbreviations and variants --------------------------------------------------------------
  {
    name: 'all-caps headline and ĐắK Lắk spelling',
    input: {
      title: 'CÀ PHÊ ĐẮK LẮK ĐƯỢC MÙA, ĐƯỢC GIÁ',
      body: lines(
        'Những ngày này, nông dân tỉnh ĐắK Lắk bước vào vụ thu hoạch cà phê. Giá cà phê nhân xô ở mức cao kỷ lục, người trồng lãi lớn.',
        'Tại huyện Cư M’gar, nhiều hộ đã thuê thêm nhân công hái quả chín. Ông Y Bhin, một nông dân lâu năm, cho biết năm nay năng suất đạt gần 4 tấn/ha.',
        'Ngành nông nghiệp Đắc Lắc khuyến cáo bà con thu hái quả chín, phơi sấy đúng kỹ thuật để giữ chất lượng.',
      ),
    },
    want: { old: 'Đắk Lắk', new: 'Đắk Lắk' },
  },
  {
    name: 'Thừa Thiên - Huế and TT-Huế before 2025',
    input: {
      title: 'Thừa Thiên - Huế đón hơn 2 triệu lượt khách',
      body: lines(
        'Theo Sở Du lịch tỉnh Thừa Thiên - Huế, 6 tháng đầu năm, địa phương đón hơn 2 triệu lượt khách, doanh thu du lịch đạt gần 3.000 tỷ đồng.',
        'Lượng khách đến TT-Huế tăng mạnh nhờ chuỗi sự kiện Festival nghề truyền thống và các tour đêm Đại Nội.',
        'Ngành du lịch đặt mục tiêu đón 4,5 triệu lượt khách trong năm.',
      ),
    },
    want: { old: 'Huế', new: 'Huế' },
  },
  {
    name: 'BR-VT written short, with Vũng Tàu',
    input: {
      title: 'BR-VT: Bãi biển Vũng Tàu đông nghịt khách',
      body: lines(
        'Dịp nghỉ lễ, các bãi biển ở TP Vũng Tàu đón hàng chục nghìn lượt khách mỗi ngày, chủ yếu từ TP.HCM và các tỉnh lân cận.',
        'Theo Sở Du lịch tỉnh BR-VT, công suất phòng khách sạn ven biển đạt trên 90%. Lực lượng cứu hộ được tăng cường tại Bãi Sau, Bãi Trước.',
      ),
    },
    want: { old: 'Bà Rịa - Vũng Tàu', new: 'Hồ Chí Minh' },
  },
  {
    name: 'old tone placement: Thanh Hoá, Hoà',
    input: {
      title: 'Thanh Hoá: Hội thi nấu ăn của phụ nữ xã Hoằng Hoá',
      body: lines(
        'Hội Liên hiệp Phụ nữ huyện Hoằng Hoá, tỉnh Thanh Hoá vừa tổ chức hội thi nấu ăn với các món đặc sản quê hương.',
        'Các đội thi mang đến nhiều món như nem chua, bánh gai, gỏi cá nhệch. Ban tổ chức trao giải nhất cho đội thị trấn Bút Sơn.',
      ),
    },
    want: { old: 'Thanh Hóa', new: 'Thanh Hóa' },
  },
  {
    name: 'Hà Nội written HN in a headline',
    input: {
      title: 'HN: Phân luồng giao thông phục vụ thi công đường vành đai 4',
      body: lines(
        'Sở Giao thông vận tải Hà Nội vừa có phương án phân luồng giao thông để thi công nút giao đường vành đai 4 tại huyện Hoài Đức.',
        'Theo đó, từ ngày 10/9, các phương tiện đi từ quận Nam Từ Liêm hướng về đại lộ Thăng Long được hướng dẫn đi theo đường gom. Lực lượng cảnh sát giao thông túc trực tại các điểm đấu nối.',
      ),
    },
    want: { old: 'Hà Nội', new: 'Hà Nội' },
  },

  // --- Provincial papers about their own province ---------------------------------------------
  {
    name: 'provincial paper writing "tỉnh ta" with only the host naming the province',
    input: {
      title: 'Nông dân thu hoạch vải thiều sớm',
      body: lines(
        'Những ngày này, trên địa bàn tỉnh, nông dân các huyện Lục Ngạn, Lục Nam đang thu hoạch vải thiều sớm. Năm nay, diện tích vải của tỉnh ta khoảng 28.000 ha.',
        'Theo Sở Nông nghiệp, vải được tiêu thụ chủ yếu ở Hà Nội và xuất khẩu sang Trung Quốc, Nhật Bản. Giá vải sớm dao động từ 25.000 đến 40.000 đồng/kg.',
        'Tỉnh ủy, UBND tỉnh đã chỉ đạo các ngành hỗ trợ bà con kết nối tiêu thụ, quảng bá thương hiệu vải thiều.',
      ),
      source: 'baobacgiang.vn',
    },
    want: { old: 'Bắc Giang', new: 'Bắc Ninh' },
  },
  {
    name: 'provincial paper named in the source line only, a partner province typed once',
    input: {
      title: 'Hội nghị tổng kết công tác dân vận năm',
      body: lines(
        'Sáng 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm và triển khai nhiệm vụ năm tới.',
        'Năm qua, công tác dân vận trên địa bàn tỉnh có nhiều chuyển biến tích cực. Mô hình "Dân vận khéo" được nhân rộng ở các huyện, thành phố, góp phần thực hiện thắng lợi nhiệm vụ chính trị của địa phương.',
        'Dịp này, Ban Dân vận Tỉnh ủy đã ký kết chương trình phối hợp với Ban Dân vận Tỉnh ủy Cao Bằng về trao đổi kinh nghiệm.',
      ),
      source: 'Báo Lạng Sơn',
    },
    want: { old: 'Lạng Sơn', new: 'Lạng Sơn' },
    orAbstain: true,
  },

  {
    name: 'provincial paper named in the source line only, another province in passing',
    input: {
      title: 'Khai mạc Hội báo Xuân',
      body: lines(
        'Tối 25/1, tại Quảng trường Trung tâm thành phố, Ban Tuyên giáo Tỉnh ủy phối hợp với Hội Nhà báo tỉnh khai mạc Hội báo Xuân với hơn 200 ấn phẩm báo chí.',
        'Hội báo năm nay giới thiệu thành tựu kinh tế - xã hội của tỉnh sau một năm nhiều khó khăn, cùng các ấn phẩm đặc sắc về văn hóa các dân tộc trên địa bàn tỉnh.',
        'Nhiều ấn phẩm của các cơ quan báo chí trung ương và của Hà Giang cũng được trưng bày. Hội báo mở cửa đến hết ngày 28/1.',
      ),
      source: 'Báo Lạng Sơn',
    },
    want: { old: 'Lạng Sơn', new: 'Lạng Sơn' },
  },
  {
    name: 'provincial portal in the source line with the province typed',
    input: {
      title: 'Hội nghị trực tuyến tổng kết công tác cải cách hành chính',
      body: lines(
        'Sáng 15/1, UBND tỉnh tổ chức hội nghị trực tuyến tổng kết công tác cải cách hành chính năm và triển khai nhiệm vụ năm mới, kết nối đến 8 huyện, thị xã, thành phố.',
        'Năm qua, chỉ số cải cách hành chính của tỉnh tăng 5 bậc. Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%. Chủ tịch UBND tỉnh yêu cầu các sở, ngành tiếp tục đơn giản hóa thủ tục.',
      ),
      source: 'Cổng TTĐT tỉnh Quảng Bình',
    },
    want: { old: 'Quảng Bình', new: 'Quảng Trị' },
  },
  // --- More of the 2025 map, regions and names ------------------------------------------------
  {
    name: 'wards of old Bình Định written with the merged Gia Lai',
    input: {
      title: 'Gia Lai: Phường Quy Nhơn Nam xây dựng tuyến phố đi bộ ven biển',
      body: lines(
        'UBND phường Quy Nhơn Nam, tỉnh Gia Lai vừa thông qua đề án xây dựng tuyến phố đi bộ dọc đường ven biển, dự kiến đưa vào hoạt động dịp cuối năm.',
        'Theo đề án, tuyến phố dài khoảng 1,2 km, mở cửa vào tối thứ Sáu đến Chủ nhật, có khu ẩm thực, biểu diễn nghệ thuật đường phố. Phường Quy Nhơn và phường Quy Nhơn Đông cũng sẽ kết nối các điểm du lịch với tuyến phố này.',
        'Lãnh đạo tỉnh Gia Lai đánh giá đề án sẽ góp phần đưa vùng biển phía đông của tỉnh thành điểm đến hấp dẫn.',
      ),
    },
    want: { old: 'Bình Định', new: 'Gia Lai' },
  },
  {
    name: 'ward of old Phú Yên written with the merged Đắk Lắk',
    input: {
      title: 'Phường Tuy Hòa ra quân làm sạch bãi biển',
      body: lines(
        'Sáng 27/7, hơn 500 đoàn viên, thanh niên và người dân phường Tuy Hòa, tỉnh Đắk Lắk đã tham gia ra quân làm sạch bãi biển, thu gom hơn 3 tấn rác thải.',
        'Chủ tịch UBND phường cho biết, hoạt động sẽ được duy trì vào sáng Chủ nhật hằng tuần. Phường cũng lắp thêm thùng rác và biển nhắc nhở du khách giữ gìn vệ sinh.',
      ),
    },
    want: { old: 'Phú Yên', new: 'Đắk Lắk' },
  },
  {
    name: 'Central Highlands provinces in a Government meeting: no province',
    input: {
      title: 'Thủ tướng làm việc với các tỉnh Tây Nguyên về phát triển cà phê',
      body: lines(
        'Chiều 14/3, Thủ tướng Chính phủ chủ trì buổi làm việc với lãnh đạo các tỉnh Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng về phát triển bền vững ngành cà phê.',
        'Báo cáo tại buổi làm việc cho thấy diện tích cà phê toàn vùng khoảng 640.000 ha, trong đó Đắk Lắk có diện tích lớn nhất. Lâm Đồng và Đắk Nông đi đầu trong tái canh.',
        'Thủ tướng yêu cầu các bộ, ngành phối hợp với địa phương xây dựng thương hiệu cà phê Việt Nam, nâng cao giá trị xuất khẩu.',
      ),
    },
    want: null,
  },
  {
    name: 'national weather forecast naming the two big cities',
    input: {
      title: 'Thời tiết ngày mai: Bắc Bộ mưa dông, Nam Bộ nắng nóng',
      body: lines(
        'Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, ngày mai, khu vực Bắc Bộ có mưa rào và dông rải rác, cục bộ có mưa to. Hà Nội nhiệt độ thấp nhất 25 độ, cao nhất 32 độ.',
        'Các tỉnh Trung Bộ ngày nắng, có nơi nắng nóng. Khu vực Tây Nguyên và Nam Bộ chiều tối có mưa rào; TP.HCM nhiệt độ cao nhất 34 độ.',
        'Cơ quan khí tượng cảnh báo trong cơn dông có khả năng xảy ra lốc, sét và gió giật mạnh.',
      ),
    },
    want: null,
  },
  {
    name: 'people addressed by honorifics whose given names are provinces',
    input: {
      title: 'Cô gái miền Tây khởi nghiệp từ trái dừa',
      body: lines(
        'Từ những trái dừa quê hương, chị Hà Giang (32 tuổi) đã xây dựng cơ sở sản xuất kẹo dừa, tạo việc làm cho hơn 20 lao động ở quận Ninh Kiều, TP Cần Thơ.',
        'Chị kể, ban đầu sản phẩm chỉ bán ở chợ. Nhờ anh Thái Bình, một người bạn làm thương mại điện tử, cơ sở đã đưa kẹo lên sàn trực tuyến và bán khắp cả nước.',
        'Năm nay, cơ sở của chị Hà Giang được công nhận sản phẩm OCOP 4 sao của thành phố Cần Thơ.',
      ),
    },
    want: { old: 'Cần Thơ', new: 'Cần Thơ' },
  },
  {
    name: 'a province’s investment conference held in Hồ Chí Minh City',
    input: {
      title: 'Lâm Đồng xúc tiến đầu tư tại TP.HCM',
      body: lines(
        'Ngày 20/6, UBND tỉnh Lâm Đồng tổ chức hội nghị xúc tiến đầu tư năm tại TP.HCM với sự tham dự của hơn 300 doanh nghiệp.',
        'Tại hội nghị, tỉnh Lâm Đồng giới thiệu 120 dự án kêu gọi đầu tư trong các lĩnh vực nông nghiệp công nghệ cao, du lịch nghỉ dưỡng và năng lượng tái tạo, tập trung ở TP Đà Lạt và huyện Đức Trọng.',
        'Chủ tịch UBND tỉnh Lâm Đồng cam kết tạo điều kiện thuận lợi nhất cho nhà đầu tư, giải quyết thủ tục trong thời gian ngắn nhất.',
      ),
    },
    want: { old: 'Lâm Đồng', new: 'Lâm Đồng' },
    orAbstain: true,
  },
  {
    name: 'an online conference linking the province, not a route',
    input: {
      title: 'Hội nghị trực tuyến sơ kết 6 tháng',
      body: lines(
        'Sáng 10/7, UBND tỉnh Hà Tĩnh tổ chức hội nghị trực tuyến sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm, kết nối đến 13 huyện, thị xã, thành phố.',
        'Hội nghị trực tuyến Hà Tĩnh năm nay có thêm điểm cầu tại các xã. Tăng trưởng kinh tế của tỉnh Hà Tĩnh ước đạt 6,5%, thu ngân sách đạt 60% dự toán.',
      ),
    },
    want: { old: 'Hà Tĩnh', new: 'Hà Tĩnh' },
  },
  {
    name: 'boats sheltering in a port are no residents',
    input: {
      title: 'Quảng Ngãi: Hơn 1.000 tàu cá vào bờ tránh bão',
      body: lines(
        'Chiều 25/10, Bộ đội Biên phòng tỉnh Quảng Ngãi cho biết đã liên lạc, hướng dẫn hơn 1.000 tàu cá vào nơi tránh trú tại cảng Sa Kỳ và cảng Tịnh Kỳ.',
        'Tại huyện Bình Sơn, chính quyền địa phương đã sơ tán hàng trăm hộ dân ở vùng trũng thấp đến nơi an toàn. Tỉnh Quảng Ngãi cấm biển từ 12h cùng ngày.',
      ),
    },
    want: { old: 'Quảng Ngãi', new: 'Quảng Ngãi' },
  },
  {
    name: 'a city paper writing "thành phố" for its own city',
    input: {
      title: 'Khởi công nhà ở xã hội tại quận Liên Chiểu',
      body: lines(
        'Sáng 5/5, UBND thành phố phối hợp với chủ đầu tư khởi công dự án nhà ở xã hội gồm 1.200 căn hộ tại quận Liên Chiểu.',
        'Phát biểu tại lễ khởi công, lãnh đạo thành phố yêu cầu chủ đầu tư bảo đảm chất lượng, tiến độ. Đây là một trong các dự án nằm trong chương trình phát triển nhà ở của thành phố giai đoạn 2021 - 2030.',
        'Theo Sở Xây dựng, nhu cầu nhà ở xã hội trên địa bàn thành phố rất lớn, nhất là công nhân các khu công nghiệp. Nhiều lao động đến từ Quảng Nam, Quảng Ngãi đang phải thuê trọ.',
      ),
      url: 'https://baodanang.vn/kinh-te/202405/khoi-cong-nha-o-xa-hoi-1.htm',
    },
    want: { old: 'Đà Nẵng', new: 'Đà Nẵng' },
  },
  {
    name: 'arrest in one province of a man from another, with his full address',
    input: {
      title: 'Bắt đối tượng vận chuyển ma túy qua địa bàn Hà Tĩnh',
      body: lines(
        'Ngày 3/9, Công an tỉnh Hà Tĩnh cho biết đã bắt quả tang Nguyễn Văn Tùng (SN 1990, trú xã Hưng Lộc, huyện Hưng Nguyên, tỉnh Nghệ An) đang vận chuyển 2 bánh heroin.',
        'Trước đó, lực lượng chức năng phát hiện Tùng điều khiển xe máy trên quốc lộ 1A, đoạn qua huyện Cẩm Xuyên, tỉnh Hà Tĩnh thì dừng xe kiểm tra. Vụ án đang được Công an tỉnh Hà Tĩnh điều tra mở rộng.',
      ),
    },
    want: { old: 'Hà Tĩnh', new: 'Hà Tĩnh' },
  },
  {
    name: 'the Hồ Chí Minh road and the Youth Union are no city',
    input: {
      title: 'Thanh niên tình nguyện trồng cây dọc đường Hồ Chí Minh',
      body: lines(
        'Hưởng ứng Tháng Thanh niên, Đoàn TNCS Hồ Chí Minh tỉnh Quảng Trị tổ chức trồng 5.000 cây xanh dọc đường Hồ Chí Minh nhánh Tây, đoạn qua huyện Hướng Hóa.',
        'Hoạt động có sự tham gia của hơn 400 đoàn viên, thanh niên. Tỉnh đoàn Quảng Trị cũng trao 50 suất quà cho học sinh nghèo vượt khó.',
      ),
    },
    want: { old: 'Quảng Trị', new: 'Quảng Trị' },
  },
  {
    name: 'all-caps headline, Tp.HCM with a small p',
    input: {
      title: 'TP.HCM: KHAI TRƯƠNG TUYẾN XE BUÝT ĐIỆN MỚI',
      body: lines(
        'Sáng 1/3, Sở Giao thông vận tải Tp.HCM đưa vào khai thác tuyến xe buýt điện nối quận 7 với quận Bình Thạnh, giá vé 7.000 đồng mỗi lượt.',
        'Tuyến dài 22 km, có 30 xe hoạt động từ 5h đến 21h hằng ngày. Sở cho biết, đến cuối năm, thành phố sẽ có thêm 10 tuyến xe buýt điện.',
      ),
    },
    want: { old: 'Hồ Chí Minh', new: 'Hồ Chí Minh' },
  },
  {
    name: 'a delegation from Bắc Ninh wishing Lào Cai a happy new year',
    input: {
      title: 'Lãnh đạo tỉnh Bắc Ninh chúc Tết tại Lào Cai',
      body: lines(
        'Ngày 25/1, đoàn đại biểu tỉnh Bắc Ninh do Bí thư Tỉnh ủy dẫn đầu đã đến thăm, chúc Tết Đảng bộ, chính quyền và nhân dân tỉnh Lào Cai.',
        'Tiếp đoàn, Chủ tịch UBND tỉnh Lào Cai thông tin về kết quả phát triển kinh tế - xã hội năm qua, trong đó du lịch Sa Pa đón hơn 3 triệu lượt khách.',
        'Hai tỉnh thống nhất tăng cường hợp tác trong lĩnh vực du lịch, thương mại và xuất khẩu nông sản qua cửa khẩu Lào Cai.',
      ),
    },
    want: { old: 'Lào Cai', new: 'Lào Cai' },
    orAbstain: true,
  },
  {
    name: 'a national conference held in Hà Nội',
    input: {
      title: 'Hội nghị toàn quốc tổng kết công tác dân tộc',
      body: lines(
        'Sáng 20/12, tại Hà Nội, Ủy ban Dân tộc tổ chức hội nghị toàn quốc tổng kết công tác dân tộc năm, với sự tham dự của đại biểu 63 tỉnh, thành phố.',
        'Năm qua, các chương trình mục tiêu quốc gia giúp tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm hơn 3%. Nhiều địa phương như Hà Giang, Lào Cai, Sơn La có mức giảm nghèo cao.',
        'Phó Thủ tướng đề nghị các bộ, ngành và địa phương đẩy nhanh giải ngân vốn, ưu tiên hỗ trợ nhà ở và nước sinh hoạt.',
      ),
    },
    want: null,
  },

  // --- Foreign places and widgets ---------------------------------------------------------------
  {
    name: 'border trade with Cambodia at a Tây Ninh gate',
    input: {
      title: 'Xuất nhập khẩu qua cửa khẩu Mộc Bài tăng mạnh',
      body: lines(
        'Theo Chi cục Hải quan cửa khẩu Mộc Bài, tỉnh Tây Ninh, 9 tháng qua, kim ngạch xuất nhập khẩu qua cửa khẩu đạt hơn 2 tỷ USD, tăng 18% so với cùng kỳ.',
        'Hàng hóa xuất sang Campuchia chủ yếu là vật liệu xây dựng, hàng tiêu dùng; chiều ngược lại là nông sản như hạt điều, mì lát từ tỉnh Svay Rieng và thủ đô Phnom Penh.',
        'Ngoài ra, lượng khách xuất nhập cảnh qua cửa khẩu cũng tăng, nhiều du khách từ Lào và Thái Lan đi đường bộ qua Campuchia sang Việt Nam.',
      ),
    },
    want: { old: 'Tây Ninh', new: 'Tây Ninh' },
  },
  {
    name: 'a company named Long An Phát in a Bình Phước story',
    input: {
      title: 'Doanh nghiệp điều Bình Phước tìm thị trường mới',
      body: lines(
        'Công ty TNHH Long An Phát, một doanh nghiệp chế biến hạt điều tại tỉnh Bình Phước, vừa ký hợp đồng xuất khẩu 500 tấn nhân điều sang Trung Đông.',
        'Giám đốc công ty cho biết, ngoài thị trường truyền thống, doanh nghiệp đang tìm hiểu các nước châu Phi. Vùng nguyên liệu điều của tỉnh Bình Phước có hơn 150.000 ha.',
      ),
    },
    want: { old: 'Bình Phước', new: 'Đồng Nai' },
  },
  {
    name: 'weather box and gold price table left under a Sơn La story',
    input: {
      title: 'Sơn La: Mận hậu vào vụ thu hoạch',
      body: lines(
        'Những ngày này, nông dân huyện Mộc Châu, tỉnh Sơn La đang vào vụ thu hoạch mận hậu. Năm nay, sản lượng mận toàn tỉnh ước đạt hơn 100.000 tấn.',
        'Giá mận tại vườn từ 15.000 đến 25.000 đồng/kg, thương lái từ khắp nơi về thu mua. Nhiều hợp tác xã đã đưa mận lên sàn thương mại điện tử.',
        'Thời tiết',
        'Hà Nội 26 - 34°C',
        'TP HCM 25 - 33°C',
        'Đà Nẵng 25 - 32°C',
        'Giá vàng SJC tại Hà Nội: mua vào 82,0 triệu, bán ra 84,0 triệu đồng/lượng',
        'Giá vàng SJC tại TP.HCM: mua vào 82,0 triệu, bán ra 84,0 triệu đồng/lượng',
      ),
    },
    want: { old: 'Sơn La', new: 'Sơn La' },
  },
];
