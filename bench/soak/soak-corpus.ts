// The soak test's objects and what each delivery unit (an object, or one line of a JSONL batch) must end
// as. Deterministic for a given seed, so a failing run can be repeated exactly.
import {
  AUTHORS,
  HEADLINES,
  LISTING_LINES,
  NEWS_SITES,
  PROVINCE_PLACES,
  SENTENCES,
  type NewsSite,
} from './vietnamese-templates.ts';

export const SOAK_OUTCOME_KINDS = ['stored', 'duplicate', 'rejected'] as const;
export type SoakOutcomeKind = (typeof SOAK_OUTCOME_KINDS)[number];

/** What one delivery unit must end as. */
export interface ExpectedUnit {
  readonly key: string;
  /** 1-based line of a JSONL batch; absent for a whole object. */
  readonly line?: number;
  readonly kind: SoakOutcomeKind;
  /** Rejection reasons that are right for this unit (a listing may read as either of two). */
  readonly reasons?: readonly string[];
  /** Units with the same content: exactly one of the group is stored, the others are duplicates. */
  readonly contentGroup?: string;
}

export interface SoakObject {
  readonly key: string;
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly units: readonly ExpectedUnit[];
}

export interface SoakMix {
  /** Share of objects that cannot become an article (issue #8 asks for 2 %). */
  readonly badShare: number;
  /** Share of objects that repeat an earlier object's content under another key. */
  readonly duplicateShare: number;
  readonly jsonShare: number;
  readonly jsonlShare: number;
  /** Lines in one JSONL batch; crawlers batch a handful of pages per object. */
  readonly jsonlLines: number;
}

/** The mix the brief for issue #8 describes: mostly plain text, some envelopes and batches, 2 % bad, 3 % copies. */
export const DEFAULT_SOAK_MIX: SoakMix = {
  badShare: 0.02,
  duplicateShare: 0.03,
  jsonShare: 0.1,
  jsonlShare: 0.05,
  jsonlLines: 5,
};

export const BAD_OBJECT_KINDS = [
  'empty',
  'binary',
  'malformed-json',
  'malformed-jsonl-line',
  'unsupported-type',
  'not-article',
] as const;
export type BadObjectKind = (typeof BAD_OBJECT_KINDS)[number];

/** Small, fast, seedable PRNG (mulberry32): the corpus must be the same on every run with the same seed. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** Sentences per article body: enough prose for the article detector, as short regional news has. */
const MIN_SENTENCES = 4;
const EXTRA_SENTENCES = 3;
/** Ranges of the {n} slot: counts of households, billions of dong, editions. */
const MAX_SLOT_NUMBER = 900;
const MIN_SLOT_NUMBER = 12;

interface ArticleDraft {
  readonly site: NewsSite;
  readonly title: string;
  readonly dateLine: string;
  readonly isoDate: string;
  readonly paragraphs: readonly string[];
  readonly author: string;
  readonly url: string;
}

/** A headline or sentence pattern with its place, province and number slots filled in. */
export function fillSlots(
  template: string,
  random: () => number,
  place: { province: string; district: string },
): string {
  return template
    .replaceAll('{province}', place.province)
    .replaceAll('{place}', place.district)
    .replaceAll('{n}', () => String(MIN_SLOT_NUMBER + Math.floor(random() * MAX_SLOT_NUMBER)));
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

function draftArticle(random: () => number, serial: number): ArticleDraft {
  const site = pick(random, NEWS_SITES);
  const place = pick(random, PROVINCE_PLACES);
  const day = 1 + Math.floor(random() * 28);
  const month = 1 + Math.floor(random() * 12);
  const hour = 6 + Math.floor(random() * 14);
  const sentenceCount = MIN_SENTENCES + Math.floor(random() * EXTRA_SENTENCES);
  const pool = [...SENTENCES];
  const paragraphs: string[] = [];
  for (let index = 0; index < sentenceCount && pool.length > 0; index += 1) {
    const [sentence] = pool.splice(Math.floor(random() * pool.length), 1);
    paragraphs.push(fillSlots(sentence as string, random, place));
  }
  // The serial makes every body unique, so only the planted copies are duplicates.
  paragraphs.push(`Đây là bản tin số ${serial} trong chuyên mục thời sự địa phương của ${site.source}.`);
  return {
    site,
    title: fillSlots(pick(random, HEADLINES), random, place),
    dateLine: `${pad2(hour)}:${pad2(Math.floor(random() * 60))} - ${pad2(day)}/${pad2(month)}/2024`,
    isoDate: `2024-${pad2(month)}-${pad2(day)}T${pad2(hour)}:00:00+07:00`,
    paragraphs,
    author: pick(random, AUTHORS),
    url: `https://${site.host}/tin-tuc/ban-tin-${serial}.html`,
  };
}

function renderPageText(article: ArticleDraft): string {
  return [
    ...article.site.header,
    article.title,
    article.dateLine,
    ...article.paragraphs,
    article.author,
    ...article.site.footer,
  ].join('\n');
}

function renderEnvelope(article: ArticleDraft): string {
  return JSON.stringify({
    url: article.url,
    source: article.site.source,
    title: article.title,
    publishedAt: article.isoDate,
    text: renderPageText(article),
  });
}

const encoder = new TextEncoder();
const CONTENT_TYPE = {
  txt: 'text/plain; charset=utf-8',
  json: 'application/json',
  jsonl: 'application/x-ndjson',
  pdf: 'application/pdf',
} as const;

/** Which file extension each bad kind is uploaded with, so the key is known before the body. */
const BAD_EXTENSIONS: Readonly<Record<BadObjectKind, string>> = {
  empty: 'txt',
  binary: 'txt',
  'malformed-json': 'json',
  'malformed-jsonl-line': 'jsonl',
  'unsupported-type': 'pdf',
  'not-article': 'txt',
};
/** Bytes of the binary object; every seventh is NUL, as in images and archives. */
const BINARY_OBJECT_BYTES = 512;
const BINARY_NUL_EVERY = 7;
const BYTE_VALUES = 256;

function buildBadObject(
  kind: BadObjectKind,
  keyStem: string,
  random: () => number,
  serial: number,
): SoakObject {
  const extension = BAD_EXTENSIONS[kind];
  const key = `${keyStem}.${extension}`;
  const contentType = CONTENT_TYPE[extension as keyof typeof CONTENT_TYPE];
  const rejected = (reasons: readonly string[], line?: number): ExpectedUnit => ({
    key,
    kind: 'rejected',
    reasons,
    ...(line === undefined ? {} : { line }),
  });
  switch (kind) {
    case 'empty':
      return { key, body: new Uint8Array(), contentType, units: [rejected(['empty'])] };
    case 'binary': {
      const bytes = Uint8Array.from({ length: BINARY_OBJECT_BYTES }, (_, index) =>
        index % BINARY_NUL_EVERY === 0 ? 0 : Math.floor(random() * BYTE_VALUES),
      );
      return { key, body: bytes, contentType, units: [rejected(['binary'])] };
    }
    case 'malformed-json':
      return {
        key,
        body: encoder.encode(
          `{"url": "https://tinhong.example.vn/${serial}", "text": "Bản tin bị cắt giữa chừng`,
        ),
        contentType,
        units: [rejected(['malformed-json'])],
      };
    case 'malformed-jsonl-line': {
      // A batch whose second line was cut off: the good lines are stored, the bad one rejected by number.
      const first = draftArticle(random, serial);
      const third = draftArticle(random, serial + 1);
      const lines = [
        renderEnvelope(first),
        '{"url": "https://tinhong.example.vn/x", "text": ',
        renderEnvelope(third),
      ];
      return {
        key,
        body: encoder.encode(`${lines.join('\n')}\n`),
        contentType,
        units: [
          { key, line: 1, kind: 'stored', contentGroup: `${key}#1` },
          rejected(['malformed-json'], 2),
          { key, line: 3, kind: 'stored', contentGroup: `${key}#3` },
        ],
      };
    }
    case 'unsupported-type':
      return {
        key,
        body: encoder.encode(`%PDF-1.4 bản tin số ${serial}`),
        contentType,
        units: [rejected(['unsupported-type'])],
      };
    case 'not-article': {
      const headlines = HEADLINES.map((headline) =>
        fillSlots(headline, random, pick(random, PROVINCE_PLACES)),
      );
      return {
        key,
        body: encoder.encode([...LISTING_LINES, ...headlines].join('\n')),
        contentType,
        units: [rejected(['not-article', 'no-article-text'])],
      };
    }
  }
}

type GoodFormat = 'txt' | 'json' | 'jsonl';

function buildGoodObject(
  format: GoodFormat,
  keyStem: string,
  random: () => number,
  serial: number,
  mix: SoakMix,
): SoakObject {
  const key = `${keyStem}.${format}`;
  if (format === 'jsonl') {
    const lines = Array.from({ length: mix.jsonlLines }, (_, index) =>
      renderEnvelope(draftArticle(random, serial + index)),
    );
    return {
      key,
      body: encoder.encode(`${lines.join('\n')}\n`),
      contentType: CONTENT_TYPE.jsonl,
      units: lines.map((_, index) => ({
        key,
        line: index + 1,
        kind: 'stored' as const,
        contentGroup: `${key}#${index + 1}`,
      })),
    };
  }
  const article = draftArticle(random, serial);
  const text = format === 'json' ? renderEnvelope(article) : renderPageText(article);
  return {
    key,
    body: encoder.encode(text),
    contentType: CONTENT_TYPE[format],
    units: [{ key, kind: 'stored', contentGroup: key }],
  };
}

/** The same bytes under another key: the pipeline must see the content again and answer "duplicate". */
function copyObject(original: SoakObject, keyStem: string): SoakObject {
  const extension = original.key.slice(original.key.indexOf('.', original.key.lastIndexOf('/')));
  const key = `${keyStem}${extension}`;
  return {
    ...original,
    key,
    units: original.units.map((unit) => ({
      ...unit,
      key,
      ...(unit.kind === 'stored' ? { kind: 'duplicate' as const } : {}),
    })),
  };
}

/**
 * N objects in the given mix. Bad objects rotate through every bad kind; copies repeat a good object
 * generated earlier (never a bad one, whose outcome is a rejection either way).
 */
export function generateSoakObjects(
  count: number,
  options: { seed: number; prefix: string; mix?: SoakMix },
): SoakObject[] {
  const mix = options.mix ?? DEFAULT_SOAK_MIX;
  const random = createRandom(options.seed);
  const objects: SoakObject[] = [];
  const goodObjects: SoakObject[] = [];
  let serial = 0;
  let badCount = 0;
  for (let index = 0; index < count; index += 1) {
    const keyStem = `${options.prefix}${String(index).padStart(6, '0')}`;
    const roll = random();
    let object: SoakObject;
    if (roll < mix.badShare) {
      object = buildBadObject(
        BAD_OBJECT_KINDS[badCount % BAD_OBJECT_KINDS.length] as BadObjectKind,
        keyStem,
        random,
        serial,
      );
      badCount += 1;
    } else if (roll < mix.badShare + mix.duplicateShare && goodObjects.length > 0) {
      object = copyObject(pick(random, goodObjects), keyStem);
    } else {
      const formatRoll = random();
      const format: GoodFormat =
        formatRoll < mix.jsonlShare ? 'jsonl' : formatRoll < mix.jsonlShare + mix.jsonShare ? 'json' : 'txt';
      object = buildGoodObject(format, keyStem, random, serial, mix);
      goodObjects.push(object);
    }
    serial += mix.jsonlLines + 1;
    objects.push(object);
  }
  return objects;
}
