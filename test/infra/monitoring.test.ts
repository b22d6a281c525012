// Alarms and dashboard of the deployed pipeline: every alarm the issue asks for, with its threshold and
// the SNS topic, and a dashboard built from the metric names the handlers emit.
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { INGEST_QUEUE } from '#config/resources';
import type { LogAttributes } from '#observability/log-port';
import { METRIC_NAMES, METRICS_NAMESPACE, type MetricName } from '#observability/metric-names';
import type { ArticleRepository } from '#ports/article-repository';
import type { ObjectStore } from '#ports/object-store';
import { ingestObject } from '#use-cases/ingest-object';
import {
  API_5XX_RATE_ALARM_PERCENT,
  API_LATENCY_P95_ALARM_MS,
  INGEST_ERROR_RATE_ALARM_PERCENT,
  NO_PROVINCE_SHARE_ALARM_PERCENT,
  OLDEST_MESSAGE_AGE_ALARM_SECONDS,
  QUEUE_DEPTH_ALARM_MESSAGES,
  THROTTLE_RATE_ALARM_PERCENT,
} from '../../infra/constructs/pipeline-alarms.ts';
import { REJECTION_LOG_MESSAGE, REJECTION_REASON_FIELD } from '../../infra/constructs/pipeline-dashboard.ts';
import { findResource, synthesizeTinsachStack } from './synthesize-tinsach-stack.ts';

// Monitoring does not depend on the bundles, so this file skips esbuild.
const { stack, template } = synthesizeTinsachStack(
  { stage: 'staging', alarmEmail: 'truc-ban@tinsach.vn' },
  { bundle: false },
);

const FIVE_MINUTES = 300;
const ONE_HOUR = 3600;

type AlarmProperties = Record<string, unknown> & {
  AlarmName: string;
  Threshold: number;
  EvaluationPeriods: number;
  Metrics?: Array<Record<string, unknown>>;
};

function logicalIdOf(construct: { node: { defaultChild?: unknown } }): string {
  return String(stack.resolve((construct.node.defaultChild as CfnElement).logicalId));
}

function findAlarm(id: string): AlarmProperties {
  return findResource(
    template,
    'AWS::CloudWatch::Alarm',
    (properties) => properties.AlarmName === `tinsach-staging-${id}`,
  ).properties as AlarmProperties;
}

/** The MetricStat queries of a metric-math alarm, as `namespace/name`. */
function metricStatsOf(alarm: AlarmProperties): Array<{ name: string; period: number; dimensions: string }> {
  return (alarm.Metrics ?? [])
    .filter((query) => query.MetricStat !== undefined)
    .map((query) => {
      const stat = query.MetricStat as {
        Metric: { Namespace: string; MetricName: string; Dimensions?: unknown };
        Period: number;
      };
      return {
        name: `${stat.Metric.Namespace}/${stat.Metric.MetricName}`,
        period: stat.Period,
        dimensions: JSON.stringify(stat.Metric.Dimensions ?? []),
      };
    });
}

function expressionOf(alarm: AlarmProperties): string {
  const returned = (alarm.Metrics ?? []).find((query) => query.Expression !== undefined);
  return String(returned?.Expression ?? '');
}

describe('alarm topic', () => {
  const topic = findResource(template, 'AWS::SNS::Topic', () => true);

  it('receives the alarm and the OK transition of every alarm, and nothing treats no data as a breach', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Array<{
      Properties: AlarmProperties;
    }>;
    expect(alarms).toHaveLength(9);
    for (const { Properties: alarm } of alarms) {
      expect(alarm.AlarmActions, alarm.AlarmName).toEqual([{ Ref: topic.logicalId }]);
      expect(alarm.OKActions, alarm.AlarmName).toEqual([{ Ref: topic.logicalId }]);
      expect(alarm.TreatMissingData).toBe('notBreaching');
      expect(alarm.AlarmDescription).toMatch(/docs\/operations\.md#/);
    }
  });

  it('subscribes the configured e-mail and refuses publishing without TLS', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'truc-ban@tinsach.vn',
      TopicArn: { Ref: topic.logicalId },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('queue alarms', () => {
  const queueId = logicalIdOf(stack.ingestQueue.queue);
  const deadLetterId = logicalIdOf(stack.ingestQueue.deadLetterQueue);

  it('fires on the first message in the dead-letter queue', () => {
    const alarm = findAlarm('DeadLetterQueueNotEmpty');
    expect(alarm).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetterId, 'QueueName'] } }],
      Threshold: 1,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('fires on a deep ingest queue sustained for a quarter of an hour', () => {
    const alarm = findAlarm('IngestQueueDepth');
    expect(alarm).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: QUEUE_DEPTH_ALARM_MESSAGES,
      Period: FIVE_MINUTES,
    });
    expect(alarm.EvaluationPeriods * FIVE_MINUTES).toBeGreaterThanOrEqual(15 * 60);
  });

  it('fires when the oldest message has outlived several visibility timeouts', () => {
    const alarm = findAlarm('IngestBacklogAge');
    expect(alarm).toMatchObject({
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: OLDEST_MESSAGE_AGE_ALARM_SECONDS,
    });
    expect(alarm.Threshold).toBeGreaterThan(INGEST_QUEUE.visibilityTimeoutSeconds);
  });
});

describe('rate alarms', () => {
  const ingestRef = JSON.stringify([
    { Name: 'FunctionName', Value: { Ref: logicalIdOf(stack.ingestFunction.function) } },
  ]);
  const searchRef = JSON.stringify([
    { Name: 'FunctionName', Value: { Ref: logicalIdOf(stack.searchFunction.function) } },
  ]);

  it('fires when 5 % of ingest invocations fail over five minutes (errors / invocations)', () => {
    const alarm = findAlarm('IngestErrorRate');
    expect(INGEST_ERROR_RATE_ALARM_PERCENT).toBe(5);
    expect(alarm).toMatchObject({ Threshold: 5, EvaluationPeriods: 1 });
    expect(expressionOf(alarm)).toMatch(/100 \* FILL\(errors, 0\) \/ invocations/);
    expect(metricStatsOf(alarm)).toEqual(
      expect.arrayContaining([
        { name: 'AWS/Lambda/Errors', period: FIVE_MINUTES, dimensions: ingestRef },
        { name: 'AWS/Lambda/Invocations', period: FIVE_MINUTES, dimensions: ingestRef },
      ]),
    );
  });

  it.each([
    ['IngestThrottleRate', ingestRef],
    ['SearchThrottleRate', searchRef],
  ])('%s fires when 1 %% of requests are throttled over five minutes', (id, dimensions) => {
    const alarm = findAlarm(id);
    expect(THROTTLE_RATE_ALARM_PERCENT).toBe(1);
    expect(alarm).toMatchObject({ Threshold: 1, EvaluationPeriods: 1 });
    expect(expressionOf(alarm)).toContain('throttles');
    expect(metricStatsOf(alarm)).toEqual(
      expect.arrayContaining([
        { name: 'AWS/Lambda/Throttles', period: FIVE_MINUTES, dimensions },
        { name: 'AWS/Lambda/Invocations', period: FIVE_MINUTES, dimensions },
      ]),
    );
  });

  it('fires on the share of API requests answered with 5xx, ignoring a near-idle API', () => {
    const alarm = findAlarm('SearchApi5xxRate');
    expect(alarm.Threshold).toBe(API_5XX_RATE_ALARM_PERCENT);
    expect(expressionOf(alarm)).toMatch(
      /^IF\(requests >= \d+, 100 \* FILL\(serverErrors, 0\) \/ requests, 0\)$/,
    );
    const names = metricStatsOf(alarm).map((stat) => stat.name);
    expect(names.sort()).toEqual(['AWS/ApiGateway/5xx', 'AWS/ApiGateway/Count']);
  });

  it('fires on p95 API latency sustained over several periods', () => {
    const alarm = findAlarm('SearchApiLatencyP95');
    expect(alarm).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Latency',
      ExtendedStatistic: 'p95',
      Threshold: API_LATENCY_P95_ALARM_MS,
      Dimensions: [{ Name: 'ApiId', Value: { Ref: logicalIdOf(stack.searchApi.api) } }],
    });
    expect(alarm.EvaluationPeriods).toBeGreaterThan(1);
  });

  it('fires on the hourly share of stored articles without a province, from the emitted metrics', () => {
    const alarm = findAlarm('ArticlesWithoutProvinceShare');
    expect(alarm.Threshold).toBe(NO_PROVINCE_SHARE_ALARM_PERCENT);
    expect(alarm.Threshold).toBeLessThan(100);
    expect(expressionOf(alarm)).toMatch(/100 \* FILL\(withoutProvince, 0\) \/ stored/);
    expect(
      metricStatsOf(alarm)
        .map(({ name, period }) => ({ name, period }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual([
      { name: `${METRICS_NAMESPACE}/${METRIC_NAMES.articlesStored}`, period: ONE_HOUR },
      { name: `${METRICS_NAMESPACE}/${METRIC_NAMES.articlesWithoutProvince}`, period: ONE_HOUR },
    ]);
  });
});

describe('dashboard', () => {
  const dashboard = findResource(template, 'AWS::CloudWatch::Dashboard', () => true);
  const body = JSON.stringify(dashboard.properties.DashboardBody);

  it('charts every pipeline metric the ingest use case emits', () => {
    const emitted: MetricName[] = [
      METRIC_NAMES.objectsReceived,
      METRIC_NAMES.articlesStored,
      METRIC_NAMES.duplicates,
      METRIC_NAMES.objectsRejected,
      METRIC_NAMES.boilerplateLinesRemoved,
      METRIC_NAMES.articlesWithoutProvince,
    ];
    expect(body).toContain(`\\"${METRICS_NAMESPACE}\\"`);
    for (const name of emitted) expect(body, name).toContain(`\\"${name}\\"`);
  });

  it('charts ingest duration and errors, the queues, the API and the table', () => {
    for (const metric of [
      'Duration',
      'Errors',
      'Throttles',
      'ApproximateNumberOfMessagesVisible',
      'ApproximateAgeOfOldestMessage',
      'Count',
      '4xx',
      '5xx',
      'Latency',
      'ConsumedReadCapacityUnits',
      'ConsumedWriteCapacityUnits',
      'ReadThrottleEvents',
      'WriteThrottleEvents',
    ]) {
      expect(body, metric).toContain(`\\"${metric}\\"`);
    }
    for (const percentile of ['p50', 'p95', 'p99']) expect(body).toContain(`\\"stat\\":\\"${percentile}\\"`);
  });

  it('shows the state of every alarm', () => {
    const alarmIds = Object.keys(template.findResources('AWS::CloudWatch::Alarm'));
    for (const id of alarmIds) expect(body).toContain(id);
  });

  it('breaks rejections down by reason from the ingest log group', () => {
    expect(body).toContain(logicalIdOf(stack.ingestFunction.logGroup));
    expect(body).toContain(REJECTION_LOG_MESSAGE);
    expect(body).toContain(`by ${REJECTION_REASON_FIELD}`);
  });

  it('queries the log line the ingest use case really writes for a rejection', async () => {
    const warnings: Array<{ message: string; attributes?: LogAttributes }> = [];
    const counted: string[] = [];
    const articles = {
      findObjectOutcome: async () => null,
      recordObjectOutcome: async () => undefined,
    } as unknown as ArticleRepository;
    await ingestObject(
      { key: 'elsewhere/bai-viet.txt', eventEtag: 'etag-1' },
      {
        objects: {} as ObjectStore,
        articles,
        processDocument: () => {
          throw new Error('not reached for a key outside the prefix');
        },
        now: () => new Date('2026-03-02T08:00:00Z'),
        log: { info() {}, error() {}, warn: (message, attributes) => warnings.push({ message, attributes }) },
        metrics: { count: (name) => counted.push(name) },
      },
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toBe(REJECTION_LOG_MESSAGE);
    expect(warnings[0]?.attributes?.[REJECTION_REASON_FIELD]).toBe('outside-prefix');
    expect(counted).toEqual([METRIC_NAMES.objectsReceived, METRIC_NAMES.objectsRejected]);
  });
});
