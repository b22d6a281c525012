// `tinsach redrive --list`: the messages waiting in the dead-letter queue, each with the object it
// announces and why its last delivery failed, as the ingest function recorded it beside the object's
// receipts (shared/use-cases/record-ingest-failure.ts).
import type { PeekedMessage } from '#adapters/sqs/peek-queue-messages';
import { MalformedEventError, parseS3EventMessage } from '#domain/input/s3-event';
import type { ArticleRepository, DeliveryRecords } from '#ports/article-repository';
import { UNKNOWN_ETAG } from '#use-cases/ingest-object';

export interface DeadLetterObject {
  readonly key: string;
  readonly etag: string;
  readonly records: DeliveryRecords;
}

export type DeadLetter = { readonly messageId: string } & (
  | { readonly kind: 'objects'; readonly objects: readonly DeadLetterObject[] }
  /** The body is no S3 event notification: it failed in the handler before any object was read. */
  | { readonly kind: 'malformed'; readonly detail: string }
);

export async function describeDeadLetters(
  messages: readonly PeekedMessage[],
  articles: Pick<ArticleRepository, 'readDeliveryRecords'>,
): Promise<readonly DeadLetter[]> {
  const letters: DeadLetter[] = [];
  for (const message of messages) {
    const base = { messageId: message.messageId };
    let notices;
    try {
      notices = parseS3EventMessage(message.body);
    } catch (error) {
      if (!(error instanceof MalformedEventError)) throw error;
      letters.push({ ...base, kind: 'malformed', detail: error.message });
      continue;
    }
    const objects: DeadLetterObject[] = [];
    for (const notice of notices) {
      const etag = notice.etag ?? UNKNOWN_ETAG;
      objects.push({ key: notice.key, etag, records: await articles.readDeliveryRecords(notice.key, etag) });
    }
    letters.push({ ...base, kind: 'objects', objects });
  }
  return letters;
}

function describeObject(object: DeadLetterObject): string[] {
  const lines = [object.key];
  const { failure, outcomes } = object.records;
  if (failure) {
    lines.push(`  failed: ${failure.errorName}: ${failure.message}`);
    lines.push(`  on receive ${failure.receiveCount}, at ${failure.failedAt}`);
  } else {
    lines.push("  no failure recorded for this object version; the ingest function's logs have the reason");
  }
  if (outcomes.length > 0) {
    const kinds = [...new Set(outcomes.map((outcome) => outcome.kind))].join(', ');
    const whole = outcomes.every((outcome) => outcome.line === undefined);
    lines.push(
      whole
        ? `  processed since (${kinds}): a redrive changes nothing`
        : `  ${outcomes.length} line(s) processed (${kinds}); a redrive processes the rest`,
    );
  }
  return lines;
}

export function formatDeadLetters(letters: readonly DeadLetter[]): string {
  if (letters.length === 0) return 'The dead-letter queue is empty.\n';
  const lines = [`${letters.length} message(s) in the dead-letter queue:`, ''];
  for (const letter of letters) {
    if (letter.kind === 'malformed') {
      lines.push(`message ${letter.messageId}`, `  ${letter.detail}`);
    } else if (letter.objects.length === 0) {
      lines.push(`message ${letter.messageId}`, '  announces no created object (an S3 test event)');
    } else {
      for (const object of letter.objects) lines.push(...describeObject(object));
    }
  }
  lines.push('', 'Fix the cause, then `tinsach redrive` moves them back to the ingest queue.');
  return `${lines.join('\n')}\n`;
}
