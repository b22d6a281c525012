// Reads the functions' configuration once, at cold start, and fails fast with the variable's name
// rather than failing later on the first message with an SDK error about an empty bucket name.
import { DEFAULT_MAX_OBJECT_BYTES, ENV } from '#config/resources';

export class MissingConfigurationError extends Error {
  constructor(variable: string, detail = 'is not set') {
    super(`environment variable ${variable} ${detail}`);
    this.name = 'MissingConfigurationError';
  }
}

export interface FunctionEnvironment {
  readonly tableName: string;
  readonly rawBucket: string;
  readonly maxObjectBytes: number;
  /** The ingest queue (ingest function only): where an unfinished object is handed over. */
  readonly ingestQueueUrl?: string;
  /** Only set locally: the emulators' endpoint. */
  readonly awsEndpoint?: string;
  /** Browser origins allowed to read the search API; `*` when not configured (local development). */
  readonly corsOrigins: readonly string[];
}

const ANY_ORIGIN = '*';

type Environment = Readonly<Record<string, string | undefined>>;

function requireVariable(env: Environment, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new MissingConfigurationError(name);
  return value;
}

export function readFunctionEnvironment(
  env: Environment,
  needs: { readonly rawBucket: boolean },
): FunctionEnvironment {
  const rawMax = env[ENV.maxObjectBytes];
  const maxObjectBytes = rawMax === undefined || rawMax === '' ? DEFAULT_MAX_OBJECT_BYTES : Number(rawMax);
  if (!Number.isInteger(maxObjectBytes) || maxObjectBytes <= 0) {
    throw new MissingConfigurationError(ENV.maxObjectBytes, 'must be a positive whole number of bytes');
  }
  const awsEndpoint = env[ENV.awsEndpoint]?.trim();
  const ingestQueueUrl = env[ENV.ingestQueueUrl]?.trim();
  const corsOrigins = (env[ENV.corsOrigins] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return {
    tableName: requireVariable(env, ENV.tableName),
    rawBucket: needs.rawBucket ? requireVariable(env, ENV.rawBucket) : (env[ENV.rawBucket] ?? ''),
    maxObjectBytes,
    corsOrigins: corsOrigins.length > 0 ? corsOrigins : [ANY_ORIGIN],
    ...(awsEndpoint ? { awsEndpoint } : {}),
    ...(ingestQueueUrl ? { ingestQueueUrl } : {}),
  };
}
