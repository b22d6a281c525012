// Stanzas: verse lines told from headlines by metre and rhyme, kept in the body, and a poem printed
// whole read as an article.
import { describe, expect, it } from 'vitest';
import { cleanText } from '#domain/cleaning/index';
import { readMetre, rhymes, rimeOf } from '#domain/cleaning/verse';
import { foldDiacritics } from '#domain/text/normalize';

const LUC_BAT = [
  'Tháng năm nắng đổ vàng đồng',
  'Mẹ nghiêng vành nón giữa dòng lúa trôi',
  'Cánh cò chấp chới xa xôi',
  'Con về nghe gió gọi mời mùa thơm',
];
const fold = (lines: readonly string[]) => lines.map((line) => foldDiacritics(line));

describe('metre and rhyme', () => {
  it('read lục bát, one-length verse, and no metre in lines of any length', () => {
    expect(readMetre([6, 8, 6, 8])).toBe('luc-bat');
    expect(readMetre([8, 6, 8, 6, 8])).toBe('luc-bat');
    expect(readMetre([7, 7, 7, 7])).toBe('one-length');
    expect(readMetre([6, 8, 8, 6])).toBeNull();
    expect(readMetre([7, 7, 7])).toBeNull();
  });

  it('take the rime as what follows the initial consonant', () => {
    expect(rimeOf('dong')).toBe('ong');
    expect(rimeOf('nghieng')).toBe('ieng');
    expect(rimeOf('an')).toBe('an');
  });

  it('rhyme the sixth syllables of lục bát, and line ends of one-length verse', () => {
    expect(rhymes(fold(LUC_BAT), 'luc-bat')).toBe(true);
    const menu = ['Tin tức sự kiện', 'Văn hóa thể thao', 'Kinh tế xã hội', 'Quốc phòng an ninh'];
    expect(rhymes(fold(menu), 'one-length')).toBe(false);
  });
});

describe('stanzas in a page', () => {
  it('make a poem printed whole an article, with its title, date and poet', () => {
    const poem = [
      ...LUC_BAT,
      'Bếp chiều khói quyện hương rơm',
      'Bát canh cua mẹ nấu thơm ngọt lành',
      'Sân phơi thóc chín vàng hanh',
      'Cha ngồi đếm những ngày xanh đã tàn',
    ];
    const page = [
      'Thơ',
      'Mùa gặt quê mình',
      'Chủ Nhật, 09/06/2024 07:00',
      ...poem,
      'Đinh Thị Loan',
      'Chia sẻ',
    ];
    const cleaned = cleanText(page.join('\n\n'));
    expect(cleaned.body.split('\n')).toEqual(poem);
    expect(cleaned.captions).toEqual([]);
    expect(cleaned.title).toBe('Mùa gặt quê mình');
    expect(cleaned.author).toBe('Đinh Thị Loan');
    expect(cleaned.quality).toEqual({ isArticle: true });
  });

  it('leave a vertical menu of four-syllable items out, its lengths equal but nothing rhyming', () => {
    const lead =
      'Sáng nay, thành phố khánh thành cây cầu mới nối hai bờ sông sau gần hai năm thi công, rút ngắn quãng đường đi lại của người dân các xã phía nam.';
    const menu = ['Tin tức sự kiện', 'Văn hóa thể thao', 'Kinh tế xã hội', 'Quốc phòng an ninh'];
    expect(cleanText([...menu, 'Cầu mới khánh thành', lead].join('\n\n')).body).toBe(lead);
  });
});
