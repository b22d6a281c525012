// Issue #8 input through the real ingest handler on the emulated stack: text typed in the legacy TCVN3
// and VNI fonts is stored converted to Unicode (and refused when the encoding would be a guess), and an
// HTML page full of scripts, styles and event handlers is stored with none of their code. The legacy
// bytes are made here from the project's own conversion tables, read backwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { TCVN3_BYTE_TO_LETTER } from '#domain/text/legacy-tcvn3';
import { VNI_LETTER_BYTES, VNI_MARK_BYTES } from '#domain/text/legacy-vni';
import type { IngestHandler } from '../../../functions/ingest/create-ingest-handler.ts';
import { renderScrapedPage, type PageFixture } from '../../helpers/articles.ts';
import { createIngestHarness, uploadObject } from '../../helpers/ingest-harness.ts';
import { buildLambdaContext } from '../../helpers/lambda-context.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';
import { buildS3Event } from '../../helpers/s3-event.ts';
import { buildSqsEvent, buildSqsRecord } from '../../helpers/sqs-event.ts';

// TCVN3 has no codes for capitals with a tone mark, so the fixtures' capitals carry none.
const LAO_CAI_PAGE: PageFixture = {
  title: 'Lào Cai mở tuyến xe buýt lên Sa Pa',
  dateLine: 'Thứ Năm, 14/11/2024 - 08:30',
  paragraphs: [
    'Sáng nay, tỉnh Lào Cai đã đưa vào hoạt động tuyến xe buýt mới nối thành phố Lào Cai với thị xã Sa Pa, phục vụ người dân và du khách.',
    'Mỗi ngày có mười hai chuyến xe chạy trên tuyến, giá vé được giữ ở mức thấp để khuyến khích người dân đi lại bằng phương tiện công cộng.',
    'Theo sở giao thông vận tải, tuyến xe buýt này là một phần của kế hoạch phát triển du lịch bền vững của địa phương trong năm nay.',
  ],
  author: 'Minh Khôi',
};

const YEN_BAI_PAGE: PageFixture = {
  title: 'Yên Bái thu hoạch quế sớm hơn mọi năm',
  dateLine: 'Thứ Hai, 02/09/2024 - 15:10',
  paragraphs: [
    'Những ngày này, nông dân huyện Văn Yên đã bắt đầu bóc vỏ quế, sớm hơn mọi năm gần một tháng nhờ thời tiết khô ráo.',
    'Giá vỏ quế khô năm nay được thương lái thu mua cao hơn năm trước, đem lại nguồn thu lớn cho người trồng quế trong vùng.',
    'Chính quyền địa phương khuyến cáo bà con không khai thác cây non để giữ chất lượng và thương hiệu quế của tỉnh.',
  ],
  author: 'Hồng Nhung',
};

const SON_LA_PAGE: PageFixture = {
  title: 'Sơn La vào mùa thu hoạch mận hậu',
  dateLine: 'Thứ Sáu, 24/05/2024 - 10:05',
  paragraphs: [
    'Những ngày cuối tháng năm, các vườn mận ở huyện Mộc Châu tấp nập người thu hái, đóng thùng và chở hàng xuống chợ đầu mối.',
    'Năm nay sản lượng mận ước đạt hơn tám mươi nghìn tấn, một phần được xuất khẩu sang các nước trong khu vực nhờ khâu bảo quản tốt hơn.',
    'Nhiều hợp tác xã đã mở gian hàng trên sàn thương mại điện tử để bán mận trực tiếp cho khách ở thành phố.',
  ],
  author: 'Lan Hương',
};

/** Unicode letter -> its TCVN3 byte: the project's decoding table, inverted. */
const TCVN3_BYTES = new Map(
  Object.entries(TCVN3_BYTE_TO_LETTER).map(([byte, letter]) => [letter, Number(byte)] as const),
);

const VNI_TONE_ONLY = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const VNI_LOWER_MARKS_FROM = 0xe0;

/**
 * Unicode letter -> its VNI bytes: a letter of its own (đ, ơ, ư, the toned i), or an ASCII vowel (or
 * ơ/ư) followed by a mark byte of the same case as the letter, as VNI fonts typed it.
 */
function buildVniBytes(): Map<string, number[]> {
  const bytes = new Map<string, number[]>();
  const add = (letter: string, sequence: number[]) => {
    if (letter.length === 1 && !bytes.has(letter)) bytes.set(letter, sequence);
  };
  for (const [byte, letter] of Object.entries(VNI_LETTER_BYTES)) add(letter, [Number(byte)]);
  for (const [byteText, marks] of Object.entries(VNI_MARK_BYTES)) {
    const byte = Number(byteText);
    const lower = byte >= VNI_LOWER_MARKS_FROM;
    for (const base of lower ? 'aeiouy' : 'AEIOUY') {
      add(`${base}${marks}`.normalize('NFC'), [base.charCodeAt(0), byte]);
    }
    if (!VNI_TONE_ONLY.has(marks)) continue;
    for (const [letterByte, letter] of Object.entries(VNI_LETTER_BYTES)) {
      if (!'ơưƠƯ'.includes(letter) || (letter === letter.toLowerCase()) !== lower) continue;
      add(`${letter}${marks}`.normalize('NFC'), [Number(letterByte), byte]);
    }
  }
  return bytes;
}
const VNI_BYTES = buildVniBytes();

function encodeLegacy(text: string, table: ReadonlyMap<string, number | number[]>): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const mapped = table.get(char);
    if (mapped === undefined) throw new Error(`fixture character ${char} has no legacy code here`);
    bytes.push(...(Array.isArray(mapped) ? mapped : [mapped]));
  }
  return Uint8Array.from(bytes);
}

let aws: LocalAws;
let repository: DynamoDbArticleRepository;
let ingest: IngestHandler;

beforeAll(async () => {
  aws = await startLocalAws();
  ({ repository, ingest } = createIngestHarness(aws));
});

afterAll(async () => {
  await aws?.stop();
});

async function ingestObject(key: string, body: string | Uint8Array) {
  const etag = await uploadObject(aws, key, body);
  const record = buildSqsRecord(buildS3Event([{ bucket: aws.resources.bucketName, key, etag }]));
  const response = await ingest(buildSqsEvent([record]), buildLambdaContext());
  expect(response.batchItemFailures).toEqual([]);
  const outcomes = await repository.listObjectOutcomes(key, etag);
  expect(outcomes).toHaveLength(1);
  const [outcome] = outcomes;
  const article = outcome?.kind === 'stored' ? await repository.getArticle(outcome.articleId) : null;
  return { outcome, article };
}

describe('legacy Vietnamese fonts through the ingest handler', () => {
  it.each([
    ['TCVN3', 'incoming/phong-chu-cu/lao-cai-tcvn3.txt', LAO_CAI_PAGE, TCVN3_BYTES],
    ['VNI', 'incoming/phong-chu-cu/yen-bai-vni.txt', YEN_BAI_PAGE, VNI_BYTES],
  ] as const)('stores a page typed in %s as Unicode text', async (_name, key, page, table) => {
    const bytes = encodeLegacy(renderScrapedPage(page), table);
    // Really legacy bytes: not UTF-8, and no Unicode Vietnamese letter survives reading them as Latin-1.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('windows-1252').decode(bytes)).not.toContain(page.paragraphs[0]?.slice(0, 20));

    const { outcome, article } = await ingestObject(key, bytes);

    expect(outcome?.kind).toBe('stored');
    expect(article?.title).toBe(page.title);
    for (const paragraph of page.paragraphs) expect(article?.body).toContain(paragraph);
    expect(article?.body).toBe(article?.body.normalize('NFC'));
  });

  it('rejects a file that mixes TCVN3 and VNI as legacy-encoding, naming the problem', async () => {
    const mixed = Buffer.concat([
      encodeLegacy(LAO_CAI_PAGE.paragraphs.join('\n'), TCVN3_BYTES),
      Buffer.from('\n'),
      encodeLegacy(YEN_BAI_PAGE.paragraphs.join('\n'), VNI_BYTES),
    ]);

    const { outcome } = await ingestObject('incoming/phong-chu-cu/lan-lon.txt', mixed);

    expect(outcome).toMatchObject({ kind: 'rejected', reason: 'legacy-encoding' });
    expect(outcome?.kind === 'rejected' ? outcome.message : '').toContain('both TCVN3 and VNI');
  });
});

describe('HTML with scripts, styles and event handlers through the ingest handler', () => {
  /** Text that lives only in code or hidden parts of the page; none of it may be stored. */
  const LEAKS = [
    'KICH_BAN_NOI_TUYEN',
    'KICH_BAN_NGOAI',
    'KIEU_TRANG',
    'SU_KIEN_NHAP',
    'SU_KIEN_LOI_ANH',
    'LIEN_KET_JAVASCRIPT',
    'NOSCRIPT_THONG_BAO',
    'DOAN_AN',
    'MAU_NHAP',
  ];

  const page = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>${SON_LA_PAGE.title}</title>
  <style>.quang-cao { content: "KIEU_TRANG"; font-family: serif; }</style>
  <script>window.dataLayer = ["KICH_BAN_NOI_TUYEN"]; document.write("<p>KICH_BAN_NOI_TUYEN</p>");</script>
  <script src="https://quangcao.example.vn/theo-doi.js?KICH_BAN_NGOAI"></script>
</head>
<body onload="alert('SU_KIEN_NHAP')">
  <nav><a href="/">Trang chủ</a> <a href="javascript:alert('LIEN_KET_JAVASCRIPT')">Chia sẻ</a></nav>
  <noscript>NOSCRIPT_THONG_BAO: hãy bật JavaScript</noscript>
  <article>
    <h1 onclick="alert('SU_KIEN_NHAP')">${SON_LA_PAGE.title}</h1>
    <p class="thoi-gian">${SON_LA_PAGE.dateLine}</p>
    ${SON_LA_PAGE.paragraphs.map((text) => `<p onmouseover="steal('SU_KIEN_NHAP')">${text}</p>`).join('\n    ')}
    <img src="anh.jpg" onerror="alert('SU_KIEN_LOI_ANH')" alt="">
    <p hidden>DOAN_AN bị ẩn</p>
    <div style="display:none">DOAN_AN cũng bị ẩn</div>
    <script>console.log("KICH_BAN_NOI_TUYEN")</script>
    <form><input value="MAU_NHAP"><textarea>MAU_NHAP</textarea></form>
    <p>${SON_LA_PAGE.author}</p>
  </article>
</body>
</html>`;

  it('stores the article text and none of the code, handlers or hidden text', async () => {
    const { outcome, article } = await ingestObject('incoming/trang-web/son-la.html', page);

    expect(outcome?.kind).toBe('stored');
    expect(article?.title).toBe(SON_LA_PAGE.title);
    for (const paragraph of SON_LA_PAGE.paragraphs) expect(article?.body).toContain(paragraph);
    // Nowhere in the record: not in the body, the captions, nor the removed lines kept for review.
    const stored = JSON.stringify(article);
    for (const leak of LEAKS) expect(stored).not.toContain(leak);
    expect(stored).not.toMatch(/<script|onclick|onerror|javascript:/i);
  });
});
