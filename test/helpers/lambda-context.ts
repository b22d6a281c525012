// A Lambda context good enough for Powertools (it reads the names and the request id).
import type { Context } from 'aws-lambda';

/** Well above any test's work; handlers only read it for logging. */
const REMAINING_TIME_MS = 60_000;

export function buildLambdaContext(functionName = 'tinsach-test'): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: crypto.randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'test',
    getRemainingTimeInMillis: () => REMAINING_TIME_MS,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
