// SDK clients for commands aimed at a deployed stack (`--bucket`, `--queue-url`, ...): the standard AWS
// credential chain (environment, shared config and SSO, instance roles), with an optional named profile
// and region from the command line. Local-stack clients live in infra/local/clients.ts.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';

export interface AwsTarget {
  /** A profile of ~/.aws/config; AWS_PROFILE or the default profile when omitted. */
  readonly profile?: string;
  /** AWS_REGION or the profile's region when omitted. */
  readonly region?: string;
}

function buildConfig(target: AwsTarget): { profile?: string; region?: string } {
  return {
    ...(target.profile ? { profile: target.profile } : {}),
    ...(target.region ? { region: target.region } : {}),
  };
}

export const createAwsS3Client = (target: AwsTarget): S3Client => new S3Client(buildConfig(target));
export const createAwsDynamoDbClient = (target: AwsTarget): DynamoDBClient =>
  new DynamoDBClient(buildConfig(target));
export const createAwsSqsClient = (target: AwsTarget): SQSClient => new SQSClient(buildConfig(target));
