import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { processDocument } from '#domain/article/process-document';
import { buildArticleRecord, type ArticleRecord } from '#domain/article/record';
import { parseObject } from '#domain/input/parse-object';
import { PIPELINE_VERSION } from '#domain/version';
import { runReprocess } from '../../../cli/commands/reprocess.ts';
import { createLocalDynamoDbClient, createLocalS3Client } from '../../../infra/local/clients.ts';
import { buildEnvelope, CAN_THO_ARTICLE, LAI_CHAU_ARTICLE } from './cli-fixtures.ts';
import { captureRun, startCliStack, type CliStack } from './cli-stack.ts';

const OUTCOME_TIMEOUT_MS = 30_000;
/** A version older than any the pipeline has had: the record must be selected for re-cleaning. */
const OLD_PIPELINE_VERSION = '0.0.1';
/** Boilerplate an older cleaner is pretended to have kept in the body. */
const LEFTOVER_WIDGET = 'Đọc thêm: Tin liên quan cùng chuyên mục';
const RAW_KEY = 'luu-tru/lai-chau.json';
const STALE_INGESTED_AT = '2024-10-16T11:00:00.000Z';

let cli: CliStack;
let repository: DynamoDbArticleRepository;

/** Stores what an older pipeline version would have made of the raw object at `key`. */
async function storeStaleArticle(key: string, text: string, upload: boolean): Promise<ArticleRecord> {
  const envelope = buildEnvelope(
    `https://baolaichau.example.vn/xa-hoi/${key.replace(/\W/g, '-')}.html`,
    text,
  );
  let etag = 'khong-co';
  if (upload) {
    const s3 = createLocalS3Client(cli.stack.endpoints);
    const put = await s3.send(
      new PutObjectCommand({ Bucket: cli.stack.resources.bucketName, Key: key, Body: envelope }),
    );
    s3.destroy();
    etag = (put.ETag ?? '').replaceAll('"', '');
  }
  const [parsed] = parseObject({ key, bytes: Buffer.from(envelope) });
  if (!parsed?.ok) throw new Error('fixture envelope did not parse');
  const cleaned = processDocument(parsed.doc);
  const record = {
    ...buildArticleRecord(
      { ...cleaned, body: `${cleaned.body}\n${LEFTOVER_WIDGET}` },
      {
        objectKey: key,
        etag,
        url: parsed.doc.url ?? '',
        crawledAt: '2024-10-16T10:00:00Z',
        ingestedAt: STALE_INGESTED_AT,
      },
    ),
    pipelineVersion: OLD_PIPELINE_VERSION,
  };
  expect((await repository.saveArticle(record)).kind).toBe('stored');
  return record;
}

beforeAll(async () => {
  cli = await startCliStack();
  repository = new DynamoDbArticleRepository(
    createLocalDynamoDbClient(cli.stack.endpoints),
    cli.stack.resources.tableName,
  );
});

afterAll(async () => {
  await cli.stop();
});

const reprocess = (options: Parameters<typeof runReprocess>[0] = {}) =>
  captureRun((io) =>
    runReprocess({ stateFile: cli.stateFile, timeoutMs: OUTCOME_TIMEOUT_MS, ...io, ...options }),
  );

describe('tinsach reprocess against the local stack', () => {
  it('re-cleans an article stored by an older pipeline version from its raw object', async () => {
    const stale = await storeStaleArticle(RAW_KEY, LAI_CHAU_ARTICLE, true);

    const result = await reprocess();

    expect(result.output).toContain(`${stale.id} re-cleaned (${stale.title}; was ${OLD_PIPELINE_VERSION})`);
    expect(result.output).toContain('1 article(s) listed, 1 selected: 1 re-cleaned');
    expect(result.exitCode).toBe(0);
    const current = await repository.getArticle(stale.id);
    expect(current?.pipelineVersion).toBe(PIPELINE_VERSION);
    expect(current?.body).not.toContain(LEFTOVER_WIDGET);
    expect(current?.ingestedAt).not.toBe(STALE_INGESTED_AT);
    expect(current?.objectKey).toMatch(/^incoming\/reprocess\/[^/]+\/luu-tru\/lai-chau\.json$/);
  });

  it('selects nothing once every article is current, and reports "unchanged" for all of them with --all', async () => {
    const current = await reprocess();
    expect(current.output).toBe('1 article(s) listed, 0 selected\n');

    const all = await reprocess({ all: true });
    expect(all.output).toMatch(/^u[0-9a-f]{32} unchanged \(Lai Châu khánh thành/);
    expect(all.output).toContain('1 article(s) listed, 1 selected: 1 unchanged');
    expect(all.exitCode).toBe(0);

    const otherSource = await reprocess({ all: true, source: 'Báo Không Có' });
    expect(otherSource.output).toBe('0 article(s) listed, 0 selected\n');
  });

  it('reports an article whose raw object is gone and exits 1', async () => {
    const stale = await storeStaleArticle('luu-tru/da-xoa.json', CAN_THO_ARTICLE, false);

    const result = await reprocess();

    expect(result.output).toContain(`${stale.id} missing-raw`);
    expect(result.errors).toContain('cannot re-deliver luu-tru/da-xoa.json');
    expect(result.exitCode).toBe(1);
  });
});
