// Template learning in the deployed shape: the ingest handler on the emulators keeps each source's
// profile in DynamoDB, updates it as articles arrive, and cleans the next article of the host with it.
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDbArticleRepository } from '#adapters/dynamodb/article-repository';
import { fingerprintLines } from '#domain/templates/fingerprint';
import { MIN_OTHER_ARTICLES } from '#domain/templates/template-lines';
import type { IngestHandler } from '../../../functions/ingest/create-ingest-handler.ts';
import { buildLambdaContext } from '../../helpers/lambda-context.ts';
import { startLocalAws, type LocalAws } from '../../helpers/local-aws.ts';
import { buildS3Event } from '../../helpers/s3-event.ts';
import { buildSqsEvent, buildSqsRecord } from '../../helpers/sqs-event.ts';
import {
  renderSitePage,
  SITE_FOOTER,
  SITE_HOST,
  SITE_PAGES,
  SITE_SLOGAN,
  siteUrlOf,
  type SitePage,
} from '../../unit/templates/fixtures/song-xanh-site.ts';
import { createIngestHarness } from '../../helpers/ingest-harness.ts';

let aws: LocalAws;
let repository: DynamoDbArticleRepository;
let ingest: IngestHandler;

beforeAll(async () => {
  aws = await startLocalAws();
  ({ repository, ingest } = createIngestHarness(aws));
});

afterAll(async () => {
  await aws?.stop();
});

/** Uploads a page of the site and delivers its notification; returns the stored article. */
async function ingestPage(page: SitePage, messageId?: string) {
  const key = `incoming/song-xanh/${page.id}.txt`;
  const put = await aws.s3.send(
    new PutObjectCommand({
      Bucket: aws.resources.bucketName,
      Key: key,
      Body: renderSitePage(page),
      Metadata: { 'source-url': siteUrlOf(page) },
    }),
  );
  const etag = (put.ETag ?? '').replace(/"/g, '');
  const record = buildSqsRecord(buildS3Event([{ bucket: aws.resources.bucketName, key, etag }]), messageId);
  const response = await ingest(buildSqsEvent([record]), buildLambdaContext());
  expect(response.batchItemFailures).toEqual([]);
  const [outcome] = await repository.listObjectOutcomes(key, etag);
  return outcome?.kind === 'stored' ? repository.getArticle(outcome.articleId) : null;
}

const templateTexts = (removed: readonly { text: string; reason: string }[] = []): string[] =>
  removed.filter((line) => line.reason === 'template').map((line) => line.text);

describe('ingest: template learning per source', () => {
  it('learns the template from earlier articles of the host and removes it from the next one', async () => {
    const learning = SITE_PAGES.slice(0, MIN_OTHER_ARTICLES);
    const first = await ingestPage(learning[0] as SitePage);
    expect(first?.body).toContain(SITE_SLOGAN);
    for (const page of learning.slice(1)) await ingestPage(page);

    const profile = await repository.getSourceProfile(SITE_HOST);
    expect(profile?.articles).toHaveLength(MIN_OTHER_ARTICLES);

    const next = await ingestPage(SITE_PAGES[MIN_OTHER_ARTICLES] as SitePage);
    expect(templateTexts(next?.removed)).toEqual(expect.arrayContaining([SITE_SLOGAN, SITE_FOOTER]));
    expect(next?.body).not.toContain(SITE_SLOGAN);
    expect(next?.title).toBe(SITE_PAGES[MIN_OTHER_ARTICLES]?.title);
    expect((await repository.getSourceProfile(SITE_HOST))?.articles).toHaveLength(MIN_OTHER_ARTICLES + 1);
  });

  it('does not count a redelivered article twice', async () => {
    const page = SITE_PAGES[MIN_OTHER_ARTICLES + 1] as SitePage;
    await ingestPage(page, 'same-message');
    const before = await repository.getSourceProfile(SITE_HOST);
    await ingestPage(page, 'same-message');
    expect((await repository.getSourceProfile(SITE_HOST))?.articles).toEqual(before?.articles);
  });
});

describe('DynamoDbArticleRepository: source profiles', () => {
  it('stores the fingerprints exactly as given', async () => {
    const fingerprints = fingerprintLines(renderSitePage(SITE_PAGES[0] as SitePage));
    await repository.updateSourceProfile('roundtrip.example.vn', { articleId: 'a1', fingerprints });
    await repository.updateSourceProfile('roundtrip.example.vn', { articleId: 'a2', fingerprints: [] });
    expect(await repository.getSourceProfile('roundtrip.example.vn')).toEqual({
      sourceKey: 'roundtrip.example.vn',
      articles: [
        { articleId: 'a1', fingerprints },
        { articleId: 'a2', fingerprints: [] },
      ],
    });
    expect(await repository.getSourceProfile('never-seen.example.vn')).toBeNull();
  });

  it('loses no article under concurrent updates (optimistic concurrency)', async () => {
    const writers = 10;
    const ids = Array.from({ length: writers }, (_, i) => `concurrent-${i}`);
    await Promise.all(
      ids.map((articleId, i) =>
        repository.updateSourceProfile('busy.example.vn', {
          articleId,
          fingerprints: [`${i}`.padStart(12, 'a')],
        }),
      ),
    );
    const profile = await repository.getSourceProfile('busy.example.vn');
    expect(profile?.articles.map((article) => article.articleId).sort()).toEqual([...ids].sort());
  });
});
