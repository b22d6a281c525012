import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../../cli/commands/ingest.ts';
import { createLocalDynamoDbClient, createLocalS3Client } from '../../../infra/local/clients.ts';
import { CAN_THO_ARTICLE, LAI_CHAU_ARTICLE } from './cli-fixtures.ts';
import { captureRun, startCliStack, type CliStack } from './cli-stack.ts';

/** The real pipeline handles a handful of small files in a second or two; the rest is headroom. */
const OUTCOME_TIMEOUT_MS = 30_000;

let cli: CliStack;
let crawl: string;

beforeAll(async () => {
  cli = await startCliStack();
  crawl = join(cli.workDir, 'crawl');
  await mkdir(join(crawl, 'ngay-16'), { recursive: true });
  await writeFile(join(crawl, 'lai-chau-cau-treo.txt'), LAI_CHAU_ARTICLE);
  // The same article crawled again under another name: one article, reported as a duplicate.
  await writeFile(join(crawl, 'ngay-16', 'lai-chau-ban-sao.txt'), LAI_CHAU_ARTICLE);
  await writeFile(join(crawl, 'ngay-16', 'trang-trong.txt'), '');
  await writeFile(join(crawl, 'ngay-16', 'hong.json'), '{"text": "thiếu ngoặc');
  await writeFile(join(crawl, 'ghi-chu.md'), 'không phải bài báo');
  await mkdir(join(cli.workDir, 'them'), { recursive: true });
  await writeFile(join(cli.workDir, 'them', 'can-tho-lua.txt'), CAN_THO_ARTICLE);
  await writeFile(join(cli.workDir, 'them', 'can-tho-lua.md'), CAN_THO_ARTICLE);
});

afterAll(async () => {
  await cli.stop();
});

function ingest(paths: string[], extra: Parameters<typeof runIngest>[1] = {}) {
  return captureRun((io) =>
    runIngest(paths, {
      stateFile: cli.stateFile,
      timeoutMs: OUTCOME_TIMEOUT_MS,
      progress: false,
      ...io,
      ...extra,
    }),
  );
}

describe('tinsach ingest against the local stack', () => {
  it('ingests a folder: stored, duplicate and rejected files per line, a count table, exit 1', async () => {
    const result = await ingest([crawl]);

    const lines = result.output.trimEnd().split('\n');
    expect(lines).toHaveLength(4); // ghi-chu.md is not an ingestible file
    expect(lines.find((line) => line.startsWith('crawl/lai-chau-cau-treo.txt:'))).toMatch(
      /: stored \(c[0-9a-f]{32}, "Lai Châu khánh thành cầu treo dân sinh nối hai bản vùng cao", Lai Châu\)$/,
    );
    expect(lines.find((line) => line.startsWith('crawl/ngay-16/lai-chau-ban-sao.txt:'))).toMatch(
      /: duplicate \(c[0-9a-f]{32}, "Lai Châu khánh thành/,
    );
    expect(lines).toContain(
      'crawl/ngay-16/trang-trong.txt: rejected (empty: The object holds no text (empty or white space only).)',
    );
    expect(lines.find((line) => line.startsWith('crawl/ngay-16/hong.json:'))).toMatch(
      /: rejected \(malformed-json: /,
    );
    const table = result.errors.slice(result.errors.indexOf('\nstored'));
    expect(table).toMatch(
      /^\nstored\s+1\nduplicate\s+1\nrejected\s+2\n {2}empty\s+1\n {2}malformed-json\s+1\n$/,
    );
    expect(result.exitCode).toBe(1);
  });

  it('expands a quoted glob, skips files of other types, and exits 0 when everything is stored', async () => {
    const result = await ingest([join(cli.workDir, 'them', '*.{txt,md}')]);

    expect(result.output).toMatch(
      /^can-tho-lua\.txt: stored \(c[0-9a-f]{32}, "Cần Thơ mở rộng .*", Cần Thơ\)\n$/,
    );
    expect(result.errors).toMatch(/stored\s+1\nduplicate\s+0\nrejected\s+0\n$/);
    expect(result.exitCode).toBe(0);
  });

  it('says so when a glob matches no ingestible file', async () => {
    const result = await ingest([join(cli.workDir, 'them', '**/*.pdf')]);

    expect(result.errors).toContain('no .txt .json .jsonl .jsonl.gz .html .htm file matches');
    expect(result.exitCode).toBe(1);
  });

  it('with --bucket and --table uploads to the named bucket and reads outcomes from the named table', async () => {
    const { endpoints, resources } = cli.stack;
    const result = await ingest([join(cli.workDir, 'them', 'can-tho-lua.txt')], {
      stateFile: join(cli.workDir, 'no-local-stack.json'),
      remote: { bucket: resources.bucketName, table: resources.tableName, region: 'ap-southeast-1' },
      // Stand-ins for the AWS credential chain: the emulators speak the same protocol.
      createRemoteClients: () => ({
        s3: createLocalS3Client(endpoints),
        dynamodb: createLocalDynamoDbClient(endpoints),
      }),
    });

    expect(result.errors).toContain(`Uploaded 1 file(s) to s3://${resources.bucketName}/incoming/`);
    expect(result.output).toMatch(/^can-tho-lua\.txt: duplicate \(c[0-9a-f]{32}, "Cần Thơ/);
    expect(result.exitCode).toBe(0);
  });
});
