// The metrics the alarms and the dashboard share, built once so an alarm and the graph beside it always
// show the same series. Custom metric names come from shared/observability, where the handlers take them.
import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { MathExpression, Metric, Stats } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { METRIC_NAMES, METRICS_NAMESPACE, SERVICE_NAME, type MetricName } from '#observability/metric-names';

/** The period of rate alarms: the AWS file-processing reference architecture judges error rates over 5 minutes. */
export const RATE_PERIOD = Duration.minutes(5);
/** SQS publishes its metrics every minute; one period per datapoint is the finest that makes sense. */
export const QUEUE_METRIC_PERIOD = Duration.minutes(1);
/**
 * The share of articles without a province moves slowly (it depends on the mix of news of the day), so it
 * is judged per hour: five-minute windows hold too few articles on a quiet night.
 */
export const PROVINCE_SHARE_PERIOD = Duration.hours(1);
/** Fewer stored articles than this in an hour say nothing about the classifier; the share then reads 0. */
export const PROVINCE_SHARE_MINIMUM_ARTICLES = 20;
/** Fewer API requests than this in five minutes make one failed request look like an outage. */
export const API_RATE_MINIMUM_REQUESTS = 10;

export interface PipelineMetricsProps {
  readonly ingestQueue: IQueue;
  readonly deadLetterQueue: IQueue;
  readonly ingestFunction: IFunction;
  readonly searchFunction: IFunction;
  readonly api: IHttpApi;
}

/** A custom metric the functions emit through Powertools (which adds the `service` dimension). */
export function createPipelineMetric(
  metricName: MetricName,
  statistic: string = Stats.SUM,
  period: Duration = RATE_PERIOD,
): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service: SERVICE_NAME },
    statistic,
    period,
  });
}

/** Errors as a percentage of invocations of one function. */
export function createErrorRate(fn: IFunction, label: string): MathExpression {
  return new MathExpression({
    expression: 'IF(invocations > 0, 100 * FILL(errors, 0) / invocations, 0)',
    usingMetrics: {
      errors: fn.metricErrors({ period: RATE_PERIOD, statistic: Stats.SUM }),
      invocations: fn.metricInvocations({ period: RATE_PERIOD, statistic: Stats.SUM }),
    },
    label,
    period: RATE_PERIOD,
  });
}

/** Throttled requests as a percentage of all requests (Invocations counts only the admitted ones). */
export function createThrottleRate(fn: IFunction, label: string): MathExpression {
  return new MathExpression({
    expression:
      'IF(invocations + FILL(throttles, 0) > 0, 100 * FILL(throttles, 0) / (invocations + FILL(throttles, 0)), 0)',
    usingMetrics: {
      throttles: fn.metricThrottles({ period: RATE_PERIOD, statistic: Stats.SUM }),
      invocations: fn.metricInvocations({ period: RATE_PERIOD, statistic: Stats.SUM }),
    },
    label,
    period: RATE_PERIOD,
  });
}

/**
 * The series every consumer of the pipeline's monitoring shares. Plain metrics carry no label: a label
 * would turn an alarm's simple metric into a metric query; the dashboard labels its own copies.
 */
export class PipelineMetrics {
  readonly objectsReceived = createPipelineMetric(METRIC_NAMES.objectsReceived);
  readonly articlesStored = createPipelineMetric(METRIC_NAMES.articlesStored);
  readonly duplicates = createPipelineMetric(METRIC_NAMES.duplicates);
  readonly objectsRejected = createPipelineMetric(METRIC_NAMES.objectsRejected);
  readonly deadLetterMessages: Metric;
  readonly queueDepth: Metric;
  readonly oldestMessageAge: Metric;
  readonly ingestErrorRate: MathExpression;
  readonly ingestThrottleRate: MathExpression;
  readonly searchThrottleRate: MathExpression;
  readonly api5xxRate: MathExpression;
  readonly apiLatencyP95: Metric;
  readonly boilerplateLinesPerArticle: MathExpression;
  readonly articlesWithoutProvinceShare: MathExpression;

  constructor(props: PipelineMetricsProps) {
    this.deadLetterMessages = props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: QUEUE_METRIC_PERIOD,
      statistic: Stats.MAXIMUM,
    });
    this.queueDepth = props.ingestQueue.metricApproximateNumberOfMessagesVisible({
      period: RATE_PERIOD,
      statistic: Stats.MAXIMUM,
    });
    this.oldestMessageAge = props.ingestQueue.metricApproximateAgeOfOldestMessage({
      period: QUEUE_METRIC_PERIOD,
      statistic: Stats.MAXIMUM,
    });
    this.ingestErrorRate = createErrorRate(props.ingestFunction, 'Ingest error rate (%)');
    this.ingestThrottleRate = createThrottleRate(props.ingestFunction, 'Ingest throttle rate (%)');
    this.searchThrottleRate = createThrottleRate(props.searchFunction, 'Search throttle rate (%)');
    this.api5xxRate = new MathExpression({
      expression: `IF(requests >= ${API_RATE_MINIMUM_REQUESTS}, 100 * FILL(serverErrors, 0) / requests, 0)`,
      usingMetrics: {
        serverErrors: props.api.metricServerError({ period: RATE_PERIOD, statistic: Stats.SUM }),
        requests: props.api.metricCount({ period: RATE_PERIOD, statistic: Stats.SUM }),
      },
      label: 'API 5xx rate (%)',
      period: RATE_PERIOD,
    });
    this.apiLatencyP95 = props.api.metricLatency({
      period: RATE_PERIOD,
      statistic: Stats.p(95),
    });
    // Emitted once per stored article with the number of lines removed, so sum / articles is the mean.
    this.boilerplateLinesPerArticle = new MathExpression({
      expression: 'IF(stored > 0, removed / stored, 0)',
      usingMetrics: {
        removed: createPipelineMetric(METRIC_NAMES.boilerplateLinesRemoved),
        stored: this.articlesStored,
      },
      label: 'Boilerplate lines removed per article',
      period: RATE_PERIOD,
    });
    // Nothing is emitted in a period where every article found its province, hence FILL.
    this.articlesWithoutProvinceShare = new MathExpression({
      expression: `IF(stored >= ${PROVINCE_SHARE_MINIMUM_ARTICLES}, 100 * FILL(withoutProvince, 0) / stored, 0)`,
      usingMetrics: {
        withoutProvince: createPipelineMetric(
          METRIC_NAMES.articlesWithoutProvince,
          Stats.SUM,
          PROVINCE_SHARE_PERIOD,
        ),
        stored: createPipelineMetric(METRIC_NAMES.articlesStored, Stats.SUM, PROVINCE_SHARE_PERIOD),
      },
      label: 'Articles without a province (%)',
      period: PROVINCE_SHARE_PERIOD,
    });
  }
}
