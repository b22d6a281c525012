import { readFile } from 'node:fs/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Event, SQSBatchResponse } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createLocalS3Client } from '../../../infra/local/clients.ts';
import { startLocalStack } from '../../../infra/local/local-stack.ts';
import { waitForObjectOutcomes } from '../../../infra/local/object-outcomes.ts';
import { createTableOutcomeReader } from '../../../infra/local/table-outcome-reader.ts';

const SAMPLE = new URL('../../../samples/ca-mau-tom-lua.txt', import.meta.url);
/** Processing one small article takes well under a second; the rest is headroom for a loaded machine. */
const OUTCOME_TIMEOUT_MS = 20_000;
const POLL_INTERVAL_MS = 50;

async function waitFor<T>(read: () => T | undefined): Promise<T> {
  const deadline = Date.now() + OUTCOME_TIMEOUT_MS;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

describe('local stack', () => {
  it('wires upload -> notification -> poller -> ingest handler, and dev server -> search handler', async () => {
    const ingestedKeys: string[] = [];
    const stack = await startLocalStack({
      handlers: {
        ingest: async (event): Promise<SQSBatchResponse> => {
          for (const record of event.Records) {
            const s3Event = JSON.parse(record.body) as S3Event;
            ingestedKeys.push(
              ...s3Event.Records.map((r) => decodeURIComponent(r.s3.object.key.replaceAll('+', ' '))),
            );
          }
          return { batchItemFailures: [] };
        },
        search: async (event) => ({
          statusCode: 200,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ path: event.rawPath, items: ingestedKeys }),
        }),
      },
    });
    try {
      const s3 = createLocalS3Client(stack.endpoints);
      await s3.send(
        new PutObjectCommand({
          Bucket: stack.resources.bucketName,
          Key: 'incoming/thử nghiệm/bài.txt',
          Body: 'Tin',
        }),
      );
      s3.destroy();
      await waitFor(() => (ingestedKeys.length > 0 ? true : undefined));

      const response = await fetch(`${stack.apiUrl}/articles`);

      expect(await response.json()).toEqual({ path: '/articles', items: ['incoming/thử nghiệm/bài.txt'] });
    } finally {
      await stack.stop();
    }
  });

  it('ingests a sample end to end with the real functions and lists it through GET /articles', async () => {
    const stack = await startLocalStack();
    try {
      const s3 = createLocalS3Client(stack.endpoints);
      const key = 'incoming/e2e/ca-mau-tom-lua.txt';
      const put = await s3.send(
        new PutObjectCommand({ Bucket: stack.resources.bucketName, Key: key, Body: await readFile(SAMPLE) }),
      );
      s3.destroy();
      const object = { key, eTag: (put.ETag ?? '').replaceAll('"', '') };

      const outcomes = await waitForObjectOutcomes(createTableOutcomeReader(stack), [object], {
        timeoutMs: OUTCOME_TIMEOUT_MS,
      });
      const stored = outcomes.get(key)?.[0];
      expect(stored?.kind).toBe('stored');

      const response = await fetch(`${stack.apiUrl}/articles`);
      expect(response.status).toBe(200);
      const listing = JSON.stringify(await response.json());
      expect(listing).toContain(stored?.articleId ?? 'no article id');
    } finally {
      await stack.stop();
    }
  });
});
