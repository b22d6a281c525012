// One definition of the pipeline's resources, read by the CDK stack (infra/stacks) and by the local
// stack (infra/local), so names, keys, indexes and delivery settings cannot drift between the two.

/** Objects are only ingested under this prefix; everything else in the raw bucket is ignored. */
export const INCOMING_PREFIX = 'incoming/';

export const RAW_BUCKET = {
  /** Local bucket name; in AWS, CDK generates a unique name and passes it through the environment. */
  localName: 'tinsach-raw',
  incomingPrefix: INCOMING_PREFIX,
} as const;

export const INGEST_QUEUE = {
  localName: 'tinsach-ingest',
  /**
   * Six times the ingest function's timeout, as AWS recommends for SQS event sources, so a message is
   * not redelivered while a slow batch is still running.
   */
  visibilityTimeoutSeconds: 6 * 60,
  /** Messages that fail this many receives go to the dead-letter queue instead of retrying forever. */
  maxReceiveCount: 5,
  /** Records per ingest invocation; small enough that one batch finishes well inside the timeout. */
  batchSize: 10,
  /** Long polling wait, used by the local poller the way Lambda's event source mapping polls. */
  receiveWaitSeconds: 1,
  /**
   * An object the ingest function could not finish inside one invocation (a large JSONL batch) is sent
   * to the queue again, with this message attribute counting the hand-overs; the units already done are
   * skipped on the next delivery. A fresh message starts a fresh receive count, so a long batch is not
   * dead-lettered for being long. Every invocation finishes at least one unit, so the hand-overs end;
   * past `maxContinuations` a message fails like any other and, after maxReceiveCount, is dead-lettered.
   */
  continuationAttribute: 'tinsach-continuation',
  maxContinuations: 100,
} as const;

export const DEAD_LETTER_QUEUE = {
  localName: 'tinsach-ingest-dlq',
  /** 14 days, the SQS maximum: time to find and fix the cause before a redrive. */
  retentionSeconds: 14 * 24 * 60 * 60,
} as const;

export const INGEST_FUNCTION = {
  timeoutSeconds: 60,
  memoryMb: 1024,
  /**
   * No new unit (object, or line of a batch) is started with less than this left of the timeout: the
   * longest unit (an envelope at the object cap: cleaning, then a few dozen writes, retries included) fits
   * in it, so an invocation ends by handing the rest over (continuationAttribute) rather than timing out.
   */
  unitReserveSeconds: 20,
} as const;

export const SEARCH_FUNCTION = {
  timeoutSeconds: 10,
  memoryMb: 512,
} as const;

/**
 * The articles table. Single-table design; item kinds (article, content claim, feed entry, object receipt,
 * per-source template profile) are told apart by key prefixes, laid out in
 * shared/adapters/dynamodb/table-keys.ts. Indexes serve listing by old province, new province and source,
 * newest first.
 */
export const ARTICLES_TABLE = {
  localName: 'tinsach-articles',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: {
    byProvince: { name: 'by-province', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    byNewProvince: { name: 'by-new-province', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    bySource: { name: 'by-source', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  },
} as const;

export type TableIndexName = keyof typeof ARTICLES_TABLE.indexes;

/** Environment variables through which deployment wiring reaches the functions (read once, at start). */
export const ENV = {
  tableName: 'TINSACH_TABLE_NAME',
  rawBucket: 'TINSACH_RAW_BUCKET',
  maxObjectBytes: 'TINSACH_MAX_OBJECT_BYTES',
  /** The ingest queue, to which the ingest function hands over the rest of an object it could not finish. */
  ingestQueueUrl: 'TINSACH_INGEST_QUEUE_URL',
  /** Comma-separated browser origins the search API answers with CORS headers; unset means any. */
  corsOrigins: 'TINSACH_CORS_ORIGINS',
  /** Set only by the local stack: the emulator endpoint the SDK clients talk to. */
  awsEndpoint: 'TINSACH_AWS_ENDPOINT',
} as const;

/** Objects larger than this are rejected with a reason instead of being read into memory. */
export const DEFAULT_MAX_OBJECT_BYTES = 5 * 1024 * 1024;
