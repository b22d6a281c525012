// `tinsach redrive --list` for the kinds of message a dead-letter queue can hold: an object with a recorded
// failure, one without, one processed since, a half-processed batch, a message that is no S3 event.
import { describe, expect, it } from 'vitest';
import type { DeliveryRecords, ObjectOutcome } from '#ports/article-repository';
import { describeDeadLetters, formatDeadLetters } from '../../../cli/commands/dead-letters.ts';
import { buildS3Event } from '../../helpers/s3-event.ts';

const FAILED_AT = '2025-03-01T02:03:04.000Z';

function event(key: string, etag: string): string {
  return JSON.stringify(buildS3Event([{ bucket: 'tinsach-raw', key, etag }]));
}

function outcome(key: string, etag: string, line?: number): ObjectOutcome {
  return {
    objectKey: key,
    etag,
    ...(line === undefined ? {} : { line }),
    recordedAt: FAILED_AT,
    kind: 'stored',
    articleId: `a-${line ?? 0}`,
  };
}

const RECORDS: Record<string, DeliveryRecords> = {
  'incoming/hong.txt#e1': {
    outcomes: [],
    failure: {
      objectKey: 'incoming/hong.txt',
      etag: 'e1',
      errorName: 'StorageUnavailableError',
      message: 'storage unavailable during put article (ThrottlingException)',
      receiveCount: 5,
      failedAt: FAILED_AT,
    },
  },
  'incoming/da xong.txt#e2': { outcomes: [outcome('incoming/da xong.txt', 'e2')], failure: null },
  'incoming/lo.jsonl#e3': {
    outcomes: [outcome('incoming/lo.jsonl', 'e3', 1), outcome('incoming/lo.jsonl', 'e3', 2)],
    failure: null,
  },
};

const repository = {
  readDeliveryRecords: async (key: string, etag: string): Promise<DeliveryRecords> =>
    RECORDS[`${key}#${etag}`] ?? { outcomes: [], failure: null },
};

describe('tinsach redrive --list', () => {
  it('shows each dead-lettered message with its object and what is known about its failure', async () => {
    const letters = await describeDeadLetters(
      [
        { messageId: 'm1', body: event('incoming/hong.txt', 'e1') },
        { messageId: 'm2', body: event('incoming/da xong.txt', 'e2') },
        { messageId: 'm3', body: event('incoming/lo.jsonl', 'e3') },
        { messageId: 'm4', body: event('incoming/khong ro.txt', 'e4') },
        { messageId: 'm5', body: 'không phải JSON' },
        { messageId: 'm6', body: JSON.stringify({ Event: 's3:TestEvent' }) },
      ],
      repository,
    );

    expect(formatDeadLetters(letters)).toBe(
      [
        '6 message(s) in the dead-letter queue:',
        '',
        'incoming/hong.txt',
        '  failed: StorageUnavailableError: storage unavailable during put article (ThrottlingException)',
        `  on receive 5, at ${FAILED_AT}`,
        'incoming/da xong.txt',
        "  no failure recorded for this object version; the ingest function's logs have the reason",
        '  processed since (stored): a redrive changes nothing',
        'incoming/lo.jsonl',
        "  no failure recorded for this object version; the ingest function's logs have the reason",
        '  2 line(s) processed (stored); a redrive processes the rest',
        'incoming/khong ro.txt',
        "  no failure recorded for this object version; the ingest function's logs have the reason",
        'message m5',
        '  message is not an S3 event notification: not JSON',
        'message m6',
        '  announces no created object (an S3 test event)',
        '',
        'Fix the cause, then `tinsach redrive` moves them back to the ingest queue.',
        '',
      ].join('\n'),
    );
  });

  it('says so when the dead-letter queue is empty', () => {
    expect(formatDeadLetters([])).toBe('The dead-letter queue is empty.\n');
  });
});
