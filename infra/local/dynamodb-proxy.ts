// Makes the S3+SQS endpoint answer DynamoDB too, by forwarding DynamoDB's JSON requests to dynalite.
// One endpoint for every service (like LocalStack's 4566) means code and tools configured with a single
// endpoint — TINSACH_AWS_ENDPOINT, `aws --endpoint-url` — reach all three emulators.
import { request as httpRequest } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** DynamoDB's JSON protocol names the operation in this header, e.g. "DynamoDB_20120810.PutItem". */
const DYNAMODB_TARGET_PREFIX = 'DynamoDB_';
const HTTP_BAD_GATEWAY = 502;

export function installDynamoDbProxy(app: FastifyInstance, dynamodbEndpoint: string): void {
  const target = new URL(dynamodbEndpoint);
  // onRequest runs before fastify reads the body, so the raw request can be streamed on untouched.
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const operation = request.headers['x-amz-target'];
    if (typeof operation !== 'string' || !operation.startsWith(DYNAMODB_TARGET_PREFIX)) return;
    reply.hijack();
    const upstream = httpRequest(
      {
        hostname: target.hostname,
        port: target.port,
        method: request.method,
        path: request.raw.url,
        headers: request.headers,
      },
      (response) => {
        reply.raw.writeHead(response.statusCode ?? HTTP_BAD_GATEWAY, response.headers);
        response.pipe(reply.raw);
      },
    );
    upstream.on('error', (error) => {
      if (!reply.raw.headersSent)
        reply.raw.writeHead(HTTP_BAD_GATEWAY, { 'content-type': 'application/json' });
      reply.raw.end(JSON.stringify({ __type: 'LocalProxyError', message: error.message }));
    });
    request.raw.pipe(upstream);
  });
}
