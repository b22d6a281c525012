import { describe, expect, it } from 'vitest';
import { measureItem } from '../../../bench/capacity-meter.ts';
import { PRICES, estimateMonthlyCost, type CostInputs } from '../../../bench/cost-model.ts';

const INPUTS: CostInputs = {
  articles: 1_000_000,
  searches: 100_000,
  writeUnitsPerArticle: 100,
  readUnitsPerSearch: 10,
  ingestSecondsPerArticle: 0.05,
  ingestMemoryGigabytes: 1,
  searchSeconds: 0.02,
  searchMemoryGigabytes: 0.5,
  batchSize: 10,
  objectBytes: 4096,
};

describe('estimateMonthlyCost', () => {
  const lines = estimateMonthlyCost(INPUTS);
  const cost = (start: string) => lines.find((line) => line.item.startsWith(start))!.dollars;

  it('prices write and read units at the on-demand rates', () => {
    expect(cost('DynamoDB writes')).toBeCloseTo(100 * PRICES.dynamoDbPerMillionWriteUnits);
    expect(cost('DynamoDB reads')).toBeCloseTo((100_000 * 10 * PRICES.dynamoDbPerMillionReadUnits) / 1e6);
  });

  it('bounds stored bytes by the units written (1 KB each)', () => {
    const gigabytes = (1e6 * 100 * 1024) / 1024 ** 3;
    expect(cost('DynamoDB storage')).toBeCloseTo(gigabytes * PRICES.dynamoDbPerGigabyteMonth);
  });

  it('prices ingest compute by GB-seconds and one invocation per batch', () => {
    expect(cost('Lambda ingest')).toBeCloseTo(
      1e6 * 0.05 * PRICES.lambdaArmPerGigabyteSecond + (1e5 * PRICES.lambdaPerMillionRequests) / 1e6,
    );
  });
});

describe('measureItem', () => {
  it('sums attribute names and values as DynamoDB sizes items', () => {
    expect(measureItem({ pk: { S: 'abc' }, ok: { BOOL: true } })).toBe(2 + 3 + 2 + 1);
    expect(measureItem({ name: { S: 'Đà' } })).toBe(4 + Buffer.byteLength('Đà'));
  });
});
