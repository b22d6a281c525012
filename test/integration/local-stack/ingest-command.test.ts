import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../../cli/commands/ingest.ts';
import { createLocalS3Client } from '../../../infra/local/clients.ts';
import {
  createLocalResources,
  startEmulators,
  type LocalResources,
  type RunningEmulators,
} from '../../../infra/local/emulators.ts';
import { writeLocalStackState } from '../../../infra/local/local-stack-state.ts';
import type { ObjectOutcome, ObjectOutcomeReader } from '../../../infra/local/object-outcomes.ts';

let emulators: RunningEmulators;
let resources: LocalResources;
let s3: S3Client;
let workDir: string;
let stateFile: string;

beforeAll(async () => {
  emulators = await startEmulators();
  resources = await createLocalResources(emulators.endpoints, { notifications: false });
  s3 = createLocalS3Client(emulators.endpoints);
  workDir = await mkdtemp(join(tmpdir(), 'tinsach-ingest-'));
  stateFile = join(workDir, 'state', 'local.json');
  await writeLocalStackState(
    {
      pid: process.pid,
      startedAt: new Date().toISOString(),
      endpoints: emulators.endpoints,
      resources,
      apiUrl: '',
    },
    stateFile,
  );
  await mkdir(join(workDir, 'crawl', 'ngay-1'), { recursive: true });
  await writeFile(join(workDir, 'crawl', 'ngay-1', 'bai một.txt'), 'Mưa lớn ở huyện Mường La.');
  await writeFile(join(workDir, 'crawl', 'lo.jsonl'), '{"text":"một"}\n{hỏng\n');
  await writeFile(join(workDir, 'crawl', 'ghi-chu.md'), 'không phải bài báo');
  await writeFile(join(workDir, 'le.html'), '<p>Tin lẻ</p>');
});

afterAll(async () => {
  s3.destroy();
  await emulators.stop();
  await rm(workDir, { recursive: true, force: true });
});

/** Stands in for the table: outcomes by file name, as the storage layer would record them. */
function fakeOutcomes(
  byFileName: Record<string, readonly ObjectOutcome[] | null>,
): () => ObjectOutcomeReader {
  return () =>
    async ({ key }) =>
      byFileName[key.split('/').at(-1) ?? ''] ?? null;
}

async function run(paths: string[], outcomes: Record<string, readonly ObjectOutcome[] | null>) {
  const output: string[] = [];
  const errors: string[] = [];
  const exitCode = await runIngest(paths, {
    stateFile,
    batchId: `lo-${Math.random().toString(16).slice(2, 8)}`,
    timeoutMs: 300,
    progress: false,
    write: (chunk) => output.push(chunk),
    writeError: (chunk) => errors.push(chunk),
    createOutcomeReader: fakeOutcomes(outcomes),
  });
  return { exitCode, output: output.join(''), errors: errors.join('') };
}

describe('tinsach ingest', () => {
  it('uploads folders recursively under incoming/<batch-id>/ and reports each file, exit 0 when all stored', async () => {
    const stored: ObjectOutcome[] = [
      { kind: 'stored', articleId: 'a1', title: 'Mưa lớn', province: 'Sơn La' },
    ];
    const result = await run([join(workDir, 'crawl'), join(workDir, 'le.html')], {
      'bai một.txt': stored,
      'lo.jsonl': [
        { kind: 'stored', articleId: 'a2', title: 'Một', province: null, line: 1 },
        { kind: 'duplicate', articleId: 'a1', title: 'Mưa lớn', province: 'Sơn La', line: 2 },
      ],
      'le.html': [{ kind: 'duplicate', articleId: 'a3', title: 'Tin lẻ', province: null }],
    });

    const batchPrefix = /incoming\/(lo-[0-9a-f]+)\//.exec(result.errors)?.[0] ?? 'missing';
    const listed = await s3.send(
      new ListObjectsV2Command({ Bucket: resources.bucketName, Prefix: batchPrefix }),
    );
    const keys = (listed.Contents ?? []).map((object) => object.Key?.slice(batchPrefix.length)).sort();
    expect(keys).toEqual(['crawl/lo.jsonl', 'crawl/ngay-1/bai một.txt', 'le.html']);
    const body = await s3.send(
      new GetObjectCommand({ Bucket: resources.bucketName, Key: `${batchPrefix}crawl/ngay-1/bai một.txt` }),
    );
    expect(await body.Body?.transformToString()).toBe('Mưa lớn ở huyện Mường La.');
    expect(result.output).toBe(
      [
        'crawl/lo.jsonl:',
        '  line 1: stored (a2, "Một", no province)',
        '  line 2: duplicate (a1, "Mưa lớn", Sơn La)',
        'crawl/ngay-1/bai một.txt: stored (a1, "Mưa lớn", Sơn La)',
        'le.html: duplicate (a3, "Tin lẻ", no province)',
        '',
      ].join('\n'),
    );
    expect(result.exitCode).toBe(0);
  });

  it('exits 1 and shows the reason when a file is rejected or still pending', async () => {
    const result = await run([join(workDir, 'crawl')], {
      'lo.jsonl': [{ kind: 'rejected', reason: 'malformed JSON', line: 2 }],
      'bai một.txt': null,
    });

    expect(result.output).toContain('  line 2: rejected (malformed JSON)');
    expect(result.output).toContain('crawl/ngay-1/bai một.txt: still pending');
    expect(result.exitCode).toBe(1);
  });

  it('names a path that does not exist instead of uploading anything', async () => {
    const result = await run([join(workDir, 'không-có')], {});

    expect(result.exitCode).toBe(1);
    expect(result.errors).toContain(`no such file or folder: ${join(workDir, 'không-có')}`);
  });

  it('says how to start the stack when it is not running', async () => {
    const output: string[] = [];
    const exitCode = await runIngest([workDir], {
      stateFile: join(workDir, 'missing.json'),
      writeError: (chunk) => output.push(chunk),
    });

    expect(exitCode).toBe(1);
    expect(output.join('')).toContain('start it with `npm start`');
  });
});
