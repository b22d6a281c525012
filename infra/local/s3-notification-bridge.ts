// fauxqs 1.x stores bucket notification settings nowhere and emits no events. This bridge adds both to
// the fauxqs fastify app: it answers Put/GetBucketNotificationConfiguration itself and, after every
// successful object-creating request, sends the S3 event to the configured queues. Hooking the HTTP layer
// (not fauxqs' spy, a bounded buffer) means every client — SDK, AWS CLI, curl — triggers ingestion as in AWS.
import { randomUUID } from 'node:crypto';
// Type-only: fastify is fauxqs' own dependency; nothing of it is loaded here.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  matchesNotificationTarget,
  parseQueueNotificationTargets,
  serializeQueueNotificationTargets,
  type QueueNotificationTarget,
} from './bucket-notification-configuration.ts';
import {
  buildObjectCreatedEvent,
  OBJECT_CREATED_OPERATIONS,
  type ObjectCreatedOperation,
} from './s3-event-notification.ts';

type FauxqsApp = FastifyInstance;
type FauxqsRequest = FastifyRequest;

export interface S3NotificationBridgeOptions {
  readonly region: string;
  /** Delivery problems are not the uploader's problem (S3 answers 200 regardless), so they are only reported. */
  readonly onDeliveryError?: (error: unknown) => void;
}

const HTTP_OK = 200;

function readParams(request: FauxqsRequest): { bucket: string; key: string } {
  const params = (request.params ?? {}) as Record<string, string | undefined>;
  return { bucket: params['bucket'] ?? '', key: params['*'] ?? '' };
}

function readQuery(request: FauxqsRequest): Record<string, unknown> {
  return (request.query ?? {}) as Record<string, unknown>;
}

/** Which creating operation a successful S3 request was, or null when it created no object. */
function identifyObjectCreation(request: FauxqsRequest): ObjectCreatedOperation | null {
  const { bucket, key } = readParams(request);
  if (bucket === '' || key === '') return null;
  const query = readQuery(request);
  if (request.method === 'PUT') {
    if ('uploadId' in query) return null; // UploadPart: the object exists only after completion
    return request.headers['x-amz-copy-source']
      ? OBJECT_CREATED_OPERATIONS.copy
      : OBJECT_CREATED_OPERATIONS.put;
  }
  if (request.method === 'POST' && 'uploadId' in query)
    return OBJECT_CREATED_OPERATIONS.completeMultipartUpload;
  return null;
}

function encodeObjectPath(bucket: string, key: string): string {
  return `/${encodeURIComponent(bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

/** S3 sequencers only need to grow per key; a hex timestamp plus a counter does. */
function createSequencer(): () => string {
  let counter = 0;
  return () => {
    counter += 1;
    return `${Date.now().toString(16)}${counter.toString(16).padStart(6, '0')}`.toUpperCase();
  };
}

export interface S3NotificationBridge {
  /** Resolves when every notification already triggered has been delivered (or failed). */
  settle(): Promise<void>;
}

export function installS3NotificationBridge(
  app: FauxqsApp,
  options: S3NotificationBridgeOptions,
): S3NotificationBridge {
  const targetsByBucket = new Map<string, QueueNotificationTarget[]>();
  const nextSequencer = createSequencer();
  const reportDeliveryError =
    options.onDeliveryError ?? ((error: unknown) => console.error('[local s3 notifications]', error));

  async function callSqs(action: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const response = await app.inject({
      method: 'POST',
      url: '/',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `AmazonSQS.${action}` },
      payload: JSON.stringify(body),
    });
    if (response.statusCode !== HTTP_OK) throw new Error(`SQS ${action} failed: ${response.body}`);
    return JSON.parse(response.body) as Record<string, unknown>;
  }

  async function sendToQueue(queueArn: string, messageBody: string): Promise<void> {
    const [, , , , accountId, queueName] = queueArn.split(':');
    const { QueueUrl } = await callSqs('GetQueueUrl', {
      QueueName: queueName,
      QueueOwnerAWSAccountId: accountId,
    });
    await callSqs('SendMessage', { QueueUrl, MessageBody: messageBody });
  }

  async function readStoredObject(
    bucket: string,
    key: string,
  ): Promise<{ size: number; eTag: string } | null> {
    const response = await app.inject({ method: 'HEAD', url: encodeObjectPath(bucket, key) });
    if (response.statusCode !== HTTP_OK) return null;
    return {
      size: Number(response.headers['content-length'] ?? 0),
      eTag: String(response.headers['etag'] ?? '').replaceAll('"', ''),
    };
  }

  async function notify(request: FauxqsRequest, operation: ObjectCreatedOperation): Promise<void> {
    const { bucket, key } = readParams(request);
    const targets = (targetsByBucket.get(bucket) ?? []).filter((target) =>
      matchesNotificationTarget(target, `ObjectCreated:${operation}`, key),
    );
    if (targets.length === 0) return;
    const stored = await readStoredObject(bucket, key);
    if (stored === null) return; // overwritten or deleted in between: nothing left to announce
    for (const target of targets) {
      const event = buildObjectCreatedEvent(
        { bucket, key, operation, ...stored },
        {
          region: options.region,
          configurationId: target.id,
          sequencer: nextSequencer(),
          requestId: randomUUID(),
          sourceIpAddress: request.ip,
          eventTime: new Date(),
        },
      );
      await sendToQueue(target.queueArn, JSON.stringify(event));
    }
  }

  // Bucket notification configuration: PUT/GET /<bucket>?notification. fauxqs would treat the PUT as
  // CreateBucket, so the bridge answers before fauxqs' handler runs.
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const { bucket, key } = readParams(request);
    if (bucket === '' || key !== '' || !('notification' in readQuery(request))) return;
    if (request.method === 'PUT') {
      const body = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : String(request.body ?? '');
      targetsByBucket.set(bucket, parseQueueNotificationTargets(body));
      return reply.status(HTTP_OK).send();
    }
    if (request.method === 'GET') {
      return reply
        .status(HTTP_OK)
        .header('content-type', 'application/xml')
        .send(serializeQueueNotificationTargets(targetsByBucket.get(bucket) ?? []));
    }
  });

  // After the response, like S3 (which delivers "typically within seconds"). Awaiting the delivery in an
  // earlier hook (onSend) is not possible: fauxqs' async S3 routes call reply.send() and resolve undefined,
  // so a pending onSend makes fastify send a second response. Consumers therefore wait for the event, as
  // they must in AWS; settle() lets shutdown wait for deliveries still under way.
  const pendingDeliveries = new Set<Promise<void>>();
  app.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    if (reply.statusCode !== HTTP_OK) return;
    const operation = identifyObjectCreation(request);
    if (operation === null) return;
    const delivery = notify(request, operation).catch(reportDeliveryError);
    pendingDeliveries.add(delivery);
    void delivery.finally(() => pendingDeliveries.delete(delivery));
  });

  return {
    async settle() {
      await Promise.all([...pendingDeliveries]);
    },
  };
}
