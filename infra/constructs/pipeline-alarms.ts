// First alarm set and a minimal dashboard; issue #6 extends both (error rate, API latency, share of
// articles without a province).
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  Stats,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INGEST_QUEUE } from '#config/resources';
import { METRIC_NAMES, METRICS_NAMESPACE, SERVICE_NAME } from '#observability/metric-names';

/** SQS publishes its metrics every minute; one period per datapoint is the finest that makes sense. */
export const QUEUE_METRIC_PERIOD = Duration.minutes(1);
/** Any message in the dead-letter queue means an object was not ingested: alarm on the first one. */
export const DEAD_LETTER_ALARM_THRESHOLD = 1;
/**
 * Healthy ingest drains a message within seconds; a message can legitimately wait through a few
 * visibility timeouts (retries after a throttled batch). Three timeouts (18 min) without progress
 * means ingest is stuck or far behind.
 */
export const OLDEST_MESSAGE_AGE_ALARM_SECONDS = 3 * INGEST_QUEUE.visibilityTimeoutSeconds;
/** Consecutive periods over the threshold before the age alarm fires, to ride out a single slow batch. */
export const OLDEST_MESSAGE_AGE_EVALUATION_PERIODS = 5;
/** Function errors are retried by SQS; alarm only when they persist for this many 5-minute periods. */
export const FUNCTION_ERROR_EVALUATION_PERIODS = 3;
export const FUNCTION_ERROR_PERIOD = Duration.minutes(5);
/** A handful of 5xx per 5 minutes is noise from cold starts or throttles; more is an outage. */
export const API_5XX_ALARM_THRESHOLD = 5;

/** Dashboard widgets are a third of the 24-column grid wide, so three fit a row. */
const WIDGET_WIDTH = 8;

export interface PipelineAlarmsProps {
  readonly stage: string;
  readonly ingestQueue: IQueue;
  readonly deadLetterQueue: IQueue;
  readonly ingestFunction: IFunction;
  readonly searchFunction: IFunction;
  readonly api: HttpApi;
  readonly alarmEmail: string | undefined;
}

export class PipelineAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: readonly Alarm[];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: PipelineAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: `tinsach ${props.stage} alarms`,
      enforceSSL: true,
    });
    // Unencrypted on purpose: alarm notifications carry only alarm names and states, and CloudWatch cannot
    // publish to a topic encrypted with the AWS-managed SNS key.
    if (props.alarmEmail !== undefined) {
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    }

    const deadLetterMessages = props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: QUEUE_METRIC_PERIOD,
      statistic: Stats.MAXIMUM,
    });
    const oldestMessageAge = props.ingestQueue.metricApproximateAgeOfOldestMessage({
      period: QUEUE_METRIC_PERIOD,
      statistic: Stats.MAXIMUM,
    });
    const ingestErrors = props.ingestFunction.metricErrors({
      period: FUNCTION_ERROR_PERIOD,
      statistic: Stats.SUM,
    });
    const searchErrors = props.searchFunction.metricErrors({
      period: FUNCTION_ERROR_PERIOD,
      statistic: Stats.SUM,
    });
    const api5xx = props.api.metricServerError({ period: FUNCTION_ERROR_PERIOD, statistic: Stats.SUM });

    this.alarms = [
      new Alarm(this, 'DeadLetterQueueNotEmpty', {
        alarmDescription:
          'Objects failed ingest repeatedly and wait in the dead-letter queue (tinsach redrive).',
        metric: deadLetterMessages,
        threshold: DEAD_LETTER_ALARM_THRESHOLD,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'IngestBacklogAge', {
        alarmDescription: 'The oldest ingest message waits too long: ingest is stuck or far behind.',
        metric: oldestMessageAge,
        threshold: OLDEST_MESSAGE_AGE_ALARM_SECONDS,
        evaluationPeriods: OLDEST_MESSAGE_AGE_EVALUATION_PERIODS,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'IngestFunctionErrors', {
        alarmDescription: 'The ingest function keeps failing (faults, not rejected documents).',
        metric: ingestErrors,
        threshold: 1,
        evaluationPeriods: FUNCTION_ERROR_EVALUATION_PERIODS,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'SearchApiServerErrors', {
        alarmDescription: 'The search API answers with 5xx.',
        metric: api5xx,
        threshold: API_5XX_ALARM_THRESHOLD,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    ];
    const notify = new SnsAction(this.topic);
    for (const alarm of this.alarms) {
      alarm.addAlarmAction(notify);
      alarm.addOkAction(notify);
    }

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `tinsach-${props.stage}` });
    this.dashboard.addWidgets(
      graph('Ingest queue', [
        props.ingestQueue.metricApproximateNumberOfMessagesVisible(),
        deadLetterMessages,
      ]),
      graph('Oldest message age (s)', [oldestMessageAge]),
      graph('Function errors', [ingestErrors, searchErrors]),
      graph('Function duration p95 (ms)', [
        props.ingestFunction.metricDuration({ statistic: Stats.p(95) }),
        props.searchFunction.metricDuration({ statistic: Stats.p(95) }),
      ]),
      graph('Search API', [props.api.metricCount(), api5xx]),
      graph('Pipeline outcomes', [
        pipelineMetric(METRIC_NAMES.objectsReceived),
        pipelineMetric(METRIC_NAMES.articlesStored),
        pipelineMetric(METRIC_NAMES.duplicates),
        pipelineMetric(METRIC_NAMES.objectsRejected),
        pipelineMetric(METRIC_NAMES.articlesWithoutProvince),
      ]),
    );
  }
}

/** A custom metric the functions emit through Powertools (which adds the `service` dimension). */
function pipelineMetric(metricName: string): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service: SERVICE_NAME },
    statistic: Stats.SUM,
    period: FUNCTION_ERROR_PERIOD,
  });
}

function graph(title: string, metrics: IMetric[]): GraphWidget {
  return new GraphWidget({ title, left: metrics, width: WIDGET_WIDTH });
}
