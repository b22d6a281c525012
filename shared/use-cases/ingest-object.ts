// One uploaded object from raw bytes to stored articles. Bad input becomes a recorded rejection and is
// never thrown; so does an object deleted before it was processed (S3 is strongly consistent: retrying
// would not bring it back). Only faults worth retrying (storage unavailable, throttling, lost races) are
// thrown, so SQS redelivers the message and, after maxReceiveCount, parks it in the dead-letter queue.
// Template learning: a document with a source key (URL host, else envelope source) is cleaned against its
// source's stored profile, and once stored as a new article its line fingerprints join that profile.
import type { ProcessDocumentOptions } from '#domain/article/process-document';
import { buildArticleRecord, deriveArticleId } from '#domain/article/record';
import type { CleanedArticle, NotArticleReason, RawDocument } from '#domain/article/types';
import { canonicalizeUrl } from '#domain/input/canonical-url';
import { isIncomingObjectKey } from '#domain/input/object-key';
import { readObjectUnits, type ParseOutcome } from '#domain/input/parse-object';
import { createRejection, type Rejection } from '#domain/input/rejection';
import { fingerprintLines } from '#domain/templates/fingerprint';
import { withoutArticle, type SourceProfile } from '#domain/templates/profile';
import { sourceKeyOf } from '#domain/templates/source-key';
import type { ArticleRepository, ObjectOutcome, ObjectRef } from '#ports/article-repository';
import { ObjectNotFoundError } from '#ports/errors';
import type { ObjectStore, ReadObjectResult } from '#ports/object-store';
import type { LogPort, MetricsPort } from '#observability/log-port';
import { METRIC_NAMES } from '#observability/metric-names';

export interface IngestDependencies {
  readonly objects: ObjectStore;
  readonly articles: ArticleRepository;
  readonly processDocument: (doc: RawDocument, options?: ProcessDocumentOptions) => CleanedArticle;
  readonly now: () => Date;
  readonly log: LogPort;
  readonly metrics: MetricsPort;
}

export interface IngestRequest {
  /** Decoded object key. */
  readonly key: string;
  /** ETag from the event, used when the object itself cannot be read (outside the prefix). */
  readonly eventEtag?: string;
  /**
   * The invocation's time, shared by every object of one batch. Asked before each unit that still needs
   * work; when it says no, ingest stops there and reports the object incomplete: what was done is
   * recorded, and the next delivery skips it. Without a budget every unit is processed.
   */
  readonly budget?: UnitBudget;
  /**
   * The message is a hand-over from an earlier invocation: units found done were done by this same
   * delivery, so they are skipped without counting as duplicates.
   */
  readonly continued?: boolean;
}

export interface UnitBudget {
  /** Whether another unit may be started now. */
  hasTimeForUnit(): boolean;
  /** Called after each unit that got its outcome in this call. */
  unitDone(): void;
}

export interface IngestObjectResult {
  /** One per unit the object holds, in order, as far as this call got. */
  readonly units: readonly UnitResult[];
  /** False when the budget ran out before every unit had its outcome. */
  readonly complete: boolean;
}

export interface UnitResult {
  readonly outcome: ObjectOutcome;
  /** True when this delivery unit had been processed before; its first outcome stands. */
  readonly redelivered: boolean;
}

/**
 * An object whose units were not all done when its message had to end: the invocation ran out of time
 * and the message could not be handed over (no continuation queue, or too many hand-overs already). The
 * message fails and is redelivered as usual; the units already done are skipped then.
 */
export class IngestIncompleteError extends Error {
  constructor(
    readonly objectKey: string,
    readonly unitsDone: number,
    why: string,
  ) {
    super(`${objectKey} was not finished in one invocation (${unitsDone} units done so far): ${why}`);
    this.name = 'IngestIncompleteError';
  }
}

/**
 * DynamoDB items hold at most 400 KB; the record is kept well under that (attribute names, index keys
 * and the feed summary take the rest). Larger articles are rejected as too large to store.
 */
const MAX_RECORD_BYTES = 350_000;

/** Stands in for the ETag of an event that carries none (S3 always sends one for created objects). */
export const UNKNOWN_ETAG = 'unknown';

const isNotFoundOutcome = (outcome: ObjectOutcome): boolean =>
  outcome.kind === 'rejected' && outcome.reason === 'not-found' && outcome.line === undefined;

function measureRecordBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

export async function ingestObject(
  request: IngestRequest,
  deps: IngestDependencies,
): Promise<IngestObjectResult> {
  deps.metrics.count(METRIC_NAMES.objectsReceived);
  const recordedAt = deps.now().toISOString();

  if (!isIncomingObjectKey(request.key)) {
    const ref = { objectKey: request.key, etag: request.eventEtag ?? UNKNOWN_ETAG };
    const rejection = createRejection(
      'outside-prefix',
      'only objects under the incoming prefix are ingested',
    );
    return whole(await settleRejection(ref, rejection, recordedAt, deps));
  }

  let read: ReadObjectResult;
  try {
    read = await deps.objects.readObject(request.key);
  } catch (error) {
    if (!(error instanceof ObjectNotFoundError)) throw error;
    const ref = { objectKey: request.key, etag: request.eventEtag ?? UNKNOWN_ETAG };
    const rejection = createRejection(
      'not-found',
      'the object was deleted before it was processed; upload it again to ingest it',
    );
    return whole(await settleRejection(ref, rejection, recordedAt, deps));
  }
  if (read.kind === 'too-large') {
    const rejection = createRejection(
      'too-large',
      `object has ${read.sizeBytes} bytes; the cap is ${read.maxBytes}`,
    );
    const ref = { objectKey: request.key, etag: read.etag };
    return whole(await settleRejection(ref, rejection, recordedAt, deps));
  }
  const { object } = read;
  const records = await deps.articles.readDeliveryRecords(object.key, object.etag);
  // A not-found rejection of this very version was recorded while it was deleted; the same bytes were
  // uploaded again since (same key, same ETag), so it exists now and is processed like a new object.
  if (records.outcomes.some(isNotFoundOutcome)) {
    await deps.articles.clearNotFoundOutcome(object.key, object.etag);
  }
  const earlier = new Map(
    records.outcomes
      .filter((outcome) => !isNotFoundOutcome(outcome))
      .map((outcome) => [outcome.line ?? 0, outcome]),
  );

  // Lines an earlier delivery settled are not parsed again: their recorded outcomes are reported.
  const results: UnitResult[] = [...earlier.values()]
    .filter((outcome) => outcome.line !== undefined)
    .map((outcome) => reportEarlier(outcome, request, deps));
  // One unit at a time: a batch's next line is read only once the previous one is stored.
  const units = readObjectUnits(
    { key: object.key, bytes: object.bytes, metadata: object.metadata },
    { skipLine: (line) => earlier.has(line) },
  );
  for await (const parsed of units) {
    const ref: ObjectRef = {
      objectKey: object.key,
      etag: object.etag,
      ...(parsed.line === undefined ? {} : { line: parsed.line }),
    };
    const previous = earlier.get(parsed.line ?? 0);
    if (previous) {
      results.push(reportEarlier(previous, request, deps));
      continue;
    }
    if (request.budget && !request.budget.hasTimeForUnit()) {
      deps.log.info('object paused: the invocation has no time for another unit', {
        objectKey: object.key,
        etag: object.etag,
        unitsDone: results.length,
      });
      // Leaving the loop closes the generator, which stops the inflation under it.
      return { units: results, complete: false };
    }
    results.push(await ingestUnit(ref, parsed, recordedAt, deps));
    request.budget?.unitDone();
  }
  // Every unit has its outcome now: the failure an earlier delivery left is history.
  if (records.failure) await deps.articles.clearIngestFailure(object.key, object.etag);
  return { units: results, complete: true };
}

/** An object that is one unit, settled: a rejection before it could be read. */
const whole = (unit: UnitResult): IngestObjectResult => ({ units: [unit], complete: true });

/**
 * A unit settled by an earlier delivery. In a hand-over that was this same delivery, not a duplicate.
 */
function reportEarlier(
  previous: ObjectOutcome,
  request: IngestRequest,
  deps: IngestDependencies,
): UnitResult {
  return request.continued ? { outcome: previous, redelivered: true } : reportRedelivery(previous, deps);
}

function reportRedelivery(previous: ObjectOutcome, deps: IngestDependencies): UnitResult {
  if (previous.kind === 'rejected') return { outcome: previous, redelivered: true };
  deps.metrics.count(METRIC_NAMES.duplicates);
  return { outcome: { ...previous, kind: 'duplicate' }, redelivered: true };
}

async function ingestUnit(
  ref: ObjectRef,
  parsed: ParseOutcome,
  recordedAt: string,
  deps: IngestDependencies,
): Promise<UnitResult> {
  if (!parsed.ok) return settleRejection(ref, parsed.rejection, recordedAt, deps);
  const sourceKey = sourceKeyOf(parsed.doc);
  const profile = sourceKey === null ? null : await deps.articles.getSourceProfile(sourceKey);
  const cleaned = deps.processDocument(
    parsed.doc,
    profile ? { templateProfile: excludeOwnArticle(profile, parsed.doc) } : {},
  );
  // The gate first: its reason (a listing, a shell, not Vietnamese) says more than an empty body does.
  if (cleaned.quality && !cleaned.quality.isArticle) {
    const rejection = createRejection(
      'not-article',
      `not a news article: ${describeNotArticle(cleaned.quality.reason)}`,
      ref.line,
    );
    return settleRejection(ref, rejection, recordedAt, deps);
  }
  if (cleaned.body.trim() === '') {
    const rejection = createRejection('no-article-text', 'cleaning left no article text', ref.line);
    return settleRejection(ref, rejection, recordedAt, deps);
  }
  const record = buildArticleRecord(cleaned, {
    objectKey: ref.objectKey,
    etag: ref.etag,
    ingestedAt: recordedAt,
    ...(ref.line === undefined ? {} : { line: ref.line }),
    ...(parsed.doc.url ? { url: parsed.doc.url } : {}),
    ...(parsed.doc.crawledAt ? { crawledAt: parsed.doc.crawledAt } : {}),
  });
  if (measureRecordBytes(record) > MAX_RECORD_BYTES) {
    const rejection = createRejection(
      'too-large',
      `the cleaned article exceeds ${MAX_RECORD_BYTES} bytes`,
      ref.line,
    );
    return settleRejection(ref, rejection, recordedAt, deps);
  }
  const saved = await deps.articles.saveArticle(record);
  // Before the receipt: if this write fails the message is redelivered, saveArticle recognises its own
  // earlier attempt as stored, and the (idempotent) profile update runs again. Duplicates add nothing.
  if (saved.kind === 'stored' && sourceKey !== null) {
    await deps.articles.updateSourceProfile(sourceKey, {
      articleId: saved.articleId,
      fingerprints: fingerprintLines(parsed.doc.text),
    });
  }
  const outcome: ObjectOutcome = { ...ref, recordedAt, kind: saved.kind, articleId: saved.articleId };
  await deps.articles.recordObjectOutcome(outcome);
  if (saved.kind === 'stored') {
    deps.metrics.count(METRIC_NAMES.articlesStored);
    deps.metrics.count(METRIC_NAMES.boilerplateLinesRemoved, cleaned.removed.length);
    if (cleaned.province === null) deps.metrics.count(METRIC_NAMES.articlesWithoutProvince);
  } else {
    deps.metrics.count(METRIC_NAMES.duplicates);
  }
  deps.log.info('article ingested', { ...ref, outcome: saved.kind, articleId: saved.articleId });
  return { outcome, redelivered: false };
}

/**
 * An article is judged against its source's OTHER articles. A redelivery after a crash may find itself
 * already in the window; its URL-derived id finds it there. (An article without a URL has a content-based
 * id, known only after cleaning; such a retry may count itself once, which can only remove lines that
 * recur in the window anyway.)
 */
function excludeOwnArticle(profile: SourceProfile, doc: RawDocument): SourceProfile {
  const canonicalUrl = doc.url ? canonicalizeUrl(doc.url) : null;
  return canonicalUrl === null ? profile : withoutArticle(profile, deriveArticleId(canonicalUrl, ''));
}

async function settleRejection(
  ref: ObjectRef,
  rejection: Rejection,
  recordedAt: string,
  deps: IngestDependencies,
): Promise<UnitResult> {
  const outcome: ObjectOutcome = {
    ...ref,
    recordedAt,
    kind: 'rejected',
    reason: rejection.reason,
    message: rejection.message,
  };
  const previous = await deps.articles.findObjectOutcome(ref);
  if (previous) return reportRedelivery(previous, deps);
  await deps.articles.recordObjectOutcome(outcome);
  deps.metrics.count(METRIC_NAMES.objectsRejected);
  deps.log.warn('object rejected', { ...ref, reason: rejection.reason, detail: rejection.message });
  return { outcome, redelivered: false };
}

const NOT_ARTICLE_DESCRIPTIONS: Record<NotArticleReason, string> = {
  empty: 'no prose is left once the page furniture is removed',
  'too-short': 'too little prose to be an article',
  listing: 'the page is a list of headlines (a category or listing page)',
  'not-vietnamese': 'the text is not Vietnamese',
};

function describeNotArticle(reason: NotArticleReason | undefined): string {
  return reason ? NOT_ARTICLE_DESCRIPTIONS[reason] : 'the cleaner judged it not to be an article';
}
