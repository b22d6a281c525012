import { describe, expect, it } from 'vitest';
import { findMentions } from '#domain/provinces/find-mentions';
import { classifyProvince } from '#domain/provinces/classify';

function surfaces(text: string): string[] {
  return findMentions(text, 'body', 0).map((mention) => mention.surface);
}

describe('findMentions', () => {
  it('matches whole syllables only', () => {
    expect(surfaces('Thương hiệu Long Ant và Sơn Lam không phải địa danh.')).toEqual([]);
    expect(surfaces('Về Long An, ghé Sơn La.')).toEqual(['Long An', 'Sơn La']);
  });

  it('includes the type word in the surface and records the level', () => {
    const [mention] = findMentions('Đảng bộ huyện Mường La tổ chức đại hội.', 'body', 0);
    expect(mention?.surface).toBe('huyện Mường La');
    expect(mention?.level).toBe('rural');
  });

  it('takes the longest name at a position ("Bà Rịa - Vũng Tàu", not "Bà Rịa")', () => {
    expect(surfaces('Tỉnh Bà Rịa - Vũng Tàu đón khách.')).toEqual(['Tỉnh Bà Rịa - Vũng Tàu']);
  });

  it('matches Central Highlands names written with apostrophes', () => {
    expect(surfaces("Nông dân huyện Cư M'gar trồng cà phê.")).toEqual(["huyện Cư M'gar"]);
  });

  it('needs a type word for communes and numbered districts', () => {
    expect(surfaces('Bá Xuyên là vùng quê yên bình.')).toEqual([]);
    expect(surfaces('Đảng ủy xã Bá Xuyên họp.')).toEqual(['xã Bá Xuyên']);
    expect(surfaces('Lớp 1 đông học sinh.')).toEqual([]);
    expect(surfaces('Cửa hàng ở Quận 1 đông khách.')).toEqual(['Quận 1']);
  });

  it('counts "Hồ Chí Minh" only after a city word', () => {
    expect(surfaces('Tư tưởng Hồ Chí Minh soi đường.')).toEqual([]);
    expect(surfaces('Thành phố Hồ Chí Minh phát triển.')).toEqual(['Thành phố Hồ Chí Minh']);
  });

  it('weighs a visiting delegation and a named river below a plain mention', () => {
    const [plain] = findMentions('Lãnh đạo tỉnh Đồng Nai phát biểu.', 'body', 0);
    const [visitor] = findMentions('Đoàn công tác tỉnh Đồng Nai đến thăm.', 'body', 0);
    const [river] = findMentions('Nước sông Đồng Nai dâng cao.', 'body', 0);
    expect(visitor!.weight).toBeLessThan(plain!.weight);
    expect(river!.weight).toBeLessThan(plain!.weight / 2);
  });

  it.each([
    'Đoàn công tác làm việc tại tỉnh Đồng Nai.',
    'Công đoàn tỉnh Đồng Nai phát động thi đua.',
    'Công đoàn ngành Giáo dục tỉnh Đồng Nai khen thưởng giáo viên.',
    'Đoàn đại biểu Quốc hội tỉnh Đồng Nai tiếp xúc cử tri.',
    'Đoàn ĐBQH tỉnh Đồng Nai giám sát.',
  ])('does not take the host or the province’s own bodies for visitors: %s', (text) => {
    const [plain] = findMentions('Lãnh đạo tỉnh Đồng Nai phát biểu.', 'body', 0);
    const [mention] = findMentions(text, 'body', 0);
    expect(mention?.weight).toBe(plain!.weight);
  });
});

describe('classifyProvince on long texts', () => {
  /** Linear scan: a ~120 KB text takes tens of milliseconds; the bound only catches a blow-up. */
  const MAX_MILLISECONDS = 1_500;

  it('stays fast', () => {
    const paragraph =
      'Sáng nay, UBND tỉnh Nghệ An phối hợp với các sở, ngành tổ chức hội nghị bàn giải pháp phát triển kinh tế - xã hội, ' +
      'xây dựng nông thôn mới tại huyện Nghi Lộc và xã Nghi Thạch, với sự tham dự của đông đảo cán bộ, đảng viên và nhân dân.';
    const body = Array.from({ length: 500 }, () => paragraph).join('\n');
    const started = performance.now();
    const result = classifyProvince({ title: null, body, captions: [], source: null });
    expect(performance.now() - started).toBeLessThan(MAX_MILLISECONDS);
    expect(result.province?.code).toBe('40');
  });
});
