import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSearch } from '../../../cli/commands/search.ts';
import { createLocalS3Client } from '../../../infra/local/clients.ts';
import { waitForObjectOutcomes } from '../../../infra/local/object-outcomes.ts';
import { createTableOutcomeReader } from '../../../infra/local/table-outcome-reader.ts';
import { CAN_THO_ARTICLE, LAI_CHAU_ARTICLE } from './cli-fixtures.ts';
import { captureRun, startCliStack, type CliStack } from './cli-stack.ts';

const OUTCOME_TIMEOUT_MS = 30_000;

let cli: CliStack;

beforeAll(async () => {
  cli = await startCliStack();
  const s3 = createLocalS3Client(cli.stack.endpoints);
  const uploaded = [];
  for (const [key, text] of [
    ['incoming/tim-kiem/lai-chau.txt', LAI_CHAU_ARTICLE],
    ['incoming/tim-kiem/can-tho.txt', CAN_THO_ARTICLE],
  ] as const) {
    const result = await s3.send(
      new PutObjectCommand({ Bucket: cli.stack.resources.bucketName, Key: key, Body: text }),
    );
    uploaded.push({ key, eTag: (result.ETag ?? '').replaceAll('"', '') });
  }
  s3.destroy();
  const outcomes = await waitForObjectOutcomes(createTableOutcomeReader(cli.stack), uploaded, {
    timeoutMs: OUTCOME_TIMEOUT_MS,
  });
  if ([...outcomes.values()].some((outcome) => outcome?.[0]?.kind !== 'stored'))
    throw new Error(`fixtures not stored: ${JSON.stringify([...outcomes])}`);
});

afterAll(async () => {
  await cli.stop();
});

const search = (filters: Parameters<typeof runSearch>[0], options: Parameters<typeof runSearch>[1] = {}) =>
  captureRun((io) => runSearch(filters, { stateFile: cli.stateFile, ...io, ...options }));

describe('tinsach search against the local stack', () => {
  it('finds an accented article from keywords without diacritics and prints a readable list', async () => {
    const result = await search({ query: 'cau treo dan sinh' });

    expect(result.output).toMatch(
      /^1\. Lai Châu khánh thành cầu treo dân sinh nối hai bản vùng cao\n {3}2024-10-14 · Lai Châu \(\d{2}(\/\d{2}|\) → .*)\)? · .+\n {3}id c[0-9a-f]{32}\n$/,
    );
    expect(result.output).not.toContain('Cần Thơ');
    expect(result.exitCode).toBe(0);
  });

  it('prints the API JSON with --json, and filters by province', async () => {
    const all = JSON.parse((await search({ limit: 10 }, { json: true })).output) as {
      items: { id: string; title: string; province: { code: string } | null }[];
      nextCursor: string | null;
    };
    expect(all.items.map((item) => item.title).sort()).toEqual([
      'Cần Thơ mở rộng mô hình trồng lúa giảm phát thải ở huyện Cờ Đỏ',
      'Lai Châu khánh thành cầu treo dân sinh nối hai bản vùng cao',
    ]);
    const canTho = all.items.find((item) => item.title.startsWith('Cần Thơ'));

    const filtered = await search({ province: canTho?.province?.code ?? 'none' }, { json: true });

    const items = (JSON.parse(filtered.output) as { items: { id: string }[] }).items;
    expect(items.map((item) => item.id)).toEqual([canTho?.id]);
  });

  it('shows the API message and exits 1 for a bad parameter; says when nothing matches', async () => {
    const bad = await search({ province: 'Lai Châu' });
    expect(bad.errors).toMatch(/the API answered 400: .*province/);
    expect(bad.exitCode).toBe(1);

    const none = await search({ query: 'tau ngam' });
    expect(none.output).toBe('No articles found.\n');
    expect(none.exitCode).toBe(0);
  });

  it('uses --api instead of the local stack state', async () => {
    const result = await search(
      { query: 'lua giam phat thai' },
      { apiUrl: cli.stack.apiUrl, stateFile: '/nowhere/local.json' },
    );

    expect(result.output).toContain('1. Cần Thơ mở rộng mô hình trồng lúa giảm phát thải ở huyện Cờ Đỏ');
    expect(result.exitCode).toBe(0);
  });
});
