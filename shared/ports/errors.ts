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
