// When a fault fails an ingest message, the object version keeps a receipt of why (error class, a message
// for people, the receive count, the time), so that once the message is dead-lettered its reason can be
// shown beside it (`tinsach redrive --list`) instead of only in the function's logs. Best effort: the
// receipt is written while storage may be the thing that is failing, and the message fails either way.
import type { ArticleRepository, IngestFailure } from '#ports/article-repository';
import { ConcurrentUpdateError, StorageUnavailableError } from '#ports/errors';
import type { LogPort } from '#observability/log-port';
import { IngestIncompleteError, UNKNOWN_ETAG } from './ingest-object.ts';

export interface FailedDelivery {
  /** Decoded object key from the S3 event. */
  readonly key: string;
  readonly etag?: string;
  readonly error: unknown;
  /** SQS's ApproximateReceiveCount of this delivery. */
  readonly receiveCount: number;
}

export interface RecordFailureDependencies {
  readonly articles: Pick<ArticleRepository, 'recordIngestFailure'>;
  readonly now: () => Date;
  readonly log: LogPort;
}

/** AWS error names are identifiers ("ThrottlingException"); anything else is not shown. */
const ERROR_NAME = /^[A-Za-z][A-Za-z0-9]{0,99}$/;
const UNEXPECTED_MESSAGE = "unexpected error; the ingest function's logs have the details";

function nameOf(error: unknown): string | null {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && ERROR_NAME.test(name) ? name : null;
}

/**
 * The error as people may see it. Our own fault classes have messages written for that (what failed,
 * on which object); the AWS error underneath adds only its name, since its message can carry ARNs and
 * request ids. Any other error is a bug: its name only, the details stay in the logs.
 */
export function describeIngestFailure(error: unknown): Pick<IngestFailure, 'errorName' | 'message'> {
  if (error instanceof StorageUnavailableError) {
    const cause = nameOf(error.cause);
    return { errorName: error.name, message: cause ? `${error.message} (${cause})` : error.message };
  }
  if (error instanceof ConcurrentUpdateError) return { errorName: error.name, message: error.message };
  if (error instanceof IngestIncompleteError) return { errorName: error.name, message: error.message };
  return { errorName: nameOf(error) ?? 'Error', message: UNEXPECTED_MESSAGE };
}

export async function recordIngestFailure(
  delivery: FailedDelivery,
  deps: RecordFailureDependencies,
): Promise<void> {
  const failure: IngestFailure = {
    objectKey: delivery.key,
    etag: delivery.etag ?? UNKNOWN_ETAG,
    ...describeIngestFailure(delivery.error),
    receiveCount: delivery.receiveCount,
    failedAt: deps.now().toISOString(),
  };
  try {
    await deps.articles.recordIngestFailure(failure);
  } catch (writeError) {
    deps.log.warn('ingest failure not recorded', {
      objectKey: delivery.key,
      failure: failure.errorName,
      writeError: nameOf(writeError) ?? 'Error',
    });
  }
}
