// Behaviour of the whole classifier on short Vietnamese news fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { classifyProvince, type ProvinceInput } from '#domain/provinces/classify';
import { GAZETTEER } from '#domain/provinces/gazetteer';
import { namesakeOldCodeOf } from '#domain/provinces/province-registry';

function classify(input: Partial<ProvinceInput> & { body: string }) {
  return classifyProvince({ title: null, captions: [], source: null, ...input });
}

function decidedCode(input: Partial<ProvinceInput> & { body: string }): string | null {
  return classify(input).province?.code ?? null;
}

describe('classifyProvince: decisions', () => {
  it('decides from a typed province mention and reports the old and new province', () => {
    const result = classify({
      title: 'Nông dân tỉnh Bến Tre phục hồi vườn dừa sau hạn mặn',
      body: 'Năm nay, bà con trồng dừa ở tỉnh Bến Tre đã có một vụ mùa bội thu.',
    });
    expect(result.province).toMatchObject({
      code: '83',
      name: 'Bến Tre',
      newCode: '86',
      newName: 'Vĩnh Long',
    });
    expect(result.province?.evidence).toContain('tỉnh Bến Tre');
    expect(result.province?.confidence).toBeGreaterThan(0.7);
    expect(result.province?.confidence).toBeLessThanOrEqual(1);
    expect(result.mentioned.map((ref) => ref.code)).toEqual(['83']);
  });

  it('decides from a district-level city alone ("TP. Sông Công" is in Thái Nguyên)', () => {
    const result = classify({
      body: 'Đảng bộ TP. Sông Công tổ chức hội nghị sơ kết. Thành ủy Sông Công đánh giá cao kết quả đạt được.',
    });
    expect(result.province?.code).toBe('19');
    expect(result.province?.evidence).toContain('TP. Sông Công');
  });

  it('reads "huyện Quảng Ninh" as the district in Quảng Bình, not the province Quảng Ninh', () => {
    expect(decidedCode({ body: 'Người dân huyện Quảng Ninh khẩn trương thu hoạch lúa trước mùa lũ.' })).toBe(
      '44',
    );
    expect(decidedCode({ body: 'Du khách đổ về tỉnh Quảng Ninh dịp cuối tuần.' })).toBe('22');
  });

  it('ranks typed mentions above bare ones and the title above the body', () => {
    const result = classify({
      title: 'Hội chợ nông sản tỉnh Lạng Sơn thu hút đông đảo du khách',
      body: 'Hội chợ có gian hàng từ Cao Bằng. Sản phẩm của tỉnh Lạng Sơn được ưa chuộng.',
    });
    expect(result.province?.code).toBe('20');
    expect(result.mentioned.map((ref) => ref.code)).toEqual(['20', '04']);
  });

  it('picks the host, not a visiting delegation’s province', () => {
    const result = classify({
      title: 'Bắc Ninh tiếp đoàn công tác tỉnh Quảng Nam',
      body:
        'Đoàn công tác tỉnh Quảng Nam do Phó Chủ tịch UBND tỉnh dẫn đầu đã đến thăm và làm việc tại tỉnh Bắc Ninh.\n' +
        'Lãnh đạo tỉnh Bắc Ninh giới thiệu mô hình khu công nghiệp của địa phương.',
    });
    expect(result.province?.code).toBe('27');
  });

  it('resolves a district shared by ten provinces from a commune paired with it', () => {
    // "xã Tân Phú, huyện Châu Thành": only the provinces where such a commune lies in such a district.
    const pairs = GAZETTEER.communes.filter((commune) => commune.district.name === 'Châu Thành');
    const unique = pairs.find(
      (commune) =>
        pairs.filter((other) => other.name === commune.name).length === 1 &&
        !GAZETTEER.communes.some(
          (other) => other.name === commune.name && other.district.name !== 'Châu Thành',
        ) &&
        !GAZETTEER.newCommunes.some((other) => other.name === commune.name),
    );
    expect(unique).toBeDefined();
    const body = `Nông dân ${unique!.type.toLowerCase()} ${unique!.name}, huyện Châu Thành thu hoạch lúa. Huyện Châu Thành đặt mục tiêu tăng năng suất.`;
    expect(decidedCode({ body })).toBe(unique!.province);
  });
});

describe('classifyProvince: spellings, aliases and historic names', () => {
  it('reads the look-alike Ð (U+00D0) as Đ and quotes the evidence as written', () => {
    const result = classify({ body: 'Ủy ban nhân dân tỉnh \u00D0iện Biên họp phiên thường kỳ tháng Năm.' });
    expect(result.province?.code).toBe('11');
    expect(result.province?.evidence).toEqual(['tỉnh \u00D0iện Biên']);
  });

  it('matches old and new tone-mark placement', () => {
    expect(decidedCode({ body: 'Nông dân tỉnh Hoà Bình thu hoạch cam.' })).toBe('17');
    expect(decidedCode({ body: 'Nông dân tỉnh Hòa Bình thu hoạch cam.' })).toBe('17');
    expect(decidedCode({ body: 'Ngư dân tỉnh Khánh Hoà ra khơi.' })).toBe('56');
  });

  it.each([
    ['Giá nhà tại TP.HCM tiếp tục tăng trong quý này.', '79'],
    ['Người dân TP HCM đổ xô đi mua sắm cuối năm.', '79'],
    ['Kẹt xe ở TPHCM kéo dài nhiều giờ.', '79'],
    ['Mùa mưa ở Sài Gòn năm nay đến sớm.', '79'],
    ['Du khách đến tỉnh BR-VT tăng mạnh.', '77'],
    ['Du khách đến tỉnh Bà Rịa - Vũng Tàu tăng mạnh.', '77'],
    ['Lễ hội ở tỉnh Thừa Thiên Huế thu hút du khách.', '46'],
    ['Cà phê tỉnh Đắc Lắc được mùa.', '66'],
    ['Mưa lớn ở tỉnh Kontum gây sạt lở.', '62'],
    ['Nhiều làng nghề của tỉnh Hà Tây cũ nay phát triển mạnh.', '01'],
  ])('reads "%s" as province %s', (body, code) => {
    expect(decidedCode({ body })).toBe(code);
  });

  it('lets a nickname support but not decide', () => {
    expect(decidedCode({ body: 'Về xứ Thanh mùa lúa chín.' })).toBeNull();
    const supported = classify({ body: 'Về xứ Thanh mùa lúa chín, Thanh Hóa vào hội.' });
    expect(supported.province?.code).toBe('38');
  });
});

describe('classifyProvince: hosts and mastheads', () => {
  it.each([
    ['baothainguyen.vn', '19'],
    ['baolongan.vn', '80'],
    ['baosonla.org.vn', '14'],
    ['baodienbienphu.info.vn', '11'],
    ['baoquangbinh.vn', '44'],
    ['www.sonla.gov.vn', '14'],
  ])('decides from the source host %s when the text names no place', (source, code) => {
    const result = classify({ body: 'Hội nghị tổng kết công tác năm diễn ra sáng nay.', source });
    expect(result.province?.code).toBe(code);
    expect(result.province?.confidence).toBeLessThan(0.7);
  });

  it('reads the host of the URL', () => {
    expect(
      decidedCode({ body: 'Hội nghị diễn ra sáng nay.', url: 'https://baolongan.vn/tin-tuc/a1.html' }),
    ).toBe('80');
  });

  it('reads a masthead opening the lead and a masthead as source', () => {
    expect(decidedCode({ body: 'ĐBP - Sáng nay, Đảng ủy Khối tổ chức hội nghị.' })).toBe('11');
    expect(decidedCode({ body: 'Sáng nay, Đảng ủy Khối tổ chức hội nghị.', source: 'ĐBP' })).toBe('11');
  });

  it('lets strong text evidence about another province beat a provincial paper’s host', () => {
    const result = classify({
      title: 'Tỉnh Hà Giang đón 1 triệu lượt khách',
      body: 'Năm nay, tỉnh Hà Giang đón lượng khách kỷ lục. Các huyện Đồng Văn, Mèo Vạc kín phòng.',
      source: 'baothainguyen.vn',
    });
    expect(result.province?.code).toBe('02');
  });

  it('does not take an unknown host or a national paper as a province', () => {
    expect(decidedCode({ body: 'Hội nghị diễn ra sáng nay.', source: 'vnexpress.net' })).toBeNull();
    expect(decidedCode({ body: 'Hội nghị diễn ra sáng nay.', source: 'baotintuc.vn' })).toBeNull();
  });
});

describe('classifyProvince: traps and abstention', () => {
  it('does not take the person Hồ Chí Minh for the city', () => {
    const result = classify({
      title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      body: 'Cán bộ, đảng viên học tập Chủ tịch Hồ Chí Minh. Bác Hồ luôn căn dặn thế hệ trẻ.',
    });
    expect(result.province).toBeNull();
    expect(result.mentioned).toEqual([]);
  });

  it('abstains on national news that names only Việt Nam', () => {
    expect(
      classify({ body: 'Việt Nam đạt mức tăng trưởng 7% trong năm, Chính phủ cho biết tại phiên họp.' })
        .province,
    ).toBeNull();
  });

  it('abstains on a district name shared by ten provinces when nothing else decides', () => {
    expect(decidedCode({ body: 'Nông dân huyện Châu Thành trúng mùa lúa thu đông.' })).toBeNull();
  });

  it('abstains when two provinces are named equally', () => {
    expect(
      decidedCode({ body: 'Tuyến cao tốc nối tỉnh Lạng Sơn với tỉnh Cao Bằng sẽ khởi công năm sau.' }),
    ).toBeNull();
  });

  it('does not take person names, oceans or streets for provinces', () => {
    expect(
      decidedCode({ body: 'Ông Nguyễn Thái Bình phát biểu. Bà Lê Hà Nam cũng có mặt tại buổi lễ.' }),
    ).toBeNull();
    expect(decidedCode({ body: 'Tàu cá hoạt động trên Thái Bình Dương gặp bão lớn.' })).toBeNull();
    expect(decidedCode({ body: 'Một vụ cháy xảy ra trên đường Điện Biên Phủ, gần phố Huế.' })).toBeNull();
  });

  it('does not match a name inside a longer word ("Long Ant")', () => {
    expect(classify({ body: 'Công ty Long Ant ra mắt sản phẩm mới tại hội chợ.' }).mentioned).toEqual([]);
  });

  it('requires place names to be capitalised ("hòa bình" is peace)', () => {
    expect(classify({ body: 'Nhân dân mong muốn hòa bình và thái bình cho muôn nơi.' }).mentioned).toEqual(
      [],
    );
  });

  it('discounts a line that is only a place name (a table cell the cleaner left)', () => {
    const result = classify({ body: 'Hội nghị bàn về xây dựng Đảng tại tỉnh Sơn La.\nTP HCM\nHà Nội' });
    expect(result.province?.code).toBe('14');
    expect(result.mentioned.map((ref) => ref.code)).toEqual(['14']);
  });
});

describe('classifyProvince: articles written with the 2025 map', () => {
  it('classifies into the new province and the old province its new-only commune came from', () => {
    const oldCommuneNames = new Set(GAZETTEER.communes.map((commune) => commune.name));
    const districtOrProvinceNames = new Set([
      ...GAZETTEER.districts.map((district) => district.name),
      ...GAZETTEER.oldProvinces.map((province) => province.name),
    ]);
    const newOnly = GAZETTEER.newCommunes.find(
      (commune) =>
        !oldCommuneNames.has(commune.name) &&
        !districtOrProvinceNames.has(commune.name) &&
        GAZETTEER.newCommunes.filter((other) => other.name === commune.name).length === 1 &&
        commune.oldProvinces.length === 1 &&
        commune.oldProvinces[0] !== namesakeOldCodeOf(commune.newProvince),
    );
    expect(newOnly).toBeDefined();
    const newProvince = GAZETTEER.newProvinces.find((province) => province.code === newOnly!.newProvince)!;
    const result = classify({
      body: `Chiều nay, UBND ${newOnly!.type.toLowerCase()} ${newOnly!.name}, tỉnh ${newProvince.name} tổ chức hội nghị triển khai nhiệm vụ.`,
    });
    expect(result.province?.newCode).toBe(newProvince.code);
    expect(result.province?.code).toBe(newOnly!.oldProvinces[0]);
  });

  it('falls back to the namesake constituent, with lower confidence, when the old province is undecidable', () => {
    // Two constituents of new Tây Ninh named equally: new province certain, old one not.
    const result = classify({ body: 'Tỉnh Tây Ninh và tỉnh Long An hoàn thành hợp nhất bộ máy.' });
    expect(result.province).toMatchObject({ code: '72', newCode: '80' });
    const single = classify({ body: 'Tỉnh Tây Ninh hoàn thành sắp xếp bộ máy.' });
    expect(result.province!.confidence).toBeLessThan(single.province!.confidence);
  });
});
