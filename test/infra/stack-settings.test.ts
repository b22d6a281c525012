import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_KEYS,
  collectRawSettings,
  DEFAULT_LOG_RETENTION_DAYS,
  InvalidStackSettingError,
  parseStackSettings,
} from '../../infra/stacks/stack-settings.ts';

describe('parseStackSettings', () => {
  it('defaults to a dev stage with wildcard CORS, a month of logs and no alarm e-mail', () => {
    const settings = parseStackSettings({});
    expect(settings).toEqual({
      stage: 'dev',
      isProduction: false,
      logRetention: DEFAULT_LOG_RETENTION_DAYS,
      alarmEmail: undefined,
      corsOrigins: ['*'],
    });
  });

  it('accepts retention days as a number or a CLI string, but only CloudWatch periods', () => {
    expect(parseStackSettings({ logRetentionDays: 90 }).logRetention).toBe(RetentionDays.THREE_MONTHS);
    expect(parseStackSettings({ logRetentionDays: '14' }).logRetention).toBe(RetentionDays.TWO_WEEKS);
    expect(() => parseStackSettings({ logRetentionDays: 10 })).toThrow(InvalidStackSettingError);
  });

  it('reads CORS origins from a JSON array, a JSON string or a comma-separated list', () => {
    const expected = ['https://tinsach.vn', 'https://www.tinsach.vn'];
    expect(parseStackSettings({ corsOrigins: expected }).corsOrigins).toEqual(expected);
    expect(parseStackSettings({ corsOrigins: JSON.stringify(expected) }).corsOrigins).toEqual(expected);
    expect(parseStackSettings({ corsOrigins: expected.join(' , ') }).corsOrigins).toEqual(expected);
    expect(() => parseStackSettings({ corsOrigins: 'tinsach.vn/tim-kiem' })).toThrow(/not an origin/);
  });

  it('requires explicit, non-wildcard CORS origins in production', () => {
    expect(() => parseStackSettings({ stage: 'prod' })).toThrow(/explicit list/);
    expect(() => parseStackSettings({ stage: 'prod', corsOrigins: '*' })).toThrow(/every origin/);
    const settings = parseStackSettings({ stage: 'prod', corsOrigins: 'https://tinsach.vn' });
    expect(settings.isProduction).toBe(true);
  });

  it('rejects stage names that cannot be part of resource names, and malformed e-mails', () => {
    expect(() => parseStackSettings({ stage: 'Thử nghiệm' })).toThrow(InvalidStackSettingError);
    expect(() => parseStackSettings({ alarmEmail: 'van-hanh.tinsach.vn' })).toThrow(/e-mail/);
    expect(parseStackSettings({ alarmEmail: ' van-hanh@tinsach.vn ' }).alarmEmail).toBe(
      'van-hanh@tinsach.vn',
    );
  });
});

describe('collectRawSettings', () => {
  it('prefers CDK context and falls back to the environment', () => {
    const context: Record<string, unknown> = { [CONTEXT_KEYS.stage]: 'staging' };
    const raw = collectRawSettings((key) => context[key], {
      TINSACH_STAGE: 'prod',
      TINSACH_ALARM_EMAIL: 'truc-ban@tinsach.vn',
    });
    expect(raw.stage).toBe('staging');
    expect(raw.alarmEmail).toBe('truc-ban@tinsach.vn');
    expect(raw.corsOrigins).toBeUndefined();
  });
});
