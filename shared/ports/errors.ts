// Failures adapters report in domain terms. "Unavailable" and lost races are worth retrying (the service
// may recover): the ingest handler lets them fail the message so SQS redelivers it, and after the queue's
// maxReceiveCount it rests in the dead-letter queue. "Not found" is not: S3 is strongly consistent, so an
// object announced by an event and missing now was deleted; the ingest use case records it as rejected.
export class ObjectNotFoundError extends Error {
  constructor(readonly objectKey: string) {
    super(`object not found: ${objectKey}`);
    this.name = 'ObjectNotFoundError';
  }
}

export class StorageUnavailableError extends Error {
  constructor(operation: string, options?: { cause?: unknown }) {
    super(`storage unavailable during ${operation}`, options);
    this.name = 'StorageUnavailableError';
  }
}

/**
 * A read-modify-write lost the race too many times in a row (many writers on one item). Worth retrying
 * later, like StorageUnavailableError: the ingest handler fails the message and SQS redelivers it.
 */
export class ConcurrentUpdateError extends Error {
  constructor(
    readonly itemDescription: string,
    readonly attempts: number,
  ) {
    super(`concurrent updates of ${itemDescription} won ${attempts} times in a row`);
    this.name = 'ConcurrentUpdateError';
  }
}
