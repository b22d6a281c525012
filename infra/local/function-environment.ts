// The environment the functions read at start, filled for the local stack the way the CDK stack fills
// it in AWS (ENV in shared/config/resources.ts), plus what the AWS SDK needs to reach the emulators.
import { ENV } from '#config/resources';
import { LOCAL_CREDENTIALS, type LocalEndpoints } from './clients.ts';
import type { LocalResources } from './emulators.ts';

/**
 * Variables the user may already have set to tune local runs (log level, metrics); only filled when absent.
 * Powertools metrics would print an EMF blob per invocation locally, so they are off unless asked for.
 */
const OVERRIDABLE_DEFAULTS = {
  POWERTOOLS_SERVICE_NAME: 'tinsach',
  POWERTOOLS_METRICS_NAMESPACE: 'tinsach',
  POWERTOOLS_METRICS_DISABLED: 'true',
  POWERTOOLS_LOG_LEVEL: 'WARN',
} as const;

export function buildFunctionEnvironment(
  endpoints: LocalEndpoints,
  resources: LocalResources,
): Record<string, string> {
  return {
    [ENV.tableName]: resources.tableName,
    [ENV.rawBucket]: resources.bucketName,
    [ENV.ingestQueueUrl]: resources.queueUrl,
    // One endpoint serves S3, SQS and (forwarded) DynamoDB, see dynamodb-proxy.ts.
    [ENV.awsEndpoint]: endpoints.aws,
    // Honoured by the AWS SDK itself, for clients built without knowing about the variable above.
    AWS_ENDPOINT_URL: endpoints.aws,
    AWS_REGION: endpoints.region,
    AWS_DEFAULT_REGION: endpoints.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  };
}

/** Sets the variables in this process; must run before the function modules are imported. */
export function applyFunctionEnvironment(endpoints: LocalEndpoints, resources: LocalResources): void {
  Object.assign(process.env, buildFunctionEnvironment(endpoints, resources));
  // A real session token left in the shell would be sent along with the dummy keys.
  delete process.env['AWS_SESSION_TOKEN'];
  for (const [name, value] of Object.entries(OVERRIDABLE_DEFAULTS)) process.env[name] ??= value;
}
