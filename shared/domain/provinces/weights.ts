// Every number the classifier decides with, in one place. Calibrated by hand on fixtures written for
// test/unit/provinces and checked on the dev seeds (`npm run eval`): the goal is to abstain rather
// than guess, so the decision thresholds err on the high side.

/** Base weight of one mention, by what kind of name it is and whether a type word precedes it. */
export const MENTION_WEIGHT = {
  /** "tỉnh Sơn La", "Tỉnh ủy Long An", "TP. Hồ Chí Minh": the strongest in-text evidence. */
  typedProvince: 3,
  /** "Sơn La", "Sài Gòn" standing bare: almost always the province, sometimes a person or a street. */
  bareProvince: 2,
  /** "huyện Mường La", "TP. Sông Công". */
  typedDistrict: 2,
  /** A city's colloquial spelling ("Qui Nhơn"), standing bare. */
  districtAlias: 1.2,
  /** A unique district name standing bare ("Vũng Tàu"). Names of people and streets collide here. */
  bareDistrict: 0.8,
  /** "xã Bá Xuyên": specific but commune names repeat across provinces. */
  typedCommune: 1.2,
  /** "xứ Thanh", "phố Núi": supports, cannot decide alone (below MIN_DECISION_SCORE). */
  nickname: 0.8,
  /** The source field or the URL names a provincial paper or portal. Decides alone only when the
   *  text names no other province: provincial papers report on other provinces too. */
  sourceHost: 2.5,
  /** "ĐBP - ..." opening the lead. */
  masthead: 2.5,
  /** A provincial host written in the body ("Theo baolongan.vn"). */
  bodyHost: 1.5,
  /** Sài Gòn Giải Phóng, Hà Nội Mới: city papers that cover the whole country. */
  metropolitanHost: 1,
  /** "UBND tỉnh", "trên địa bàn tỉnh", "tỉnh ta" in a provincial publisher's text: each one is the
   *  publisher's province, named less plainly than a bare name. */
  unnamedProvince: 1.2,
} as const;

/** Where the mention is: a title states the subject; the lead usually names the place. */
/** A province named in the source line ("Báo Lạng Sơn", "Cổng TTĐT tỉnh Quảng Bình") names the
 *  publisher: bare, it weighs as much as a provincial host (2 × 1.25 = 2.5). */
export const ZONE_FACTOR = { title: 2, lead: 1.5, body: 1, caption: 1, source: 1.25 } as const;
export type Zone = keyof typeof ZONE_FACTOR;

/** Context that makes a mention about somewhere else than the article's subject. */
export const CONTEXT_FACTOR = {
  /** "Đoàn công tác tỉnh Quảng Nam ... tại Bắc Ninh": the visitors' province is not the host. */
  visitingDelegation: 0.3,
  /** "sông Đồng Nai", "đường Điện Biên Phủ", "phố Huế": a river, street or mountain named after it. */
  namedFeature: 0.2,
  /** A line that is little more than the name, or a row of figures (table cells, menus, weather and
   *  price widgets left by the cleaner). */
  isolatedLine: 0.3,
  /** "Nguyễn Văn H. (42 tuổi, ngụ TP.HCM)": where a person lives, often not where the story is. */
  residence: 0.5,
} as const;

/** How many syllables before a name "đoàn" may stand to make it a delegation ("Đoàn công tác của tỉnh X"). */
export const DELEGATION_LOOKBEHIND = 5;
/** A line with at most this many syllables that holds a mention counts as an isolated line. */
export const ISOLATED_LINE_MAX_SYLLABLES = 4;
/** A line without closing punctuation with at least this many numbers, making up at least this
 *  share of its syllables, is a data row ("Hà Nội 26 - 34°C": 2 of 5). */
export const DATA_LINE_MIN_FIGURES = 2;
export const DATA_LINE_MIN_FIGURE_SHARE = 0.2;
/** How many syllables after a commune the district may follow ("xã A, huyện B" = 2 + name). */
export const COMMUNE_DISTRICT_WINDOW = 4;

/** Unnamed references count for the publisher from this many on (one "UBND tỉnh" can be anyone's),
 *  and at most this many of them. */
export const MIN_UNNAMED_REFERENCES = 2;
export const MAX_UNNAMED_REFERENCES = 6;

/** Repeated mentions count less each time (geometric): the 1st fully, the 2nd ×0.75, ... so a
 *  name repeated ten times is worth ~4 single mentions, not ten. */
export const REPEAT_DECAY = 0.75;

/** A province needs at least this score to be decided (one typed mention in the body = 3; one bare
 *  mention = 2 is not enough alone; a provincial host alone = 2.5 is). */
export const MIN_DECISION_SCORE = 2.5;
/** The winner must have at least this multiple of the runner-up's score, or we abstain. */
export const MIN_WINNER_RATIO = 2;
/** A province is listed in `mentioned` from this score: one bare mention in the body. */
export const MIN_MENTION_SCORE = 1;
/** Inside a merged new province, the old province is decided only with this lead over the other
 *  constituents; otherwise the namesake is used with lowered confidence. */
export const MIN_OLD_WITHIN_NEW_RATIO = 2;
export const NAMESAKE_FALLBACK_CONFIDENCE_FACTOR = 0.6;
/** Confidence = score / (score + CONFIDENCE_HALF_SCORE), scaled by the margin over the runner-up:
 *  a single typed body mention (3) gives ~0.67, several strong mentions (10+) ~0.85+. */
export const CONFIDENCE_HALF_SCORE = 1.5;
/** At most this many evidence strings are reported. */
export const MAX_EVIDENCE = 5;
