// Failures adapters report in domain terms. "Not found" and "unavailable" are worth retrying (the object
// may appear, the service may recover): the ingest handler lets them fail the message so SQS redelivers
// it, and after the queue's maxReceiveCount it rests in the dead-letter queue.
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
