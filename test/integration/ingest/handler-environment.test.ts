// The deployed entry points read their configuration once, at cold start, and fail fast by name.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENV } from '#config/resources';
import { MissingConfigurationError, readFunctionEnvironment } from '#adapters/function-environment';

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

describe('function environment', () => {
  it('names the missing variable', () => {
    expect(() => readFunctionEnvironment({ [ENV.tableName]: 't' }, { rawBucket: true })).toThrow(
      ENV.rawBucket,
    );
    expect(() => readFunctionEnvironment({}, { rawBucket: false })).toThrow(MissingConfigurationError);
  });

  it('rejects a size cap that is not a positive whole number', () => {
    const env = { [ENV.tableName]: 't', [ENV.rawBucket]: 'b', [ENV.maxObjectBytes]: '-5' };
    expect(() => readFunctionEnvironment(env, { rawBucket: true })).toThrow(ENV.maxObjectBytes);
  });

  it('reads the table, bucket, cap and local endpoint', () => {
    const env = {
      [ENV.tableName]: 't',
      [ENV.rawBucket]: 'b',
      [ENV.maxObjectBytes]: '1024',
      [ENV.awsEndpoint]: 'http://127.0.0.1:4566',
    };
    expect(readFunctionEnvironment(env, { rawBucket: true })).toEqual({
      tableName: 't',
      rawBucket: 'b',
      maxObjectBytes: 1024,
      awsEndpoint: 'http://127.0.0.1:4566',
      corsOrigins: ['*'],
    });
  });

  it('reads the allowed CORS origins as a comma-separated list', () => {
    const env = { [ENV.tableName]: 't', [ENV.corsOrigins]: 'https://tinsach.vn, https://www.tinsach.vn' };
    expect(readFunctionEnvironment(env, { rawBucket: false }).corsOrigins).toEqual([
      'https://tinsach.vn',
      'https://www.tinsach.vn',
    ]);
  });

  it('makes importing the ingest entry point fail without configuration, and succeed with it', async () => {
    delete process.env[ENV.tableName];
    await expect(import('../../../functions/ingest/handler.ts')).rejects.toThrow(ENV.tableName);
    vi.resetModules();
    Object.assign(process.env, {
      [ENV.tableName]: 't',
      [ENV.rawBucket]: 'b',
      [ENV.awsEndpoint]: 'http://127.0.0.1:9',
    });
    const module = await import('../../../functions/ingest/handler.ts');
    expect(typeof module.handler).toBe('function');
    const search = await import('../../../functions/search/handler.ts');
    expect(typeof search.handler).toBe('function');
  });
});
