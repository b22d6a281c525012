// What a recorded ingest failure tells people (issue #8, a poison message visible with its reason): our
// own fault classes with their messages, the AWS error underneath by name only, a bug by its class only.
import { describe, expect, it } from 'vitest';
import { ConcurrentUpdateError, StorageUnavailableError } from '#ports/errors';
import { describeIngestFailure } from '#use-cases/record-ingest-failure';

const awsError = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('describeIngestFailure', () => {
  it('names the storage operation and the AWS error under it, not the AWS message', () => {
    const cause = awsError(
      'ProvisionedThroughputExceededException',
      'arn:aws:dynamodb:ap-southeast-1:1:table/x',
    );

    const described = describeIngestFailure(new StorageUnavailableError('put article', { cause }));

    expect(described).toEqual({
      errorName: 'StorageUnavailableError',
      message: 'storage unavailable during put article (ProvisionedThroughputExceededException)',
    });
  });

  it('leaves out a cause whose name is not an identifier', () => {
    const cause = awsError('<script>alert(1)</script>', 'x');

    expect(describeIngestFailure(new StorageUnavailableError('read', { cause })).message).toBe(
      'storage unavailable during read',
    );
  });

  it('keeps the message of a lost race', () => {
    const described = describeIngestFailure(new ConcurrentUpdateError('the article abc', 4));

    expect(described).toEqual({
      errorName: 'ConcurrentUpdateError',
      message: 'concurrent updates of the article abc won 4 times in a row',
    });
  });

  it('shows a bug by its class only; its message stays in the logs', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'arn:aws:secret')");

    expect(describeIngestFailure(bug)).toEqual({
      errorName: 'TypeError',
      message: "unexpected error; the ingest function's logs have the details",
    });
    expect(describeIngestFailure('thrown string').errorName).toBe('Error');
  });
});
