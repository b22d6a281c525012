// Peak memory of the ingest handler on the largest objects it accepts (issue #9): a text page just under
// the object cap, and a .jsonl.gz batch that inflates to just under the decompressed cap. Each runs in a
// fresh Node.js process with the local stack (emulators, poller, real handler): the process's peak
// resident memory after the handler ran, minus its peak before the object was announced, is what the
// handler added. The emulators live in the same process, so the baseline includes them. A batch that
// takes more than one invocation is handed over from one to the next; the measurement follows it until
// every line has its outcome, and any failed invocation makes the result "failed". DynamoDB's emulator
// keeps its table on disk here: held in memory, the thousands of articles a batch stores (and their
// keyword items) would grow the process by the emulator's data, not by anything the handler holds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DEFAULT_MAX_OBJECT_BYTES, INCOMING_PREFIX } from '#config/resources';
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { DEFAULT_MAX_DECOMPRESSED_BYTES } from '#domain/input/parse-object';
import { createLocalDynamoDbClient, createLocalS3Client } from '../infra/local/clients.ts';
import { startLocalStack } from '../infra/local/local-stack.ts';
import { DEFAULT_SOAK_MIX, generateSoakObjects } from './soak/soak-corpus.ts';

export const LARGE_OBJECT_KINDS = ['text', 'jsonl-gz'] as const;
export type LargeObjectKind = (typeof LARGE_OBJECT_KINDS)[number];

export interface HandlerMemoryFigures {
  readonly kind: LargeObjectKind;
  readonly objectBytes: number;
  readonly inflatedBytes: number;
  readonly baselineRssMegabytes: number;
  readonly handlerAddedMegabytes: number;
  readonly outcome: string;
}

const MEGABYTE = 1024 * 1024;
// Just under each cap, so the object is processed rather than rejected as too large.
const CAP_MARGIN = 0.98;

/** Long enough for a batch at the cap at a few dozen lines a second, with other work on the machine. */
const MAX_WAIT_MS = 30 * 60 * 1000;

interface LargeObject {
  readonly key: string;
  readonly body: Buffer;
  readonly inflatedBytes: number;
  /** Delivery units: 1 for a page, the line count for a batch. */
  readonly units: number;
}

function buildObject(kind: LargeObjectKind): LargeObject {
  const mix = { ...DEFAULT_SOAK_MIX, badShare: 0, duplicateShare: 0, jsonShare: 1, jsonlShare: 0 };
  const pages = generateSoakObjects(200, { seed: 7, prefix: INCOMING_PREFIX, mix }).map((object) =>
    Buffer.from(object.body).toString('utf8'),
  );
  if (kind === 'text') {
    // One very long page: the pages' texts one after another up to the cap.
    const texts = pages.map((page) => (JSON.parse(page) as { text: string }).text);
    const parts: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < DEFAULT_MAX_OBJECT_BYTES * CAP_MARGIN; i++) {
      const text = texts[i % texts.length]!;
      parts.push(text);
      bytes += Buffer.byteLength(text) + 2;
    }
    const body = Buffer.from(parts.join('\n\n'));
    return { key: `${INCOMING_PREFIX}bench/largest.txt`, body, inflatedBytes: body.length, units: 1 };
  }
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < DEFAULT_MAX_DECOMPRESSED_BYTES * CAP_MARGIN; i++) {
    // Distinct URLs: each line is its own article.
    const line = pages[i % pages.length]!.replace('"url":"', `"url":"https://batch.example.vn/${i}/`);
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  const inflated = Buffer.from(lines.join('\n'));
  return {
    key: `${INCOMING_PREFIX}bench/largest.jsonl.gz`,
    body: gzipSync(inflated),
    inflatedBytes: inflated.length,
    units: lines.length,
  };
}

async function measureInThisProcess(kind: LargeObjectKind): Promise<HandlerMemoryFigures> {
  process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';
  process.env['POWERTOOLS_LOG_LEVEL'] = 'ERROR';
  const object = buildObject(kind);
  let invocations = 0;
  let failedInvocations = 0;
  let settled = false;
  const dataDir = mkdtempSync(join(tmpdir(), 'tinsach-handler-memory-'));
  const stack = await startLocalStack({
    dataDir,
    onBatch: (batch) => {
      invocations++;
      if (batch.failed > 0 || batch.error !== undefined) failedInvocations++;
      settled = true;
    },
  });
  try {
    const s3 = createLocalS3Client(stack.endpoints);
    const dynamodb = createLocalDynamoDbClient(stack.endpoints);
    const repository = new DynamoDbArticleRepository(dynamodb, stack.resources.tableName);
    // The upload itself holds the body in this process (client and emulator): measured before the
    // handler sees the object, it is part of the baseline.
    const put = await s3.send(
      new PutObjectCommand({ Bucket: stack.resources.bucketName, Key: object.key, Body: object.body }),
    );
    const etag = (put.ETag ?? '').replace(/"/g, '');
    const baseline = process.resourceUsage().maxRSS * 1024;
    const started = Date.now();
    let outcomes = 0;
    // After each invocation: stop at the first failure, or once every unit has its outcome.
    while (failedInvocations === 0 && outcomes < object.units && Date.now() - started < MAX_WAIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!settled) continue;
      settled = false;
      outcomes = (await repository.readDeliveryRecords(object.key, etag)).outcomes.length;
    }
    const seconds = (Date.now() - started) / 1000;
    const peak = process.resourceUsage().maxRSS * 1024;
    s3.destroy();
    dynamodb.destroy();
    const done = failedInvocations === 0 && outcomes >= object.units;
    const spread = `${object.units.toLocaleString('en')} unit(s), ${invocations} invocation(s), ${seconds.toFixed(0)} s`;
    return {
      kind,
      objectBytes: object.body.length,
      inflatedBytes: object.inflatedBytes,
      baselineRssMegabytes: baseline / MEGABYTE,
      handlerAddedMegabytes: (peak - baseline) / MEGABYTE,
      outcome: done
        ? `processed (${spread})`
        : `failed (${outcomes.toLocaleString('en')} of ${spread}, ${failedInvocations} failed)`,
    };
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Each kind in a fresh process, so no run inherits another's peak. */
export function measureHandlerMemory(): HandlerMemoryFigures[] {
  return LARGE_OBJECT_KINDS.map((kind) => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, kind], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return JSON.parse(output.trim().split('\n').at(-1)!) as HandlerMemoryFigures;
  });
}

if (process.argv[1] === import.meta.filename) {
  const kind = process.argv[2] as LargeObjectKind;
  if (!LARGE_OBJECT_KINDS.includes(kind))
    throw new Error(`kind must be one of ${LARGE_OBJECT_KINDS.join(', ')}`);
  console.log(JSON.stringify(await measureInThisProcess(kind)));
}
