// Curated knowledge the administrative-unit list does not hold: aliases, historic names, spelling
// variants, nicknames, newspaper mastheads and site hosts, and words that look like place names but
// are not. This module is the single source of truth for them; the classifier loads it directly
// (the generated asset holds only facts derived from ../shared/data/vn-admin-units.json).
//
// Provenance notes: "usage" = the spelling or nickname as commonly written in Vietnamese news;
// "history" = administrative history (merger/renaming resolution cited); "masthead" = the paper's
// own dateline/byline convention; "host" = the site's domain name.

/** How much a curated name counts, relative to the official names (see weights.ts). */
export const ALIAS_STRENGTH = {
  /** An unambiguous other name for the province itself (Sài Gòn, TP.HCM, BR-VT). */
  province: 'province',
  /** The name of a city or town inside the province (Qui Nhơn, Buôn Mê Thuột). */
  district: 'district',
  /** A literary nickname ("xứ Thanh"): supporting evidence, never decisive alone. */
  nickname: 'nickname',
} as const;
export type AliasStrength = (typeof ALIAS_STRENGTH)[keyof typeof ALIAS_STRENGTH];

export interface ProvinceAlias {
  /** Written as in running text; capitalised syllables must be capitalised in the text too. */
  readonly name: string;
  /** Old (pre-2025) province code. */
  readonly code: string;
  readonly strength: AliasStrength;
  /** Only counts after "TP"/"thành phố" (e.g. "HCM" in "TP.HCM"). */
  readonly requiresCityWord?: boolean;
  readonly note: string;
}

export const PROVINCE_ALIASES: readonly ProvinceAlias[] = [
  // Hồ Chí Minh City (79)
  {
    name: 'Sài Gòn',
    code: '79',
    strength: 'province',
    note: 'usage: the city’s pre-1976 name, still current',
  },
  { name: 'TPHCM', code: '79', strength: 'province', note: 'usage: abbreviation written as one word' },
  { name: 'HCMC', code: '79', strength: 'province', note: 'usage: English abbreviation' },
  {
    name: 'HCM',
    code: '79',
    strength: 'province',
    requiresCityWord: true,
    note: 'usage: "TP.HCM", "TP HCM"',
  },
  { name: 'thành phố mang tên Bác', code: '79', strength: 'province', note: 'usage: fixed epithet of HCMC' },
  // Bà Rịa - Vũng Tàu (77)
  { name: 'BR-VT', code: '77', strength: 'province', note: 'usage: abbreviation' },
  { name: 'BRVT', code: '77', strength: 'province', note: 'usage: abbreviation' },
  // Huế (46): renamed from Thừa Thiên Huế when it became a centrally-run city (Res. 1314/NQ-UBTVQH15, 2025-01-01)
  { name: 'Thừa Thiên Huế', code: '46', strength: 'province', note: 'history: name until 2024-12-31' },
  { name: 'TT-Huế', code: '46', strength: 'province', note: 'usage: abbreviation of Thừa Thiên - Huế' },
  // Đắk Lắk (66) / Đắk Nông (67) / Kon Tum (62) / Bắc Kạn (06): spelling variants
  { name: 'Đắc Lắc', code: '66', strength: 'province', note: 'usage: older spelling' },
  { name: 'Đắk Lắc', code: '66', strength: 'province', note: 'usage: spelling variant' },
  { name: 'Đắc Lắk', code: '66', strength: 'province', note: 'usage: spelling variant' },
  { name: 'Đăk Lăk', code: '66', strength: 'province', note: 'usage: spelling variant' },
  { name: 'Daklak', code: '66', strength: 'province', note: 'usage: unaccented, as in daklak.gov.vn' },
  { name: 'Đắc Nông', code: '67', strength: 'province', note: 'usage: spelling variant' },
  { name: 'Đăk Nông', code: '67', strength: 'province', note: 'usage: spelling variant' },
  { name: 'Kontum', code: '62', strength: 'province', note: 'usage: one-word spelling' },
  { name: 'Bắc Cạn', code: '06', strength: 'province', note: 'usage: older spelling' },
  // Historic provinces absorbed whole into today's provinces
  {
    name: 'Hà Tây',
    code: '01',
    strength: 'province',
    note: 'history: merged into Hà Nội 2008-08-01 (Res. 15/2008/QH12)',
  },
  // Cities whose common spelling differs from the official list
  { name: 'Qui Nhơn', code: '52', strength: 'district', note: 'usage: i/y variant of Quy Nhơn' },
  { name: 'Buôn Mê Thuột', code: '66', strength: 'district', note: 'usage: colloquial Buôn Ma Thuột' },
  { name: 'Ban Mê Thuột', code: '66', strength: 'district', note: 'usage: colloquial Buôn Ma Thuột' },
  { name: 'Phan Rang', code: '58', strength: 'district', note: 'usage: short for Phan Rang - Tháp Chàm' },
  { name: 'Đà Lạt', code: '68', strength: 'district', note: 'usage: city of Lâm Đồng (also in the list)' },
  // Nicknames: supporting evidence only
  { name: 'xứ Thanh', code: '38', strength: 'nickname', note: 'usage: Thanh Hóa' },
  { name: 'phố Núi', code: '64', strength: 'nickname', note: 'usage: Pleiku, Gia Lai' },
  { name: 'đất Mũi', code: '96', strength: 'nickname', note: 'usage: Cà Mau cape' },
  { name: 'đất Cảng', code: '31', strength: 'nickname', note: 'usage: Hải Phòng' },
  { name: 'thành phố Cảng', code: '31', strength: 'nickname', note: 'usage: Hải Phòng' },
  { name: 'thành phố Hoa phượng đỏ', code: '31', strength: 'nickname', note: 'usage: Hải Phòng' },
  { name: 'xứ Lạng', code: '20', strength: 'nickname', note: 'usage: Lạng Sơn' },
  { name: 'đất Tổ', code: '25', strength: 'nickname', note: 'usage: Phú Thọ (Hùng kings’ temple)' },
  { name: 'Tây Đô', code: '92', strength: 'nickname', note: 'usage: Cần Thơ' },
  { name: 'Hà thành', code: '01', strength: 'nickname', note: 'usage: Hà Nội' },
  { name: 'Kinh Bắc', code: '27', strength: 'nickname', note: 'usage: Bắc Ninh (historic region)' },
  { name: 'xứ Đoài', code: '01', strength: 'nickname', note: 'usage: Sơn Tây area of Hà Nội' },
  { name: 'xứ Dừa', code: '83', strength: 'nickname', note: 'usage: Bến Tre' },
  { name: 'đất Sen Hồng', code: '87', strength: 'nickname', note: 'usage: Đồng Tháp' },
];

/** Official names that are also something else when they stand bare, so they count only after a
 *  city word: "Hồ Chí Minh" bare is the person (tư tưởng / phong cách / Chủ tịch Hồ Chí Minh). */
export const CITY_WORD_ONLY_NAMES: readonly string[] = ['Hồ Chí Minh'];

/** Phrases that contain a place name but are not one; matched first (the longest name wins) so the
 *  name inside is skipped. Written as in text: a lower-case syllable matches either case ("bia Sài
 *  Gòn" also matches "Bia Sài Gòn" opening a headline). */
export const NON_PLACE_PHRASES: readonly string[] = [
  // Oceans (usage)
  'Thái Bình Dương', // Pacific Ocean, not Thái Bình / Bình Dương
  'Ấn Độ Dương',
  'Đại Tây Dương',
  'Bắc Băng Dương',
  'Nam Băng Dương',
  // Historic events named after the place (usage): the battle, not the city
  'chiến thắng Điện Biên Phủ',
  'chiến dịch Điện Biên Phủ',
  'trận Điện Biên Phủ',
  'Điện Biên Phủ trên không',
  'chiến dịch Hồ Chí Minh',
  // Companies and brands named after a city, reported as businesses (usage)
  'bia Sài Gòn',
  'Bia Hà Nội',
  'nước giải khát Sài Gòn',
  'Sữa Hà Nội',
  'Hà Nội Milk',
  'Sài Gòn Co.op',
  'Sài Gòn Tourist',
  'Sài Gòn Thương Tín',
  'Sài Gòn - Hà Nội', // SHB bank; also a route, which counts for neither end
  'Hoàng Anh Gia Lai', // conglomerate and football club
  // Football clubs: the team plays home and away, its name says little about the story's place
  'Hà Nội FC',
  'CLB Hà Nội',
  'Công an Hà Nội', // the club; the police write "Công an TP Hà Nội", which still counts
  'Thép Xanh Nam Định',
  'Becamex Bình Dương',
  'Becamex TP.HCM',
  'Đông Á Thanh Hóa',
  'Đông Á Thanh Hoá',
  'SHB Đà Nẵng',
  'Sông Lam Nghệ An',
  'Hồng Lĩnh Hà Tĩnh',
  'Quy Nhơn Bình Định',
  'Topenland Bình Định',
  'Hải Phòng FC',
  'Khánh Hòa FC',
  'Long An FC',
  'Đồng Tháp FC',
  'Bà Rịa - Vũng Tàu FC',
  'Công an TP.HCM FC',
  'Trẻ TP.HCM',
];

export interface Masthead {
  /** As printed before the dash that opens the lead, e.g. "ĐBP - ...". */
  readonly abbreviation: string;
  readonly code: string;
  readonly note: string;
}

/** Provincial papers' datelines. Only ones whose papers use them as their own masthead. */
export const MASTHEADS: readonly Masthead[] = [
  { abbreviation: 'ĐBP', code: '11', note: 'masthead: Báo Điện Biên Phủ' },
  { abbreviation: 'QBĐT', code: '44', note: 'masthead: Quảng Bình điện tử (baoquangbinh.vn)' },
  { abbreviation: 'QNO', code: '49', note: 'masthead: Quảng Nam Online (baoquangnam.vn)' },
  { abbreviation: 'YBĐT', code: '15', note: 'masthead: Yên Bái điện tử (baoyenbai.com.vn)' },
  { abbreviation: 'GLO', code: '64', note: 'masthead: Gia Lai Online (baogialai.com.vn)' },
  { abbreviation: 'BPO', code: '70', note: 'masthead: Báo Bình Phước Online' },
  { abbreviation: 'QTO', code: '45', note: 'masthead: Quảng Trị Online (baoquangtri.vn)' },
  { abbreviation: 'BHG', code: '02', note: 'masthead: Báo Hà Giang' },
];

export interface HostAlias {
  /** A domain label (between dots), hyphens removed, lower case. */
  readonly label: string;
  readonly code: string;
  /** A metropolitan paper that covers the whole country too: supporting evidence only. */
  readonly metropolitan?: boolean;
  readonly note: string;
}

/** Host labels that the generated rules (<name>, bao<name>, <name>tv, ... over folded province
 *  names and province aliases) do not produce. */
export const HOST_ALIASES: readonly HostAlias[] = [
  { label: 'baodienbienphu', code: '11', note: 'host: baodienbienphu.info.vn' },
  { label: 'dienbienphu', code: '11', note: 'host: Điện Biên Phủ city, capital of Điện Biên' },
  { label: 'hochiminhcity', code: '79', note: 'host: hochiminhcity.gov.vn portal' },
  { label: 'tphcm', code: '79', note: 'host: tphcm.gov.vn portal' },
  { label: 'thuathienhue', code: '46', note: 'host: thuathienhue.gov.vn, baothuathienhue.vn' },
  { label: 'brvt', code: '77', note: 'host: baobariavungtau.com.vn short form' },
  { label: 'daklak', code: '66', note: 'host: daklak.gov.vn, baodaklak.vn' },
  { label: 'daknong', code: '67', note: 'host: daknong.gov.vn, baodaknong.vn' },
  { label: 'sggp', code: '79', metropolitan: true, note: 'host: Sài Gòn Giải Phóng, national coverage' },
  { label: 'hanoimoi', code: '01', metropolitan: true, note: 'host: Hà Nội Mới, national coverage' },
];

/** Domain labels that say nothing about a place. */
export const HOST_NOISE_LABELS: readonly string[] = [
  'www',
  'm',
  'en',
  'vn',
  'com',
  'org',
  'net',
  'info',
  'gov',
  'edu',
];

/** Affixes provincial papers and portals put around the province name in their host. */
export const HOST_PREFIXES: readonly string[] = ['bao', 'cong', 'tinhuy', 'ubnd', 'dangbo'];
export const HOST_SUFFIXES: readonly string[] = ['tv', 'online', 'dientu', 'news', 'dcs'];

/** Syllables that, written capitalised right before a bare province name, make it part of a person's
 *  name ("Nguyễn Thái Bình", "Lê Hà Nam"): common surnames and middle names (usage). */
export const PERSON_NAME_SYLLABLES: readonly string[] = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đào',
  'Đinh',
  'Trịnh',
  'Trương',
  'Lương',
  'Tạ',
  'Quách',
  'Lâm',
  'Thái',
  'Cao',
  'Lò',
  'Lỳ',
  'Triệu',
  'Kiều',
  'Chu',
  'Tô',
  'Vương',
  'Lưu',
  'Mạc',
  'Nông',
  'Doãn',
  'Văn',
  'Thị',
  'Đức',
  'Hữu',
  'Ngọc',
  'Đình',
  'Bá',
  'Thế',
  'Trọng',
  'Quốc',
  'Xuân',
  'Khắc',
  'Viết',
  'Minh',
  'Thanh',
  'Công',
];
