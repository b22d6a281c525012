// The alarms of the pipeline, all notifying one SNS topic (with an e-mail subscription when configured).
// What each alarm means and what to do about it: docs/operations.md.
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { INGEST_QUEUE } from '#config/resources';
import type { PipelineMetrics } from './pipeline-metrics.ts';

/** Any message in the dead-letter queue means an object was not ingested: alarm on the first one. */
export const DEAD_LETTER_ALARM_THRESHOLD = 1;
/**
 * Waiting messages, sustained for QUEUE_DEPTH_EVALUATION_PERIODS five-minute periods. A daily crawl of a
 * few hundred sites uploads a few thousand pages, which the capped ingest drains in minutes; ten thousand
 * still waiting a quarter of an hour later is a bulk upload to expect or ingest that does not keep up.
 */
export const QUEUE_DEPTH_ALARM_MESSAGES = 10_000;
export const QUEUE_DEPTH_EVALUATION_PERIODS = 3;
/**
 * Healthy ingest drains a message within seconds; a message can legitimately wait through a few
 * visibility timeouts (retries after a throttled batch). Three timeouts (18 min) without progress
 * means ingest is stuck or far behind.
 */
export const OLDEST_MESSAGE_AGE_ALARM_SECONDS = 3 * INGEST_QUEUE.visibilityTimeoutSeconds;
/** Consecutive one-minute periods over the threshold, to ride out a single slow batch. */
export const OLDEST_MESSAGE_AGE_EVALUATION_PERIODS = 5;
/** Percent of ingest invocations failing over five minutes (the AWS file-processing reference architecture). */
export const INGEST_ERROR_RATE_ALARM_PERCENT = 5;
/** Percent of invocations throttled over five minutes (same reference); ingest is capped below throttling. */
export const THROTTLE_RATE_ALARM_PERCENT = 1;
/** Percent of API requests answered with 5xx over five minutes: the same bar as ingest errors. */
export const API_5XX_RATE_ALARM_PERCENT = 5;
/**
 * p95 API latency. A warm search answers in tens of milliseconds (one DynamoDB query); cold starts of the
 * bundle take a few hundred. A p95 over 1.5 s for a quarter of an hour is DynamoDB or the function
 * struggling, not the odd cold start.
 */
export const API_LATENCY_P95_ALARM_MS = 1500;
export const API_LATENCY_EVALUATION_PERIODS = 3;
/**
 * Percent of stored articles without a province, per hour, for PROVINCE_SHARE_EVALUATION_PERIODS hours.
 * National and world news legitimately has no province and the classifier abstains rather than guess, so a
 * share of a third or more is normal; over 60 % for three hours means the gazetteer or the classifier
 * regressed, or a crawler feeds mostly non-local pages. Recalibrate once production shares are known.
 */
export const NO_PROVINCE_SHARE_ALARM_PERCENT = 60;
export const PROVINCE_SHARE_EVALUATION_PERIODS = 3;

export interface PipelineAlarmsProps {
  readonly stage: string;
  readonly metrics: PipelineMetrics;
  readonly alarmEmail: string | undefined;
}

interface AlarmSpec {
  readonly id: string;
  readonly description: string;
  readonly metric: IMetric;
  readonly threshold: number;
  readonly evaluationPeriods: number;
}

export class PipelineAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: readonly Alarm[];

  constructor(scope: Construct, id: string, props: PipelineAlarmsProps) {
    super(scope, id);
    // Unencrypted on purpose: alarm notifications carry only alarm names and states, and CloudWatch cannot
    // publish to a topic encrypted with the AWS-managed SNS key.
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: `tinsach ${props.stage} alarms`,
      enforceSSL: true,
    });
    if (props.alarmEmail !== undefined) {
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    }

    const notify = new SnsAction(this.topic);
    this.alarms = describeAlarms(props.metrics).map((spec) => {
      const alarm = new Alarm(this, spec.id, {
        alarmName: `tinsach-${props.stage}-${spec.id}`,
        alarmDescription: `${spec.description} See docs/operations.md#${spec.id.toLowerCase()}.`,
        metric: spec.metric,
        threshold: spec.threshold,
        evaluationPeriods: spec.evaluationPeriods,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // No data means no traffic: an idle pipeline is healthy.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(notify);
      alarm.addOkAction(notify);
      return alarm;
    });
  }
}

function describeAlarms(metrics: PipelineMetrics): AlarmSpec[] {
  return [
    {
      id: 'DeadLetterQueueNotEmpty',
      description: 'Objects failed ingest repeatedly and wait in the dead-letter queue; fix, then redrive.',
      metric: metrics.deadLetterMessages,
      threshold: DEAD_LETTER_ALARM_THRESHOLD,
      evaluationPeriods: 1,
    },
    {
      id: 'IngestQueueDepth',
      description: 'Many uploaded objects wait for ingest: a bulk upload, or ingest does not keep up.',
      metric: metrics.queueDepth,
      threshold: QUEUE_DEPTH_ALARM_MESSAGES,
      evaluationPeriods: QUEUE_DEPTH_EVALUATION_PERIODS,
    },
    {
      id: 'IngestBacklogAge',
      description: 'The oldest ingest message waits too long: ingest is stuck or far behind.',
      metric: metrics.oldestMessageAge,
      threshold: OLDEST_MESSAGE_AGE_ALARM_SECONDS,
      evaluationPeriods: OLDEST_MESSAGE_AGE_EVALUATION_PERIODS,
    },
    {
      id: 'IngestErrorRate',
      description: 'Ingest invocations fail (faults such as storage errors, not rejected documents).',
      metric: metrics.ingestErrorRate,
      threshold: INGEST_ERROR_RATE_ALARM_PERCENT,
      evaluationPeriods: 1,
    },
    {
      id: 'IngestThrottleRate',
      description: 'Lambda throttles the ingest function: account concurrency is exhausted.',
      metric: metrics.ingestThrottleRate,
      threshold: THROTTLE_RATE_ALARM_PERCENT,
      evaluationPeriods: 1,
    },
    {
      id: 'SearchThrottleRate',
      description: 'Lambda throttles the search function: account concurrency is exhausted.',
      metric: metrics.searchThrottleRate,
      threshold: THROTTLE_RATE_ALARM_PERCENT,
      evaluationPeriods: 1,
    },
    {
      id: 'SearchApi5xxRate',
      description: 'The search API answers with server errors.',
      metric: metrics.api5xxRate,
      threshold: API_5XX_RATE_ALARM_PERCENT,
      evaluationPeriods: 1,
    },
    {
      id: 'SearchApiLatencyP95',
      description: 'The search API is slow for one request in twenty or more.',
      metric: metrics.apiLatencyP95,
      threshold: API_LATENCY_P95_ALARM_MS,
      evaluationPeriods: API_LATENCY_EVALUATION_PERIODS,
    },
    {
      id: 'ArticlesWithoutProvinceShare',
      description: 'An unusual share of stored articles has no province: classifier regression or feed mix.',
      metric: metrics.articlesWithoutProvinceShare,
      threshold: NO_PROVINCE_SHARE_ALARM_PERCENT,
      evaluationPeriods: PROVINCE_SHARE_EVALUATION_PERIODS,
    },
  ];
}
