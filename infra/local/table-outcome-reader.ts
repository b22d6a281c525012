// Reads what the pipeline recorded for uploaded objects, through the storage layer's own repository
// (the receipts the ingest function writes), so the CLI never depends on the table's item layout.
import { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import type { ProvinceVerdict } from '#domain/article/types';
import type { ObjectOutcome as StoredOutcome } from '#ports/article-repository';
import { createLocalDynamoDbClient } from './clients.ts';
import type { LocalStackState } from './local-stack-state.ts';
import type { ObjectOutcome, ObjectOutcomeReader } from './object-outcomes.ts';

function describeProvince(province: ProvinceVerdict | null): string | null {
  if (province === null) return null;
  return province.name === province.newName ? province.name : `${province.name} → ${province.newName}`;
}

async function describeStoredOutcome(
  repository: DynamoDbArticleRepository,
  outcome: StoredOutcome,
): Promise<ObjectOutcome> {
  const line = outcome.line ?? null;
  if (outcome.kind === 'rejected') {
    return { kind: 'rejected', reason: `${outcome.reason}: ${outcome.message}`, line };
  }
  const article = await repository.getArticle(outcome.articleId);
  return {
    kind: outcome.kind,
    articleId: outcome.articleId,
    title: article?.title ?? null,
    province: describeProvince(article?.province ?? null),
    provinceCode: article?.province?.code ?? null,
    line,
  };
}

export function createTableOutcomeReader(
  state: Pick<LocalStackState, 'endpoints' | 'resources'>,
): ObjectOutcomeReader {
  // The shared endpoint answers DynamoDB too; reading through it is what the functions do.
  return createRepositoryOutcomeReader(
    new DynamoDbArticleRepository(createLocalDynamoDbClient(state.endpoints), state.resources.tableName),
  );
}

/** Outcomes read through any repository: a deployed table (`tinsach ingest --table`) as well as the local one. */
export function createRepositoryOutcomeReader(repository: DynamoDbArticleRepository): ObjectOutcomeReader {
  return async ({ key, eTag }) => {
    const outcomes = await repository.listObjectOutcomes(key, eTag);
    if (outcomes.length === 0) return null;
    const described = await Promise.all(
      outcomes.map((outcome) => describeStoredOutcome(repository, outcome)),
    );
    return described.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  };
}
