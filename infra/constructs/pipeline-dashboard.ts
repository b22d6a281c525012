// The operations dashboard, defined in code: alarm states on top, then ingest outcomes, ingest health,
// the queue, the search API and the table. Series come from PipelineMetrics, the same the alarms watch.
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AlarmStatusWidget,
  type Alarm,
  Dashboard,
  GraphWidget,
  type HorizontalAnnotation,
  type IMetric,
  LogQueryVisualizationType,
  LogQueryWidget,
  Stats,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  INGEST_ERROR_RATE_ALARM_PERCENT,
  NO_PROVINCE_SHARE_ALARM_PERCENT,
  API_LATENCY_P95_ALARM_MS,
  QUEUE_DEPTH_ALARM_MESSAGES,
} from './pipeline-alarms.ts';
import { RATE_PERIOD, type PipelineMetrics } from './pipeline-metrics.ts';

/**
 * The message and attribute the ingest use case logs for every rejection (shared/use-cases/ingest-object.ts,
 * checked by test/infra): rejections by reason come from the logs, since the metric has no reason dimension.
 */
export const REJECTION_LOG_MESSAGE = 'object rejected';
export const REJECTION_REASON_FIELD = 'reason';
/** Dashboard widgets are a third of the 24-column grid wide, so three fit a row. */
const WIDGET_WIDTH = 8;
const FULL_WIDTH = 24;
/** Enough height for the nine alarms in a row of tiles. */
const ALARM_STATUS_HEIGHT = 3;

/** CloudWatch Logs Insights query behind the "rejected by reason" widget. */
export function describeRejectionsQuery(): string[] {
  return [
    `fields ${REJECTION_REASON_FIELD}`,
    `filter message = "${REJECTION_LOG_MESSAGE}"`,
    `stats count(*) as rejected by ${REJECTION_REASON_FIELD}`,
    'sort rejected desc',
  ];
}

export interface PipelineDashboardProps {
  readonly stage: string;
  readonly metrics: PipelineMetrics;
  readonly alarms: readonly Alarm[];
  readonly ingestQueue: IQueue;
  readonly ingestFunction: IFunction;
  readonly ingestLogGroup: ILogGroup;
  readonly searchFunction: IFunction;
  readonly api: IHttpApi;
  readonly table: ITable;
}

export class PipelineDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: PipelineDashboardProps) {
    super(scope, id);
    const { metrics } = props;
    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `tinsach-${props.stage}` });

    this.dashboard.addWidgets(
      new AlarmStatusWidget({
        title: 'Alarms',
        alarms: [...props.alarms],
        width: FULL_WIDTH,
        height: ALARM_STATUS_HEIGHT,
      }),
    );
    this.dashboard.addWidgets(
      graph('Ingest outcomes (per 5 min)', [
        metrics.objectsReceived.with({ label: 'Objects received' }),
        metrics.articlesStored.with({ label: 'Articles stored' }),
        metrics.duplicates.with({ label: 'Duplicates' }),
        metrics.objectsRejected.with({ label: 'Rejected' }),
      ]),
      new LogQueryWidget({
        title: 'Rejected by reason',
        logGroupNames: [props.ingestLogGroup.logGroupName],
        queryLines: describeRejectionsQuery(),
        view: LogQueryVisualizationType.BAR,
        width: WIDGET_WIDTH,
      }),
      graph('Boilerplate lines removed per article', [metrics.boilerplateLinesPerArticle]),
    );
    this.dashboard.addWidgets(
      graph(
        'Articles without a province (%, hourly)',
        [metrics.articlesWithoutProvinceShare],
        [threshold(NO_PROVINCE_SHARE_ALARM_PERCENT)],
      ),
      graph('Ingest duration (ms)', [
        props.ingestFunction.metricDuration({ statistic: Stats.p(50), label: 'p50' }),
        props.ingestFunction.metricDuration({ statistic: Stats.p(95), label: 'p95' }),
        props.ingestFunction.metricDuration({ statistic: Stats.MAXIMUM, label: 'max' }),
      ]),
      graph(
        'Ingest errors and throttles',
        [
          props.ingestFunction.metricErrors({ period: RATE_PERIOD, label: 'Errors' }),
          props.ingestFunction.metricThrottles({ period: RATE_PERIOD, label: 'Throttles' }),
        ],
        [],
        [metrics.ingestErrorRate, metrics.ingestThrottleRate],
        [threshold(INGEST_ERROR_RATE_ALARM_PERCENT)],
      ),
    );
    this.dashboard.addWidgets(
      graph(
        'Ingest queue depth',
        [
          metrics.queueDepth.with({ label: 'Waiting' }),
          props.ingestQueue.metricApproximateNumberOfMessagesNotVisible({
            period: RATE_PERIOD,
            statistic: Stats.MAXIMUM,
            label: 'In flight',
          }),
        ],
        [threshold(QUEUE_DEPTH_ALARM_MESSAGES)],
      ),
      graph('Age of the oldest message (s)', [metrics.oldestMessageAge.with({ label: 'Oldest message' })]),
      graph('Dead-letter queue depth', [metrics.deadLetterMessages.with({ label: 'Dead-lettered' })]),
    );
    this.dashboard.addWidgets(
      graph(
        'API requests and errors',
        [
          props.api.metricCount({ period: RATE_PERIOD, label: 'Requests' }),
          props.api.metricClientError({ period: RATE_PERIOD, label: '4xx' }),
          props.api.metricServerError({ period: RATE_PERIOD, label: '5xx' }),
        ],
        [],
        [metrics.api5xxRate, metrics.searchThrottleRate],
      ),
      graph(
        'API latency (ms)',
        [
          props.api.metricLatency({ period: RATE_PERIOD, statistic: Stats.p(50), label: 'p50' }),
          metrics.apiLatencyP95.with({ label: 'p95' }),
          props.api.metricLatency({ period: RATE_PERIOD, statistic: Stats.p(99), label: 'p99' }),
        ],
        [threshold(API_LATENCY_P95_ALARM_MS)],
      ),
      graph('Search duration (ms)', [
        props.searchFunction.metricDuration({ statistic: Stats.p(95), label: 'Search p95' }),
        props.api.metricIntegrationLatency({ statistic: Stats.p(95), label: 'Integration p95' }),
      ]),
    );
    this.dashboard.addWidgets(
      graph('DynamoDB consumed capacity (units per 5 min)', [
        props.table.metricConsumedReadCapacityUnits({ period: RATE_PERIOD, label: 'Read' }),
        props.table.metricConsumedWriteCapacityUnits({ period: RATE_PERIOD, label: 'Write' }),
      ]),
      graph('DynamoDB throttles', [
        props.table.metric('ReadThrottleEvents', {
          period: RATE_PERIOD,
          statistic: Stats.SUM,
          label: 'Read throttles',
        }),
        props.table.metric('WriteThrottleEvents', {
          period: RATE_PERIOD,
          statistic: Stats.SUM,
          label: 'Write throttles',
        }),
      ]),
      graph('Search errors and throttles', [
        props.searchFunction.metricErrors({ period: RATE_PERIOD, label: 'Errors' }),
        props.searchFunction.metricThrottles({ period: RATE_PERIOD, label: 'Throttles' }),
      ]),
    );
  }
}

function threshold(value: number): HorizontalAnnotation {
  return { value, label: 'alarm' };
}

function graph(
  title: string,
  left: IMetric[],
  leftAnnotations: HorizontalAnnotation[] = [],
  right: IMetric[] = [],
  rightAnnotations: HorizontalAnnotation[] = [],
): GraphWidget {
  return new GraphWidget({ title, left, leftAnnotations, right, rightAnnotations, width: WIDGET_WIDTH });
}
