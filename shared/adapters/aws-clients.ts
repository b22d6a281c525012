// SDK clients for the functions. Locally one emulator endpoint serves S3, SQS and DynamoDB; S3 then
// needs path-style addressing because <bucket>.127.0.0.1 does not resolve.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { FunctionEnvironment } from './function-environment.ts';

export function createDynamoDbClient(env: Pick<FunctionEnvironment, 'awsEndpoint'>): DynamoDBClient {
  return new DynamoDBClient(env.awsEndpoint ? { endpoint: env.awsEndpoint } : {});
}

export function createS3Client(env: Pick<FunctionEnvironment, 'awsEndpoint'>): S3Client {
  return new S3Client(env.awsEndpoint ? { endpoint: env.awsEndpoint, forcePathStyle: true } : {});
}

export function createSqsClient(env: Pick<FunctionEnvironment, 'awsEndpoint'>): SQSClient {
  return new SQSClient(env.awsEndpoint ? { endpoint: env.awsEndpoint } : {});
}
