// The monthly cost of ingesting 1 million articles and answering 100,000 searches (issue #9), from the
// figures `npm run bench` measures and on-demand list prices. The prices could not be checked from this
// machine (no internet): they are AWS's us-east-1 list prices as published in 2025 (DynamoDB on demand
// after its November 2024 price cut), without the free tier. Re-check them before budgeting.

export const PRICES = {
  region: 'us-east-1',
  asOf: '2025 list prices, not re-checked (no internet access when generated)',
  dynamoDbPerMillionWriteUnits: 0.625,
  dynamoDbPerMillionReadUnits: 0.125,
  dynamoDbPerGigabyteMonth: 0.25,
  lambdaArmPerGigabyteSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  sqsPerMillionRequests: 0.4,
  s3PerThousandPuts: 0.005,
  s3PerThousandGets: 0.0004,
  s3PerGigabyteMonth: 0.023,
  httpApiPerMillionRequests: 1.0,
} as const;

export interface CostInputs {
  readonly articles: number;
  readonly searches: number;
  readonly writeUnitsPerArticle: number;
  readonly readUnitsPerSearch: number;
  /** Handler time per article on the bench machine, seconds (1 / end-to-end articles per second). */
  readonly ingestSecondsPerArticle: number;
  readonly ingestMemoryGigabytes: number;
  readonly searchSeconds: number;
  readonly searchMemoryGigabytes: number;
  readonly batchSize: number;
  /** Raw object bytes per article. */
  readonly objectBytes: number;
}

export interface CostLine {
  readonly item: string;
  readonly dollars: number;
}

const MILLION = 1_000_000;
const GIGABYTE = 1024 ** 3;
// An item's write units are its size in KB rounded up: the units written bound the bytes stored.
const BYTES_PER_WRITE_UNIT = 1024;
// Per object: the S3 notification sent to SQS, the batched receive and the batched delete.
const SQS_REQUESTS_PER_OBJECT = 1 + 2 / 10;
// Ingest reads each object twice (HeadObject for its size, then GetObject).
const S3_GETS_PER_OBJECT = 2;

export function estimateMonthlyCost(inputs: CostInputs): CostLine[] {
  const { articles, searches } = inputs;
  const storedGigabytes = (articles * inputs.writeUnitsPerArticle * BYTES_PER_WRITE_UNIT) / GIGABYTE;
  return [
    {
      item: `DynamoDB writes: ${inputs.writeUnitsPerArticle.toFixed(0)} write units per article`,
      dollars: (articles * inputs.writeUnitsPerArticle * PRICES.dynamoDbPerMillionWriteUnits) / MILLION,
    },
    {
      item: `DynamoDB storage: at most ${storedGigabytes.toFixed(1)} GB (units written × 1 KB), one month`,
      dollars: storedGigabytes * PRICES.dynamoDbPerGigabyteMonth,
    },
    {
      item: `DynamoDB reads: ${inputs.readUnitsPerSearch.toFixed(1)} read units per search (mix average)`,
      dollars: (searches * inputs.readUnitsPerSearch * PRICES.dynamoDbPerMillionReadUnits) / MILLION,
    },
    {
      item:
        `Lambda ingest: ${(inputs.ingestSecondsPerArticle * 1000).toFixed(0)} ms per article at ` +
        `${inputs.ingestMemoryGigabytes} GB arm64, batches of ${inputs.batchSize}`,
      dollars:
        articles *
          inputs.ingestSecondsPerArticle *
          inputs.ingestMemoryGigabytes *
          PRICES.lambdaArmPerGigabyteSecond +
        ((articles / inputs.batchSize) * PRICES.lambdaPerMillionRequests) / MILLION,
    },
    {
      item: `Lambda search: ${(inputs.searchSeconds * 1000).toFixed(0)} ms at ${inputs.searchMemoryGigabytes} GB`,
      dollars:
        searches * inputs.searchSeconds * inputs.searchMemoryGigabytes * PRICES.lambdaArmPerGigabyteSecond +
        (searches * PRICES.lambdaPerMillionRequests) / MILLION,
    },
    {
      item: 'API Gateway HTTP API requests',
      dollars: (searches * PRICES.httpApiPerMillionRequests) / MILLION,
    },
    {
      item: 'SQS: notification, batched receive and delete',
      dollars: (articles * SQS_REQUESTS_PER_OBJECT * PRICES.sqsPerMillionRequests) / MILLION,
    },
    {
      item: `S3: one PUT and ${S3_GETS_PER_OBJECT} reads per object, ${((articles * inputs.objectBytes) / GIGABYTE).toFixed(1)} GB kept one month`,
      dollars:
        (articles * PRICES.s3PerThousandPuts) / 1000 +
        (articles * S3_GETS_PER_OBJECT * PRICES.s3PerThousandGets) / 1000 +
        ((articles * inputs.objectBytes) / GIGABYTE) * PRICES.s3PerGigabyteMonth,
    },
  ];
}
