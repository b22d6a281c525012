// Deployment settings of the stack, read once from CDK context (or the environment) and validated so a
// typo fails `cdk synth` with a clear message instead of deploying something unintended.
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** CDK context keys (`cdk.json` or `cdk synth -c key=value`). */
export const CONTEXT_KEYS = {
  stage: 'tinsach:stage',
  logRetentionDays: 'tinsach:logRetentionDays',
  alarmEmail: 'tinsach:alarmEmail',
  corsOrigins: 'tinsach:corsOrigins',
} as const;

/** Environment fallbacks, used only when the context key is absent (handy in CI). */
export const ENV_KEYS = {
  stage: 'TINSACH_STAGE',
  logRetentionDays: 'TINSACH_LOG_RETENTION_DAYS',
  alarmEmail: 'TINSACH_ALARM_EMAIL',
  corsOrigins: 'TINSACH_CORS_ORIGINS',
} as const;

export const DEFAULT_STAGE = 'dev';
/** The stage that gets deletion protection, retained data and no wildcard CORS. */
export const PRODUCTION_STAGE = 'prod';
/** A month of logs is enough to investigate an incident and keeps CloudWatch storage cost bounded. */
export const DEFAULT_LOG_RETENTION_DAYS = RetentionDays.ONE_MONTH;
/** Anyone may call the read-only API from a browser in development; production must name its origins. */
export const DEV_CORS_ORIGINS: readonly string[] = ['*'];

/** Stage names end up in stack and resource names, so they must be short, lowercase and DNS-safe. */
const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,19}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type SettingName = keyof typeof CONTEXT_KEYS;

/** What the caller found for each setting, before validation: context values may be strings or JSON. */
export type RawStackSettings = Partial<Record<SettingName, unknown>>;

export interface StackSettings {
  readonly stage: string;
  readonly isProduction: boolean;
  readonly logRetention: RetentionDays;
  readonly alarmEmail: string | undefined;
  readonly corsOrigins: readonly string[];
}

export class InvalidStackSettingError extends Error {
  constructor(setting: SettingName, message: string) {
    super(`${CONTEXT_KEYS[setting]}: ${message}`);
    this.name = 'InvalidStackSettingError';
  }
}

/** Reads each setting from CDK context first, then from the environment. */
export function collectRawSettings(
  readContext: (key: string) => unknown,
  environment: Readonly<Record<string, string | undefined>>,
): RawStackSettings {
  const raw: RawStackSettings = {};
  for (const name of Object.keys(CONTEXT_KEYS) as SettingName[]) {
    raw[name] = readContext(CONTEXT_KEYS[name]) ?? environment[ENV_KEYS[name]];
  }
  return raw;
}

export function parseStackSettings(raw: RawStackSettings): StackSettings {
  const stage = parseStage(raw.stage);
  const isProduction = stage === PRODUCTION_STAGE;
  return {
    stage,
    isProduction,
    logRetention: parseLogRetention(raw.logRetentionDays),
    alarmEmail: parseAlarmEmail(raw.alarmEmail),
    corsOrigins: parseCorsOrigins(raw.corsOrigins, isProduction),
  };
}

function parseStage(value: unknown): string {
  if (isBlank(value)) return DEFAULT_STAGE;
  const stage = String(value).trim();
  if (!STAGE_PATTERN.test(stage)) {
    throw new InvalidStackSettingError('stage', `"${stage}" must match ${STAGE_PATTERN}`);
  }
  return stage;
}

function parseLogRetention(value: unknown): RetentionDays {
  if (isBlank(value)) return DEFAULT_LOG_RETENTION_DAYS;
  const days = Number(value);
  // CloudWatch accepts only a fixed list of retention periods; RetentionDays mirrors that list.
  const allowed = Object.values(RetentionDays).filter((v): v is RetentionDays => typeof v === 'number');
  const match = allowed.find((retention) => retention === days);
  if (match === undefined) {
    throw new InvalidStackSettingError(
      'logRetentionDays',
      `${String(value)} is not a CloudWatch retention period`,
    );
  }
  return match;
}

function parseAlarmEmail(value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  const email = String(value).trim();
  if (!EMAIL_PATTERN.test(email)) {
    throw new InvalidStackSettingError('alarmEmail', `"${email}" is not an e-mail address`);
  }
  return email;
}

function parseCorsOrigins(value: unknown, isProduction: boolean): readonly string[] {
  if (isBlank(value)) {
    if (isProduction) {
      throw new InvalidStackSettingError(
        'corsOrigins',
        'production needs an explicit list of allowed origins',
      );
    }
    return DEV_CORS_ORIGINS;
  }
  const origins = splitOrigins(value);
  if (origins.length === 0) throw new InvalidStackSettingError('corsOrigins', 'the list is empty');
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^\s/]+$/.test(origin)) {
      throw new InvalidStackSettingError(
        'corsOrigins',
        `"${origin}" is not an origin like https://example.vn`,
      );
    }
  }
  if (isProduction && origins.includes('*')) {
    throw new InvalidStackSettingError('corsOrigins', 'production must not allow every origin');
  }
  return origins;
}

/** Accepts a JSON array (from cdk.json or `-c 'k=["a","b"]'`) or a comma-separated string. */
function splitOrigins(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((origin) => String(origin).trim()).filter(Boolean);
  const text = String(value).trim();
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new InvalidStackSettingError('corsOrigins', `"${text}" is not a JSON array`);
    }
    if (!Array.isArray(parsed))
      throw new InvalidStackSettingError('corsOrigins', `"${text}" is not a JSON array`);
    return splitOrigins(parsed);
  }
  return text
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || String(value).trim() === '';
}
